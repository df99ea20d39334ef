package vn.chitieu.system;

import jakarta.ws.rs.core.Application;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.chitieu.common.problem.Problem;

/**
 * Document-wide OpenAPI declarations. Title, version and description come from {@code
 * quarkus.smallrye-openapi.info-*}; the problem schema is declared here so that {@link
 * OpenApiFilter} can refer to it from every error response.
 */
@OpenAPIDefinition(
    info = @Info(title = "Chỉ tiêu", version = "1.0.0"),
    components = @Components(schemas = @Schema(name = "Problem", implementation = Problem.class)))
public class OpenApiDocument extends Application {}

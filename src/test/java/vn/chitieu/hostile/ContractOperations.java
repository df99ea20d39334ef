package vn.chitieu.hostile;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The operations of the committed contract (docs/openapi.yaml), read with swagger-parser: method,
 * path template, parameters, request media type and the first example body.
 */
final class ContractOperations {

  static final Path COMMITTED = Path.of("docs/openapi.yaml");

  /** One operation, and what a valid request to it looks like according to the contract. */
  record Op(
      String id,
      String method,
      String template,
      List<String> pathParams,
      Map<String, String> queryExamples,
      String mediaType,
      JsonNode exampleBody) {

    boolean writes() {
      return !"GET".equals(method);
    }

    @Override
    public String toString() {
      return method + " " + template;
    }
  }

  private ContractOperations() {}

  /** A body made of the examples of the schema's properties, where the contract gives none. */
  private static JsonNode fromSchema(Schema<?> schema, OpenAPI contract) {
    if (schema.get$ref() != null) {
      String name = schema.get$ref().substring(schema.get$ref().lastIndexOf('/') + 1);
      schema = contract.getComponents().getSchemas().get(name);
    }
    ObjectNode body = Json.mapper().createObjectNode();
    if (schema.getProperties() != null) {
      schema
          .getProperties()
          .forEach(
              (name, property) -> {
                if (property.getExample() != null) {
                  body.set(name, Json.mapper().valueToTree(property.getExample()));
                }
              });
    }
    return body;
  }

  static List<Op> read() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    OpenAPI contract = new OpenAPIV3Parser().read(COMMITTED.toString(), null, options);
    JsonNode tree;
    try {
      // Example values from the plain tree: swagger-parser reads unquoted dates as Date objects.
      tree = new YAMLMapper().readTree(COMMITTED.toFile());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<Op> ops = new ArrayList<>();
    for (Map.Entry<String, PathItem> path : contract.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry :
          path.getValue().readOperationsMap().entrySet()) {
        Operation operation = entry.getValue();
        List<String> pathParams = new ArrayList<>();
        Map<String, String> queryExamples = new java.util.TreeMap<>();
        List<Parameter> parameters =
            operation.getParameters() == null ? List.of() : operation.getParameters();
        for (Parameter parameter : parameters) {
          if ("path".equals(parameter.getIn())) {
            pathParams.add(parameter.getName());
          } else if ("query".equals(parameter.getIn())) {
            queryExamples.put(
                parameter.getName(),
                parameter.getExample() == null ? "" : parameter.getExample().toString());
          }
        }
        String mediaType = null;
        JsonNode example = null;
        if (operation.getRequestBody() != null) {
          mediaType = operation.getRequestBody().getContent().keySet().iterator().next();
          JsonNode examples =
              tree.path("paths")
                  .path(path.getKey())
                  .path(entry.getKey().name().toLowerCase())
                  .path("requestBody")
                  .path("content")
                  .path(mediaType)
                  .path("examples");
          example =
              examples.elements().hasNext()
                  ? examples.elements().next().path("value")
                  : fromSchema(
                      operation.getRequestBody().getContent().get(mediaType).getSchema(), contract);
        }
        ops.add(
            new Op(
                operation.getOperationId(),
                entry.getKey().name(),
                path.getKey(),
                pathParams,
                queryExamples,
                mediaType,
                example));
      }
    }
    return ops;
  }
}

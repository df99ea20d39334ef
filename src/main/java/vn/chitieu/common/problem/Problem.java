package vn.chitieu.common.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem detail: the body of every error response. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem detail, sent as application/problem+json")
public record Problem(
    @Schema(
            description = "Identifies the kind of problem",
            examples = "urn:chitieu:problem:invalid-input",
            maxLength = 100)
        String type,
    @Schema(
            description = "Short summary of the kind of problem",
            examples = "Invalid input",
            maxLength = 100)
        String title,
    @Schema(description = "HTTP status code", examples = "400", minimum = "400", maximum = "599")
        int status,
    @Schema(
            description = "What went wrong in this request",
            examples = "The request has 1 invalid input.",
            maxLength = 2000)
        String detail,
    @Schema(description = "The request path", examples = "/api/v1/indicators", maxLength = 2000)
        String instance,
    @Schema(description = "The invalid inputs, for 400 responses", maxItems = 100, nullable = true)
        List<FieldError> errors,
    @Schema(
            description = "The rejected rows, for an import refused as a whole",
            nullable = true,
            maxItems = 1000000)
        List<RowError> rows,
    @Schema(
            description =
                "For a change feed cursor that has left the feed (410): the cursor to follow the"
                    + " feed from once the lists are read again",
            nullable = true,
            examples = "1042",
            maxLength = 100)
        String next,
    @Schema(
            description =
                "The request's id, also in the X-Request-Id header; quote it when reporting a problem",
            maxLength = 64)
        String requestId) {}

package vn.chitieu.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid input: where it is ({@code name.vi}, {@code size}) and what is wrong with it. */
@Schema(description = "One invalid input")
public record FieldError(
    @Schema(
            description = "The JSON property path or parameter name",
            examples = "name.vi",
            maxLength = 200)
        String field,
    @Schema(
            description = "What is wrong and what is accepted",
            examples = "must not be blank",
            maxLength = 1000)
        String message) {}

package vn.chitieu.common.problem;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One invalid row of an import: which row, which field, and what is wrong with it. */
@Schema(description = "One rejected row of an import")
public record RowError(
    @Schema(
            description =
                "The row's number: in CSV and workbooks as a spreadsheet shows it (the header is"
                    + " row 1), in a JSON array counting from 1",
            examples = "12",
            minimum = "1",
            maximum = "2147483647")
        int row,
    @Schema(
            description = "The column or JSON member at fault; row when the whole row is",
            examples = "value",
            maxLength = 200)
        String field,
    @Schema(
            description = "What is wrong, in the words the single-resource endpoints use",
            examples = "must have at most 2 digits after the decimal point",
            maxLength = 1000)
        String message) {}

package vn.chitieu.area;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a load of units or relations stored. */
@Schema(description = "What a load of units or relations stored")
public record AreaImportSummary(
    @Schema(description = "Rows read", examples = "54", minimum = "0", maximum = "2147483647")
        int rows,
    @Schema(description = "New units or relations", minimum = "0", maximum = "2147483647")
        int created,
    @Schema(
            description = "Units or relations stored already, now with the row's values",
            minimum = "0",
            maximum = "2147483647")
        int updated) {}

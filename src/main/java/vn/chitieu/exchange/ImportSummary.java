package vn.chitieu.exchange;

import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import vn.chitieu.common.problem.RowError;

/** What an import did, or in a dry run would do, row by row. */
@Schema(name = "ImportSummary", description = "What an import did, or in a dry run would do")
record ImportSummary(
    @Schema(
            description =
                "The import's id; the history of every row it changed names it as the source,"
                    + " import <id>")
        UUID id,
    @Schema(description = "True when nothing was stored: a dry run") boolean dryRun,
    @Schema(
            description = "all-or-nothing or valid-rows",
            examples = "all-or-nothing",
            enumeration = {"all-or-nothing", "valid-rows"})
        String mode,
    @Schema(description = "Rows read", minimum = "0", maximum = "2147483647") int rows,
    @Schema(description = "Rows that made new figures", minimum = "0", maximum = "2147483647")
        int created,
    @Schema(
            description =
                "Rows that changed existing figures (matched on kind, indicator, period, area)",
            minimum = "0",
            maximum = "2147483647")
        int updated,
    @Schema(
            description = "Rows equal to the figure stored already: nothing written",
            minimum = "0",
            maximum = "2147483647")
        int unchanged,
    @Schema(description = "Rows refused", minimum = "0", maximum = "2147483647") int rejected,
    @Schema(
            description =
                "Each refused row: its number, the field and why; the first 1000 problems by row"
                    + " where there are more",
            maxItems = Rejections.LISTED)
        List<RowError> rejections) {}

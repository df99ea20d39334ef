package vn.chitieu.progress;

import java.math.BigDecimal;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How a row's achievement stands to the figures of the units it is made of: the area's children
 * (scorecard, derive=children) or the units it was formed from (series, derive=predecessors).
 */
@Schema(
    name = "ProgressDerivation",
    description =
        "Present only with derive: how the achievement stands to the figures of the children or"
            + " predecessors")
public record Derivation(
    @Schema(
            description = "CHILDREN or PREDECESSORS",
            enumeration = {"CHILDREN", "PREDECESSORS"})
        String from,
    @Schema(
            description =
                "true: the achievement is the sum of theirs; false: the area's own figure, which"
                    + " wins, or nothing (not comparable)")
        boolean derived,
    @Schema(
            description =
                "false: a predecessor gave only PART of its territory, or the period crosses the"
                    + " unit's first day; nothing is derived")
        boolean comparable,
    @Schema(description = "The units expected to report", minimum = "0", maximum = "100000")
        int expected,
    @Schema(description = "Of those, the ones that reported", minimum = "0", maximum = "100000")
        int reporting,
    @Schema(
            description = "The sum of their achievements; null if not comparable",
            examples = "14048",
            nullable = true)
        BigDecimal sum,
    @Schema(
            description = "The area's own achievement less the sum; null unless both exist",
            examples = "0",
            nullable = true)
        BigDecimal difference) {

  static final String CHILDREN = "CHILDREN";
  static final String PREDECESSORS = "PREDECESSORS";

  static Derivation notComparable(int expected) {
    return new Derivation(PREDECESSORS, false, false, expected, 0, null, null);
  }
}

package vn.chitieu.plan;

import java.math.BigDecimal;
import vn.chitieu.common.Period;
import vn.chitieu.figure.FigureFacts;

/**
 * A target as progress and the outlook read it: values only, no managed entity; {@code baseline}
 * null when the target has none.
 */
public record TargetFigure(FigureFacts facts, Operator operator, Baseline baseline) {

  /** The baseline of the stored columns, or null when none is stored. */
  static Baseline baseline(String period, BigDecimal value) {
    return period == null ? null : new Baseline(Period.parse(period), value);
  }
}

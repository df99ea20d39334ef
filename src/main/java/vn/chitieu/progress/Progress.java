package vn.chitieu.progress;

import java.math.BigDecimal;
import java.math.RoundingMode;
import vn.chitieu.plan.Operator;

/**
 * The comparison of an achievement with a target (docs/design.md, "Progress"). {@code margin} is
 * how far the achievement is better than the target, in the indicator's unit; {@code
 * percentOfTarget} is actual ÷ target × 100, rounded half-up to two decimals. Comparisons ignore
 * scale: 85 equals 85.00.
 */
public record Progress(Outcome outcome, BigDecimal margin, BigDecimal percentOfTarget) {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /** Compares; either value may be null when there is no target or no achievement. */
  public static Progress of(BigDecimal target, Operator operator, BigDecimal actual) {
    if (target == null) {
      return new Progress(actual == null ? Outcome.NO_DATA : Outcome.NO_TARGET, null, null);
    }
    if (actual == null) {
      return new Progress(Outcome.NO_DATA, null, null);
    }
    BigDecimal margin =
        switch (operator) {
          case AT_LEAST -> actual.subtract(target);
          case AT_MOST -> target.subtract(actual);
          case EXACTLY -> actual.subtract(target).abs().negate();
        };
    return new Progress(outcome(margin), margin, percentOf(actual, target));
  }

  private static Outcome outcome(BigDecimal margin) {
    return switch (margin.signum()) {
      case 1 -> Outcome.EXCEEDED;
      case 0 -> Outcome.MET;
      default -> Outcome.NOT_MET;
    };
  }

  private static BigDecimal percentOf(BigDecimal actual, BigDecimal target) {
    if (target.signum() == 0) {
      return null;
    }
    return actual.multiply(HUNDRED).divide(target, 2, RoundingMode.HALF_UP);
  }
}

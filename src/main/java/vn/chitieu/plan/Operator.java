package vn.chitieu.plan;

import vn.chitieu.indicator.Polarity;

/** How an achievement is compared with a target. */
public enum Operator {
  AT_LEAST,
  AT_MOST,
  EXACTLY;

  /** The natural comparison for an indicator: more is better, less is better, or on the mark. */
  public static Operator defaultFor(Polarity polarity) {
    return switch (polarity) {
      case HIGHER_IS_BETTER -> AT_LEAST;
      case LOWER_IS_BETTER -> AT_MOST;
      case NEUTRAL -> EXACTLY;
    };
  }
}

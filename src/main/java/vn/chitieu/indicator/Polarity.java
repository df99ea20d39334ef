package vn.chitieu.indicator;

/** Which direction of an indicator is progress. */
public enum Polarity {
  HIGHER_IS_BETTER,
  LOWER_IS_BETTER,
  NEUTRAL
}

package vn.chitieu.indicator;

/** What kind of quantity an indicator measures. */
public enum Measure {
  PERCENT,
  COUNT,
  AMOUNT,
  RATIO
}

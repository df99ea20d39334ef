package vn.chitieu.indicator;

/** How often an indicator is reported. */
public enum Frequency {
  ANNUAL,
  SEMIANNUAL,
  QUARTERLY,
  MONTHLY
}

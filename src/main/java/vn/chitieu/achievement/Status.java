package vn.chitieu.achievement;

/**
 * How final a reported figure is: estimated before the period closes, then preliminary, then
 * official.
 */
public enum Status {
  ESTIMATED,
  PRELIMINARY,
  OFFICIAL
}

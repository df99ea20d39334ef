package vn.chitieu.progress;

/** How an achievement compares with its target. */
public enum Outcome {
  EXCEEDED,
  MET,
  NOT_MET,
  NO_TARGET,
  NO_DATA
}

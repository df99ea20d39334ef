package vn.chitieu.area;

/** How much of a predecessor went into a successor: all of its territory, or part of it. */
public enum Relation {
  WHOLE,
  PART
}

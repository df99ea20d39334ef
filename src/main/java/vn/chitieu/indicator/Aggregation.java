package vn.chitieu.indicator;

/**
 * How an indicator's values combine over time (docs/design.md, "Outlook"), as DHIS2's {@code
 * aggregationType} says it: a flow is summed, a level is read at its last value.
 */
public enum Aggregation {
  /** A flow: each year's value is what happened in it (new jobs created); a plan's is a total. */
  SUM,
  /** A level: each value is a state (a rate, the participants at year end); the default. */
  LAST
}

package vn.chitieu.indicator;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * How an indicator's values combine over time (docs/design.md, "Outlook"), as DHIS2's {@code
 * aggregationType} says it: a flow is summed, a level is read at its last value.
 */
@Schema(
    description =
        "How an indicator's values combine over time: SUM for a flow, whose values count what"
            + " happened in their period (new jobs created) and whose plan target is a total; LAST"
            + " for a level, whose values are states (a rate, the participants at year end); LAST"
            + " by default")
public enum Aggregation {
  /** A flow: each year's value is what happened in it (new jobs created); a plan's is a total. */
  SUM,
  /** A level: each value is a state (a rate, the participants at year end); the default. */
  LAST
}

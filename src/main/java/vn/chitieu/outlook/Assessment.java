package vn.chitieu.outlook;

/** Whether a plan-period target will be met at the pace so far (docs/design.md, "Outlook"). */
public enum Assessment {
  /** The latest value (for a flow, the total) already meets the target. */
  ACHIEVED,
  /** Ratio 0.95 or more: at this pace the target is met. */
  ON_TRACK,
  /** Ratio from 0.60 to below 0.95. */
  ACCELERATION_NEEDED,
  /** Ratio from 0 to below 0.60. */
  LIMITED_PROGRESS,
  /** Ratio below 0: moving away from the target. */
  DETERIORATION,
  /** No baseline, or no annual achievement within the plan yet; the explanation says which. */
  INSUFFICIENT_DATA
}

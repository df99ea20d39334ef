package vn.chitieu.achievement;

import vn.chitieu.common.problem.ApiException;

/**
 * Who may move an achievement between statuses. Editors move it forward, {@code ESTIMATED} → {@code
 * PRELIMINARY}; recording an {@code OFFICIAL} figure needs an approver; changing or deleting an
 * official figure, or moving a status back, needs an approver and a reason, which the history
 * version keeps.
 */
public enum Lifecycle {
  /** Any editor. */
  EDITOR,
  /** An approver. */
  APPROVER,
  /** An approver, with a reason. */
  APPROVER_WITH_REASON;

  /** How messages name the deletion of an official figure. */
  public static final String DELETING_OFFICIAL = "Deleting an official figure";

  /**
   * What a write needs that turns an achievement of status {@code from} (null: new) into {@code
   * to}.
   */
  public static Lifecycle toWrite(Status from, Status to) {
    if (from == Status.OFFICIAL || (from != null && to.compareTo(from) < 0)) {
      return APPROVER_WITH_REASON;
    }
    return to == Status.OFFICIAL ? APPROVER : EDITOR;
  }

  /** What deleting an achievement of a status needs. */
  static Lifecycle toDelete(Status status) {
    return status == Status.OFFICIAL ? APPROVER_WITH_REASON : EDITOR;
  }

  /**
   * Refuses a caller who lacks what the write needs: 403 without the approver role, 409 without a
   * reason. The action names the write in the messages, such as "Deleting an official figure".
   */
  public void check(String action, boolean approver, boolean reasonGiven) {
    if (this == EDITOR) {
      return;
    }
    String needs = this == APPROVER ? "the approver role" : "the approver role and a reason";
    if (!approver) {
      throw ApiException.forbidden(action + " needs " + needs + ".");
    }
    if (this == APPROVER_WITH_REASON && !reasonGiven) {
      throw ApiException.conflict(reasonNeeded(action));
    }
  }

  /** Why an approver's write without a reason was refused. */
  public static String reasonNeeded(String action) {
    return action + " needs a reason, which its history keeps: give it as reason.";
  }

  /** The write as messages name it: "Changing an official figure", "Moving … back to …". */
  public static String describe(Status from, Status to) {
    if (from == null) {
      return "Recording an official figure";
    }
    if (from == Status.OFFICIAL) {
      return "Changing an official figure";
    }
    if (to.compareTo(from) < 0) {
      return "Moving an achievement back from " + from + " to " + to;
    }
    return "Making an achievement official";
  }
}

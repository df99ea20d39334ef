package vn.chitieu.history;

import jakarta.enterprise.context.RequestScoped;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * Why the current request changes what it changes, as its body says; the revision it makes keeps
 * it. A batch whose items give different reasons keeps them all, in order, joined by "; ".
 */
@RequestScoped
public class ChangeReason {

  /** As long as a revision's reason column. */
  public static final int MAX_LENGTH = 500;

  /** How requests describe their reason field. */
  public static final String DESCRIPTION =
      "Why this change is made: kept in the write's history version, not on the resource."
          + " Needed to change or delete an official figure, or to move a status back";

  private final Set<String> reasons = new LinkedHashSet<>();
  private String source;

  /** Notes how the request's writes came, such as {@code import <id>}. */
  public void from(String source) {
    this.source = source;
  }

  /** Notes a reason the caller gave; a blank or missing one adds nothing. */
  public void give(String reason) {
    String kept = kept(reason);
    if (kept != null) {
      reasons.add(kept);
    }
  }

  /** A reason as a revision keeps it: stripped, or null if blank or missing. */
  public static String kept(String reason) {
    return reason == null || reason.isBlank() ? null : reason.strip();
  }

  /** Whether the caller gave a reason for this request. */
  public boolean given() {
    return !reasons.isEmpty();
  }

  /** Writes how and why onto the request's revision when it is made. */
  void stamp(Revision revision) {
    revision.reason = text();
    revision.source = source;
  }

  /** The reasons given, or null for none; cut to the column's length. */
  private String text() {
    if (reasons.isEmpty()) {
      return null;
    }
    String text = String.join("; ", reasons);
    return text.length() <= MAX_LENGTH ? text : text.substring(0, MAX_LENGTH - 1) + "…";
  }
}

package vn.chitieu.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The roles, and the one place that says how they nest: each role includes every role below it on
 * the ladder (admin ⊇ approver ⊇ editor ⊇ reader).
 */
public final class Roles {

  /** Every GET of the API. */
  public static final String READER = "reader";

  /**
   * Create, change and delete targets and achievements; achievements only while estimated or
   * preliminary, moving their status forward.
   */
  public static final String EDITOR = "editor";

  /**
   * Record official figures, and change or delete them or move a status back (with a reason); lock
   * and unlock periods.
   */
  public static final String APPROVER = "approver";

  /** Writes to the indicator catalogue. */
  public static final String ADMIN = "admin";

  /** Highest first. */
  public static final List<String> LADDER = List.of(ADMIN, APPROVER, EDITOR, READER);

  private Roles() {}

  /** The granted roles plus every role below the highest of them on the ladder. */
  public static Set<String> withImplied(Set<String> granted) {
    Set<String> roles = new LinkedHashSet<>(granted);
    for (int i = 0; i < LADDER.size(); i++) {
      if (granted.contains(LADDER.get(i))) {
        roles.addAll(LADDER.subList(i, LADDER.size()));
        break;
      }
    }
    return roles;
  }

  /** The role just below one on the ladder, or none for the lowest. */
  public static String below(String role) {
    int index = LADDER.indexOf(role);
    return index < 0 || index == LADDER.size() - 1 ? null : LADDER.get(index + 1);
  }
}

package vn.chitieu.history;

import org.hibernate.envers.RevisionType;

/** What a version did to its row. */
public enum ChangeType {
  CREATED,
  UPDATED,
  DELETED;

  public static ChangeType of(RevisionType type) {
    return switch (type) {
      case ADD -> CREATED;
      case MOD -> UPDATED;
      case DEL -> DELETED;
    };
  }
}

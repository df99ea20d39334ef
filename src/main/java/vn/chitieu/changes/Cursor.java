package vn.chitieu.changes;

import vn.chitieu.common.problem.ApiException;

/**
 * Where a consumer of the feed stands: after the change of one resource in one revision, or after
 * every change of a revision. Written {@code position.rank.key} (after that resource) or {@code
 * position} (after the whole revision); {@code 0} stands before the first revision. Consumers keep
 * it as an opaque string.
 *
 * @param position the revision's position in the feed
 * @param rank the resource's type, in the order the feed lists a revision's changes
 * @param key the resource's key, empty for a whole revision
 */
record Cursor(long position, int rank, String key) {

  static final Cursor BEGINNING = after(0);

  private static final int MAX_LENGTH = 100;

  /** After every change of the revision at this position. */
  static Cursor after(long position) {
    return new Cursor(position, Source.AFTER_ALL, "");
  }

  /** The cursor a consumer sent, or the beginning when it sent none. */
  static Cursor parse(String text, String parameter) {
    if (text == null) {
      return BEGINNING;
    }
    String[] parts = text.split("\\.", 3);
    try {
      long position = Long.parseLong(parts[0]);
      if (position < 0 || text.length() > MAX_LENGTH) {
        throw invalid(parameter);
      }
      if (parts.length == 1) {
        return after(position);
      }
      int rank = Integer.parseInt(parts[1]);
      if (parts.length != 3 || !Source.isValid(rank, parts[2])) {
        throw invalid(parameter);
      }
      return new Cursor(position, rank, parts[2]);
    } catch (NumberFormatException e) {
      throw invalid(parameter);
    }
  }

  private static ApiException invalid(String parameter) {
    return ApiException.invalid(
        parameter, "must be a cursor the feed gave (an item's cursor or a page's next), as given");
  }

  /** The position of the first revision that may hold a change after this cursor. */
  long firstPosition() {
    return rank == Source.AFTER_ALL ? position + 1 : position;
  }

  @Override
  public String toString() {
    return rank == Source.AFTER_ALL ? Long.toString(position) : position + "." + rank + "." + key;
  }
}

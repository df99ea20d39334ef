package vn.chitieu.exchange;

import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import vn.chitieu.common.problem.RowError;

/**
 * An import's rejected rows: how many, and the first {@link #LISTED} problems in row order. That is
 * what a person correcting a file can use, and its memory stays small however many rows are wrong:
 * the list is bounded, the rows are counted in one bit each (a file of 200,000 wrong rows once
 * filled the heap with its list).
 */
final class Rejections {

  /** The most problems an answer lists. */
  static final int LISTED = 1000;

  /** A problem and when it came, so that two alike are both kept. */
  private record Numbered(RowError error, int number) {}

  private static final Comparator<Numbered> ORDER =
      Comparator.comparingInt((Numbered n) -> n.error().row())
          .thenComparing(n -> n.error().field())
          .thenComparing(n -> n.error().message())
          .thenComparingInt(Numbered::number);

  private final TreeSet<Numbered> first = new TreeSet<>(ORDER);
  private final BitSet rows = new BitSet();
  private int problems;

  void add(RowError error) {
    first.add(new Numbered(error, problems++));
    rows.set(error.row());
    if (first.size() > LISTED) {
      first.pollLast();
    }
  }

  boolean isEmpty() {
    return problems == 0;
  }

  /** How many rows were rejected. */
  int rows() {
    return rows.cardinality();
  }

  /** The first problems, by row, field and message. */
  List<RowError> listed() {
    return first.stream().map(Numbered::error).toList();
  }

  /** A sentence to add to a summary when the list is cut short; empty otherwise. */
  String cutShort() {
    return problems > first.size()
        ? " The first " + first.size() + " of " + problems + " problems are listed."
        : "";
  }
}

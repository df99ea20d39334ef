package vn.chitieu.exchange;

import java.math.BigDecimal;
import java.util.Objects;
import vn.chitieu.achievement.Achievement;
import vn.chitieu.figure.Figure;
import vn.chitieu.plan.Target;

/**
 * Whether a row would change a stored figure: the values a caller writes are compared, numbers by
 * value ({@code 0.140} equals {@code 0.14}) and an empty text as none; who and when are not values.
 */
final class FigureValues {

  private FigureValues() {}

  static boolean same(Figure stored, Figure row) {
    boolean common =
        stored.indicator.code.equals(row.indicator.code)
            && stored.period.equals(row.period)
            && stored.area.equals(row.area)
            && same(stored.value, row.value)
            && sameText(stored.note, row.note);
    if (!common) {
      return false;
    }
    if (stored instanceof Target target && row instanceof Target other) {
      return target.operator == other.operator
          && Objects.equals(target.baselinePeriod, other.baselinePeriod)
          && same(target.baselineValue, other.baselineValue)
          && sameText(target.basis, other.basis);
    }
    if (stored instanceof Achievement achievement && row instanceof Achievement other) {
      return achievement.status == other.status
          && Objects.equals(achievement.reportedOn, other.reportedOn)
          && sameText(achievement.source, other.source);
    }
    return false;
  }

  /** Text, an empty one equal to none: a file's empty cell cannot tell them apart. */
  private static boolean sameText(String a, String b) {
    return Objects.equals(a == null || a.isEmpty() ? null : a, b == null || b.isEmpty() ? null : b);
  }

  private static boolean same(BigDecimal a, BigDecimal b) {
    return a == null ? b == null : b != null && a.compareTo(b) == 0;
  }
}

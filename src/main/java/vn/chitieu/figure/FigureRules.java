package vn.chitieu.figure;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Optional;
import vn.chitieu.common.Decimals;
import vn.chitieu.common.Period;
import vn.chitieu.common.problem.FieldError;
import vn.chitieu.indicator.Indicator;

/**
 * The rules a target or an achievement obeys beyond the form of its fields, as plain code: no
 * container, no database. "Today" is the clock's date, in the clock's zone.
 */
public final class FigureRules {

  private final Clock clock;

  public FigureRules(Clock clock) {
    this.clock = clock;
  }

  public LocalDate today() {
    return LocalDate.now(clock);
  }

  /**
   * A value of the indicator: at most 18 digits before the point and the indicator's decimals after
   * it, within its minimum and maximum (compared exactly: 100.00 is not above 100).
   */
  public static Optional<FieldError> checkValue(
      String field, BigDecimal value, Indicator indicator) {
    Optional<String> problem = Decimals.problem(value, indicator.decimals);
    if (problem.isEmpty()
        && indicator.minValue != null
        && value.compareTo(indicator.minValue) < 0) {
      problem =
          Optional.of(
              "must be at least " + indicator.minValue.toPlainString() + " for " + indicator.code);
    }
    if (problem.isEmpty()
        && indicator.maxValue != null
        && value.compareTo(indicator.maxValue) > 0) {
      problem =
          Optional.of(
              "must be at most " + indicator.maxValue.toPlainString() + " for " + indicator.code);
    }
    return problem.map(message -> new FieldError(field, message));
  }

  /** A report date: today or earlier. */
  public Optional<FieldError> checkReportedOn(String field, LocalDate reportedOn) {
    LocalDate today = today();
    return reportedOn.isAfter(today)
        ? Optional.of(new FieldError(field, "must not be in the future (today is " + today + ")"))
        : Optional.empty();
  }

  /** A baseline's period: over before the target's period begins. */
  public static Optional<FieldError> checkBaselinePeriod(
      String field, Period baseline, Period period) {
    return baseline.end().isBefore(period.start())
        ? Optional.empty()
        : Optional.of(new FieldError(field, "must end before the target's period begins"));
  }

  public static FieldError unknownIndicator(String field, String code) {
    return new FieldError(field, "names no known indicator: " + code);
  }

  /** An item of a batch with the same indicator, period and area as an earlier one. */
  public static FieldError repeatedKey(String field, int earlierItem) {
    return new FieldError(field, "repeats the indicator, period and area of item " + earlierItem);
  }

  /** Why a figure may not be stored beside an existing one of the same kind and key. */
  public static String duplicate(String kind, Figure existing) {
    return duplicate(
        kind, existing.indicator.code, existing.period, existing.area, existing.id.toString());
  }

  /** The same, from the existing figure's key and id. */
  public static String duplicate(
      String kind, String indicator, String period, String area, String id) {
    return "%s %s for %s in %s, area %s exists already with id %s; replace that one instead."
        .formatted(article(kind), kind, indicator, period, area, id);
  }

  private static String article(String noun) {
    return "aeiou".indexOf(Character.toLowerCase(noun.charAt(0))) >= 0 ? "An" : "A";
  }
}

package vn.chitieu.common;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A reporting or plan period: a year ({@code 2020}), half ({@code 2020-S1}), quarter ({@code
 * 2020-Q3}), month ({@code 2020-07}) or multi-year plan period ({@code 2021-2025}). Periods order
 * by start date, then by end date.
 */
@Schema(
    type = SchemaType.STRING,
    description =
        "2020 (year), 2020-S1 (half), 2020-Q3 (quarter), 2020-07 (month) or 2021-2025 (plan period)",
    pattern = Period.PATTERN,
    maxLength = 9,
    examples = "2020")
public final class Period implements Comparable<Period> {

  public static final String FORMS =
      "must be a period such as 2020 (year), 2020-S1 (half), 2020-Q3 (quarter), 2020-07 (month)"
          + " or 2021-2025 (plan period), with years from "
          + Period.MIN_YEAR
          + " to "
          + Period.MAX_YEAR;

  /** The forms, for documents; the parser also checks the years' range and order. */
  public static final String PATTERN = "^\\d{4}(-(S[12]|Q[1-4]|0[1-9]|1[0-2]|\\d{4}))?$";

  /** The first and last years a period may name. */
  public static final int MIN_YEAR = 1900;

  public static final int MAX_YEAR = 2199;

  private static final Pattern FORM =
      Pattern.compile("(\\d{4})(?:-(?:S([12])|Q([1-4])|(0[1-9]|1[0-2])|(\\d{4})))?");
  private static final Comparator<Period> ORDER =
      Comparator.comparing(Period::start).thenComparing(Period::end);

  private final String text;
  private final LocalDate start;
  private final LocalDate end;

  private Period(String text, LocalDate start, LocalDate end) {
    this.text = text;
    this.start = start;
    this.end = end;
  }

  /** Parses a period; anything but the five forms is an {@link IllegalArgumentException}. */
  @JsonCreator
  public static Period parse(String text) {
    Matcher m = text == null ? null : FORM.matcher(text);
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException(FORMS);
    }
    int year = year(m.group(1));
    if (m.group(2) != null) {
      return months(text, year, (Integer.parseInt(m.group(2)) - 1) * 6 + 1, 6);
    }
    if (m.group(3) != null) {
      return months(text, year, (Integer.parseInt(m.group(3)) - 1) * 3 + 1, 3);
    }
    if (m.group(4) != null) {
      return months(text, year, Integer.parseInt(m.group(4)), 1);
    }
    if (m.group(5) != null) {
      int endYear = year(m.group(5));
      if (endYear <= year) {
        throw new IllegalArgumentException(FORMS + "; a plan period must end after it starts");
      }
      return new Period(text, LocalDate.of(year, 1, 1), LocalDate.of(endYear, 12, 31));
    }
    return months(text, year, 1, 12);
  }

  private static int year(String digits) {
    int year = Integer.parseInt(digits);
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException(FORMS);
    }
    return year;
  }

  private static Period months(String text, int year, int firstMonth, int count) {
    YearMonth first = YearMonth.of(year, firstMonth);
    return new Period(text, first.atDay(1), first.plusMonths(count - 1L).atEndOfMonth());
  }

  /** The year a period of that form names, such as {@code 2020}. */
  public static Period year(int year) {
    return parse(Integer.toString(year));
  }

  /** Whether this is a plan period of two years or more, such as {@code 2021-2025}. */
  public boolean isMultiYear() {
    return end.getYear() > start.getYear();
  }

  /** Whether this is one calendar year, such as {@code 2020}. */
  public boolean isYear() {
    return start.getMonthValue() == 1 && end.getMonthValue() == 12 && !isMultiYear();
  }

  public LocalDate start() {
    return start;
  }

  public LocalDate end() {
    return end;
  }

  @JsonValue
  @Override
  public String toString() {
    return text;
  }

  @Override
  public int compareTo(Period other) {
    return ORDER.compare(this, other);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Period period && text.equals(period.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(text);
  }
}

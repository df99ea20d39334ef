package vn.chitieu.figure;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chitieu.IndicatorSamples.newJobs;
import static vn.chitieu.IndicatorSamples.poorHouseholdRate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chitieu.common.Period;
import vn.chitieu.common.problem.FieldError;
import vn.chitieu.indicator.Indicator;

/** Every figure rule and its boundaries, without a container or a database. */
class FigureRulesTest {

  private static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");

  /** 23:30 in Hà Nội on 27 November 2026 is still 16:30 UTC of the same day. */
  private static final FigureRules LATE_EVENING =
      new FigureRules(Clock.fixed(Instant.parse("2026-11-27T16:30:00Z"), HANOI));

  /** 00:30 in Hà Nội on 28 November 2026, while UTC still reads the 27th. */
  private static final FigureRules JUST_AFTER_MIDNIGHT =
      new FigureRules(Clock.fixed(Instant.parse("2026-11-27T17:30:00Z"), HANOI));

  private static Optional<String> valueProblem(String value, Indicator indicator) {
    return FigureRules.checkValue("value", new BigDecimal(value), indicator)
        .map(FieldError::message);
  }

  @ParameterizedTest(name = "{0} is valid")
  @CsvSource({"0", "100", "100.00", "0.23", "1E+2", "99.99", "0.140"})
  void shouldAcceptValuesWithinBoundsAndDecimals(String value) {
    assertThat(valueProblem(value, poorHouseholdRate())).isEmpty();
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(
      delimiter = '|',
      value = {
        "100.01   | must be at most 100 for POOR_HOUSEHOLD_RATE",
        "-0.01    | must be at least 0 for POOR_HOUSEHOLD_RATE",
        "0.235    | must have at most 2 digits after the decimal point",
        "1.4E-3   | must have at most 2 digits after the decimal point",
        "1E+19    | must have at most 18 digits before the decimal point",
      })
  void shouldRefuseValuesOutsideBoundsOrDecimals(String value, String message) {
    assertThat(valueProblem(value, poorHouseholdRate())).contains(message);
  }

  @Test
  void shouldAcceptEighteenIntegerDigitsWithoutBounds() {
    Indicator count = newJobs();
    count.minValue = null;
    assertThat(valueProblem("999999999999999999", count)).isEmpty();
    assertThat(valueProblem("-999999999999999999", count)).isEmpty();
    assertThat(valueProblem("1.5", count)).contains("must be a whole number");
  }

  @Test
  void shouldNameTheFieldOfAValueProblem() {
    assertThat(FigureRules.checkValue("baseline.value", new BigDecimal("101"), poorHouseholdRate()))
        .map(FieldError::field)
        .contains("baseline.value");
  }

  @Test
  void shouldTakeTodayFromTheClocksZone() {
    assertThat(LATE_EVENING.today()).isEqualTo(LocalDate.of(2026, 11, 27));
    assertThat(JUST_AFTER_MIDNIGHT.today()).isEqualTo(LocalDate.of(2026, 11, 28));
  }

  @Test
  void shouldAcceptAReportDatedTodayOrEarlier() {
    assertThat(LATE_EVENING.checkReportedOn("reportedOn", LocalDate.of(2026, 11, 27))).isEmpty();
    assertThat(LATE_EVENING.checkReportedOn("reportedOn", LocalDate.of(2020, 12, 16))).isEmpty();
    assertThat(JUST_AFTER_MIDNIGHT.checkReportedOn("reportedOn", LocalDate.of(2026, 11, 28)))
        .isEmpty();
  }

  @Test
  void shouldRefuseAReportDatedTomorrow() {
    assertThat(LATE_EVENING.checkReportedOn("reportedOn", LocalDate.of(2026, 11, 28)))
        .contains(new FieldError("reportedOn", "must not be in the future (today is 2026-11-27)"));
  }

  @ParameterizedTest(name = "baseline {0} before target {1}: accepted")
  @CsvSource({"2020, 2021", "2020-12, 2021-Q1", "2016-2020, 2021-2025", "2020-S2, 2021"})
  void shouldAcceptABaselineOverBeforeThePeriodBegins(String baseline, String period) {
    assertThat(
            FigureRules.checkBaselinePeriod(
                "baseline.period", Period.parse(baseline), Period.parse(period)))
        .isEmpty();
  }

  @ParameterizedTest(name = "baseline {0} before target {1}: refused")
  @CsvSource({"2021, 2021", "2022, 2021", "2021-01, 2021", "2020, 2020-12", "2020-2021, 2021-2025"})
  void shouldRefuseABaselineThatOverlapsOrFollowsThePeriod(String baseline, String period) {
    assertThat(
            FigureRules.checkBaselinePeriod(
                "baseline.period", Period.parse(baseline), Period.parse(period)))
        .contains(new FieldError("baseline.period", "must end before the target's period begins"));
  }

  @Test
  void shouldNameAnUnknownIndicatorAndARepeatedKey() {
    assertThat(FigureRules.unknownIndicator("[2].indicator", "NO_SUCH"))
        .isEqualTo(new FieldError("[2].indicator", "names no known indicator: NO_SUCH"));
    assertThat(FigureRules.repeatedKey("[3].indicator", 1))
        .isEqualTo(
            new FieldError("[3].indicator", "repeats the indicator, period and area of item 1"));
  }

  @Test
  void shouldNameTheExistingFigureWithTheRightArticle() {
    Figure existing = new Figure() {};
    existing.id = UUID.fromString("7a9e5c1d-2f4b-4e8a-b6c3-1d0e9f8a7b65");
    existing.indicator = poorHouseholdRate();
    existing.period = "2020";
    existing.area = "22";
    assertThat(FigureRules.duplicate("achievement", existing))
        .isEqualTo(
            "An achievement for POOR_HOUSEHOLD_RATE in 2020, area 22 exists already with id"
                + " 7a9e5c1d-2f4b-4e8a-b6c3-1d0e9f8a7b65; replace that one instead.");
    assertThat(FigureRules.duplicate("target", existing)).startsWith("A target for ");
  }
}

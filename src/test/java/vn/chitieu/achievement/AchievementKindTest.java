package vn.chitieu.achievement;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chitieu.IndicatorSamples.newJobs;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.Period;
import vn.chitieu.common.problem.FieldError;
import vn.chitieu.figure.FigureRules;

/** What the write path checks and copies for an achievement, without a container. */
class AchievementKindTest {

  /** 00:30 on 28 November 2026 in Hà Nội (still the 27th in UTC). */
  private static final FigureRules RULES =
      new FigureRules(
          Clock.fixed(Instant.parse("2026-11-27T17:30:00Z"), ZoneId.of("Asia/Ho_Chi_Minh")));

  private static AchievementRequest reportedOn(LocalDate date) {
    return new AchievementRequest(
        "NEW_JOBS",
        Period.parse("2026"),
        "22",
        new BigDecimal("14048"),
        Status.ESTIMATED,
        date,
        "Báo cáo thử",
        null,
        null);
  }

  @Test
  void shouldAcceptAReportOfTodayInTheConfiguredZone() {
    assertThat(
            AchievementKind.INSTANCE.check(
                reportedOn(LocalDate.of(2026, 11, 28)), newJobs(), RULES))
        .isEmpty();
  }

  @Test
  void shouldRefuseAReportDatedAfterToday() {
    assertThat(
            AchievementKind.INSTANCE.check(
                reportedOn(LocalDate.of(2026, 11, 29)), newJobs(), RULES))
        .containsExactly(
            new FieldError("reportedOn", "must not be in the future (today is 2026-11-28)"));
  }

  @Test
  void shouldDateAReportWithoutDateToday() {
    Achievement achievement = new Achievement();
    AchievementKind.INSTANCE.apply(reportedOn(null), newJobs(), "22", achievement, RULES);
    assertThat(achievement.reportedOn).isEqualTo(LocalDate.of(2026, 11, 28));
    assertThat(achievement.status).isEqualTo(Status.ESTIMATED);
    assertThat(achievement.period).isEqualTo("2026");
  }

  @Test
  void shouldKeepAGivenReportDate() {
    Achievement achievement = new Achievement();
    AchievementKind.INSTANCE.apply(
        reportedOn(LocalDate.of(2020, 12, 16)), newJobs(), "22", achievement, RULES);
    assertThat(achievement.reportedOn).isEqualTo(LocalDate.of(2020, 12, 16));
  }
}

package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chitieu.IndicatorSamples.poorHouseholdRate;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.Period;
import vn.chitieu.common.problem.FieldError;
import vn.chitieu.figure.FigureRules;

/** What the write path checks and copies for a target, without a container. */
class TargetKindTest {

  private static final FigureRules RULES =
      new FigureRules(Clock.fixed(Instant.parse("2026-11-27T00:00:00Z"), ZoneOffset.UTC));

  private static TargetRequest request(String period, Operator operator, Baseline baseline) {
    return new TargetRequest(
        "POOR_HOUSEHOLD_RATE",
        Period.parse(period),
        null,
        new BigDecimal("0.140"),
        operator,
        baseline,
        "Kế hoạch năm 2021",
        null,
        null);
  }

  @Test
  void shouldAcceptATargetWithoutBaseline() {
    assertThat(TargetKind.INSTANCE.check(request("2021", null, null), poorHouseholdRate(), RULES))
        .isEmpty();
  }

  @Test
  void shouldCheckTheBaselinesValueAndPeriod() {
    Baseline late = new Baseline(Period.parse("2021"), new BigDecimal("100.5"));
    assertThat(TargetKind.INSTANCE.check(request("2021", null, late), poorHouseholdRate(), RULES))
        .containsExactly(
            new FieldError("baseline.value", "must be at most 100 for POOR_HOUSEHOLD_RATE"),
            new FieldError("baseline.period", "must end before the target's period begins"));
  }

  @Test
  void shouldDefaultTheOperatorFromThePolarityAndKeepTheValueAsWritten() {
    Target target = new Target();
    Baseline baseline = new Baseline(Period.parse("2020"), new BigDecimal("0.23"));
    TargetKind.INSTANCE.apply(
        request("2021-2025", null, baseline), poorHouseholdRate(), "22", target, RULES);
    assertThat(target.operator).isEqualTo(Operator.AT_MOST);
    assertThat(target.value).isEqualByComparingTo("0.14").hasScaleOf(3);
    assertThat(target.periodStart).hasToString("2021-01-01");
    assertThat(target.periodEnd).hasToString("2025-12-31");
    assertThat(target.area).isEqualTo("22");
    assertThat(target.baselinePeriod).isEqualTo("2020");
  }

  @Test
  void shouldKeepAnOperatorGivenExplicitly() {
    Target target = new Target();
    TargetKind.INSTANCE.apply(
        request("2021", Operator.EXACTLY, null), poorHouseholdRate(), "225", target, RULES);
    assertThat(target.operator).isEqualTo(Operator.EXACTLY);
    assertThat(target.baselinePeriod).isNull();
  }
}

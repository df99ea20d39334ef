package vn.chitieu.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chitieu.plan.Operator;

class ProgressTest {

  @ParameterizedTest(name = "{0}: target {1}, actual {2} -> {3} by {4}")
  @CsvSource({
    "AT_LEAST, 100,  120,  EXCEEDED, 20,    120.00",
    "AT_LEAST, 100,  100,  MET,      0,     100.00",
    "AT_LEAST, 100,  90,   NOT_MET,  -10,   90.00",
    "AT_MOST,  0.36, 0.23, EXCEEDED, 0.13,  63.89",
    "AT_MOST,  0.36, 0.36, MET,      0.00,  100.00",
    "AT_MOST,  0.36, 0.40, NOT_MET,  -0.04, 111.11",
    "EXACTLY,  100,  100,  MET,      0,     100.00",
    "EXACTLY,  100,  101,  NOT_MET,  -1,    101.00",
    "EXACTLY,  100,  99,   NOT_MET,  -1,    99.00",
  })
  void shouldCompareByOperator(
      Operator operator,
      BigDecimal target,
      BigDecimal actual,
      Outcome outcome,
      BigDecimal margin,
      BigDecimal percent) {
    Progress progress = Progress.of(target, operator, actual);
    assertThat(progress.outcome()).isEqualTo(outcome);
    assertThat(progress.margin()).isEqualByComparingTo(margin);
    assertThat(progress.percentOfTarget()).isEqualTo(percent);
  }

  @Test
  void shouldReportTheProvincesPoorHouseholdRateExactly() {
    Progress progress =
        Progress.of(new BigDecimal("0.36"), Operator.AT_MOST, new BigDecimal("0.23"));
    assertThat(progress.margin()).hasToString("0.13");
    assertThat(progress.percentOfTarget()).hasToString("63.89");
  }

  @Test
  void shouldTreatEqualValuesOfDifferentScaleAsMet() {
    Progress progress =
        Progress.of(new BigDecimal("85"), Operator.AT_LEAST, new BigDecimal("85.00"));
    assertThat(progress.outcome()).isEqualTo(Outcome.MET);
    assertThat(progress.margin().signum()).isZero();
    assertThat(progress.percentOfTarget()).hasToString("100.00");
  }

  @Test
  void shouldTreatEqualValuesOfDifferentScaleAsMetExactly() {
    Progress progress = Progress.of(new BigDecimal("85.0"), Operator.EXACTLY, new BigDecimal("85"));
    assertThat(progress.outcome()).isEqualTo(Outcome.MET);
  }

  @Test
  void shouldHaveNoPercentageOfAZeroTarget() {
    Progress progress = Progress.of(BigDecimal.ZERO, Operator.AT_MOST, new BigDecimal("2"));
    assertThat(progress.outcome()).isEqualTo(Outcome.NOT_MET);
    assertThat(progress.margin()).isEqualByComparingTo("-2");
    assertThat(progress.percentOfTarget()).isNull();
  }

  @Test
  void shouldMeetAZeroTargetExactly() {
    Progress progress = Progress.of(BigDecimal.ZERO, Operator.AT_MOST, BigDecimal.ZERO);
    assertThat(progress.outcome()).isEqualTo(Outcome.MET);
    assertThat(progress.percentOfTarget()).isNull();
  }

  @Test
  void shouldSayNoTargetWhenOnlyAnAchievementExists() {
    Progress progress = Progress.of(null, null, new BigDecimal("915"));
    assertThat(progress).isEqualTo(new Progress(Outcome.NO_TARGET, null, null));
  }

  @Test
  void shouldSayNoDataWhenNothingIsReported() {
    Progress progress = Progress.of(new BigDecimal("13000"), Operator.AT_LEAST, null);
    assertThat(progress).isEqualTo(new Progress(Outcome.NO_DATA, null, null));
  }

  @Test
  void shouldRoundPercentHalfUp() {
    assertThat(
            Progress.of(new BigDecimal("8"), Operator.AT_LEAST, new BigDecimal("1"))
                .percentOfTarget())
        .hasToString("12.50");
    assertThat(
            Progress.of(new BigDecimal("200"), Operator.AT_LEAST, new BigDecimal("0.01"))
                .percentOfTarget())
        .hasToString("0.01");
    assertThat(
            Progress.of(new BigDecimal("200000"), Operator.AT_LEAST, new BigDecimal("1"))
                .percentOfTarget())
        .hasToString("0.00");
    assertThat(
            Progress.of(new BigDecimal("3"), Operator.AT_LEAST, new BigDecimal("2"))
                .percentOfTarget())
        .hasToString("66.67");
  }

  @Test
  void shouldKeepNegativeTargetsExact() {
    Progress progress =
        Progress.of(new BigDecimal("-1.5"), Operator.AT_LEAST, new BigDecimal("-1.2"));
    assertThat(progress.outcome()).isEqualTo(Outcome.EXCEEDED);
    assertThat(progress.margin()).hasToString("0.3");
  }
}

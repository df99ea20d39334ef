package vn.chitieu.outlook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chitieu.indicator.Aggregation.LAST;
import static vn.chitieu.indicator.Aggregation.SUM;
import static vn.chitieu.outlook.Assessment.ACCELERATION_NEEDED;
import static vn.chitieu.outlook.Assessment.ACHIEVED;
import static vn.chitieu.outlook.Assessment.DETERIORATION;
import static vn.chitieu.outlook.Assessment.INSUFFICIENT_DATA;
import static vn.chitieu.outlook.Assessment.LIMITED_PROGRESS;
import static vn.chitieu.outlook.Assessment.ON_TRACK;
import static vn.chitieu.plan.Operator.AT_LEAST;
import static vn.chitieu.plan.Operator.AT_MOST;
import static vn.chitieu.plan.Operator.EXACTLY;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chitieu.plan.Operator;

/**
 * The outlook method of docs/design.md ("Outlook"), case by case. Every expectation is worked out
 * by hand in the comment above it; most figures are chosen so that the roots are exact (1.331 is
 * 1.1³, 248.832 is 100 × 1.2⁵), the rest show their logarithms. Unless a test says otherwise the
 * plan is 2021-2025 (tT = 2025), the baseline is 2020 (t0), and three years are reported, so that
 * the time elapsed is (2023 − 2020) ÷ (2025 − 2020) = 60.00 %.
 */
class OutlookTest {

  private static final Outlook.Point BASELINE_100 = new Outlook.Point(2020, d("100"));

  @Nested
  class Levels {

    /**
     * 100 → 133.1 in three years: (1.331)^(1/3) = 1.1, so 0.1000 a year. The target 248.832 in
     * five: (2.48832)^(1/5) = 1.2, so 0.2000 required. R = 0.1 ÷ 0.2 = 0.5000: 0 ≤ R < 0.60.
     * Distance (133.1 − 100) ÷ (248.832 − 100) = 33.1 ÷ 148.832 = 0.222398… → 22.24 %. Projected
     * 133.1 × 1.1² = 133.1 × 1.21 = 161.051.
     */
    @Test
    void shouldFindLimitedProgressAtHalfTheRequiredGrowth() {
      Outlook outlook =
          level("248.832", AT_LEAST, 3, years(2021, "110", 2022, "121", 2023, "133.1"));
      assertNumbers(outlook, "60.00", "22.24", "0.1000", "0.2000", "0.5000", "161.051");
      assertThat(outlook.assessment()).isEqualTo(LIMITED_PROGRESS);
      assertThat(outlook.explanation()).contains("compound annual growth");
    }

    /**
     * Target 161.051 = 100 × 1.1⁵: 0.1000 required, 0.1000 observed, R = 1.0000 ≥ 0.95. Distance
     * 33.1 ÷ 61.051 = 0.542169… → 54.22 %. Projected 133.1 × 1.21 = 161.051, the target itself.
     */
    @Test
    void shouldFindOnTrackAtTheRequiredGrowth() {
      Outlook outlook = level("161.051", AT_LEAST, 3, years(2023, "133.1"));
      assertNumbers(outlook, "60.00", "54.22", "0.1000", "0.1000", "1.0000", "161.051");
      assertThat(outlook.assessment()).isEqualTo(ON_TRACK);
    }

    /**
     * 125.9712 = 100 × 1.08³: 0.0800 observed against 0.1000 required, R = 0.8000, within [0.60,
     * 0.95). Distance 25.9712 ÷ 61.051 = 0.425403… → 42.54 %. Projected 125.9712 × 1.08² = 125.9712
     * × 1.1664 = 146.93280768 → 146.93 at 2 decimals.
     */
    @Test
    void shouldAskForAccelerationBetweenTheThresholds() {
      Outlook outlook = level("161.051", AT_LEAST, 2, years(2023, "125.9712"));
      assertNumbers(outlook, "60.00", "42.54", "0.0800", "0.1000", "0.8000", "146.93");
      assertThat(outlook.assessment()).isEqualTo(ACCELERATION_NEEDED);
    }

    /**
     * 72.9 = 100 × 0.9³: −0.1000 a year against 0.2000 required, R = −0.5000 < 0. Distance −27.1 ÷
     * 148.832 = −0.182084… → −18.21 %. Projected 72.9 × 0.81 = 59.049.
     */
    @Test
    void shouldFindDeteriorationWhenMovingAway() {
      Outlook outlook = level("248.832", AT_LEAST, 3, years(2023, "72.9"));
      assertNumbers(outlook, "60.00", "-18.21", "-0.1000", "0.2000", "-0.5000", "59.049");
      assertThat(outlook.assessment()).isEqualTo(DETERIORATION);
    }

    /**
     * One year observed (2020 → 2021), so CAGRo = yi ÷ 100 − 1, against 0.2 required (248.832): R =
     * (yi − 100) ÷ 20. 119 → 0.95; 118.99 → 0.9495; 112 → 0.6; 111.99 → 0.5995; 100 → 0; 99.99 →
     * −0.0005. 118.9992 → 0.94996, shown 0.9500: the category is the shown ratio's.
     */
    @ParameterizedTest
    @CsvSource({
      "119, 0.1900, 0.9500, ON_TRACK",
      "118.9992, 0.1900, 0.9500, ON_TRACK",
      "118.99, 0.1899, 0.9495, ACCELERATION_NEEDED",
      "112, 0.1200, 0.6000, ACCELERATION_NEEDED",
      "111.99, 0.1199, 0.5995, LIMITED_PROGRESS",
      "100, 0.0000, 0.0000, LIMITED_PROGRESS",
      "99.99, -0.0001, -0.0005, DETERIORATION"
    })
    void shouldPlaceEachThresholdAsTheIssueStatesIt(
        String latest, String observed, String ratio, Assessment assessment) {
      Outlook outlook = level("248.832", AT_LEAST, 4, years(2021, latest));
      assertThat(outlook.elapsedShare()).isEqualTo(d("20.00")); // (2021 − 2020) ÷ 5
      assertThat(outlook.observedGrowth()).isEqualTo(d(observed));
      assertThat(outlook.ratio()).isEqualTo(d(ratio));
      assertThat(outlook.assessment()).isEqualTo(assessment);
    }

    /**
     * 100 → 172.8 = 100 × 1.2³ meets 161.051: achieved, and the numbers still shown: 0.2000 ÷
     * 0.1000 = 2.0000; distance 72.8 ÷ 61.051 = 1.192445… → 119.24 %; projected 172.8 × 1.44 =
     * 248.832.
     */
    @Test
    void shouldFindAchievedWhenTheLatestValueMeetsTheTarget() {
      Outlook outlook = level("161.051", AT_LEAST, 3, years(2022, "144", 2023, "172.8"));
      assertNumbers(outlook, "60.00", "119.24", "0.2000", "0.1000", "2.0000", "248.832");
      assertThat(outlook.assessment()).isEqualTo(ACHIEVED);
      assertThat(outlook.explanation()).contains("already meets the target");
    }

    /**
     * Reaching the target exactly is achieved too (AT_LEAST is ≥): 161.051 in 2025, five years at
     * 0.1: R = 1.0000, distance 100.00 %, projected the value itself (no year left).
     */
    @Test
    void shouldFindAchievedOnTheTargetInThePlansLastYear() {
      Outlook outlook = level("161.051", AT_LEAST, 3, years(2025, "161.051"));
      assertNumbers(outlook, "100.00", "100.00", "0.1000", "0.1000", "1.0000", "161.051");
      assertThat(outlook.assessment()).isEqualTo(ACHIEVED);
    }

    /**
     * The plan over and the target missed: 133.1 in 2025 is 1.331^(1/5) − 1 a year, against 0.2: ln
     * 1.331 = 0.2859305…, ÷ 5 = 0.0571861…, e^… = 1.0588529… → 0.0589; R = 0.0588529… ÷ 0.2 =
     * 0.294264… → 0.2943. Projected: no year left, 133.1.
     */
    @Test
    void shouldSayWhenThePlanIsOverAndTheTargetMissed() {
      Outlook outlook = level("248.832", AT_LEAST, 1, years(2025, "133.1"));
      assertNumbers(outlook, "100.00", "22.24", "0.0589", "0.2000", "0.2943", "133.1");
      assertThat(outlook.assessment()).isEqualTo(LIMITED_PROGRESS);
      assertThat(outlook.explanation()).contains("The plan is over and its target was not met.");
    }

    /**
     * Social-insurance participants, the README's example: 263,050 (2020) → 290,000 (2023) →
     * 350,000 (2025). yi ÷ y0 = 1.1024520053…, ln = 0.0975367948…, ÷ 3 = 0.0325122649…, e^… =
     * 1.0330465633… → 0.0330. yT ÷ y0 = 1.3305455236…, ln = 0.2855890263…, ÷ 5 = 0.0571178053…, e^…
     * = 1.0587805330… → 0.0588. R from the unrounded rates: 0.0330465633 ÷ 0.0587805330 = 0.562202…
     * → 0.5622 (the rounded rates would give 0.5612). Distance 26,950 ÷ 86,950 = 0.309948… → 30.99
     * %. Projected 290,000 × 1.0330465633² = 309,483.71… → 309,484.
     */
    @Test
    void shouldComputeIrrationalRatesFromTheUnroundedValues() {
      Outlook outlook =
          Outlook.of(
              plan("350000", AT_LEAST),
              LAST,
              0,
              new Outlook.Point(2020, d("263050")),
              years(2021, "270100", 2022, "281400", 2023, "290000"));
      assertNumbers(outlook, "60.00", "30.99", "0.0330", "0.0588", "0.5622", "309484");
      assertThat(outlook.assessment()).isEqualTo(LIMITED_PROGRESS);
    }

    /**
     * A baseline before the year preceding the plan: 2015 → 2023 is 8 years of the 10 to 2025
     * (80.00 %). 214.358881 = 100 × 1.1⁸ → 0.1000; 619.17364224 = 100 × 1.2¹⁰ → 0.2000; R = 0.5000.
     * Distance 114.358881 ÷ 519.17364224 = 0.220271… → 22.03 %. Projected 214.358881 × 1.21 =
     * 259.37424601 → 259.374246 at 6 decimals.
     */
    @Test
    void shouldCountYearsFromAnEarlierBaseline() {
      Outlook outlook =
          Outlook.of(
              plan("619.17364224", AT_LEAST),
              LAST,
              6,
              new Outlook.Point(2015, d("100")),
              years(2023, "214.358881"));
      assertNumbers(outlook, "80.00", "22.03", "0.1000", "0.2000", "0.5000", "259.374246");
    }
  }

  @Nested
  class LowerIsBetter {

    /**
     * 1 → 0.729 = 0.9³: −0.1000 a year; target 0.59049 = 0.9⁵: −0.1000 required; both negative, R =
     * 1.0000. Distance (0.729 − 1) ÷ (0.59049 − 1) = −0.271 ÷ −0.40951 = 0.661766… → 66.18 %.
     * Projected 0.729 × 0.81 = 0.59049.
     */
    @Test
    void shouldFindOnTrackWhenFallingAtTheRequiredRate() {
      Outlook outlook =
          Outlook.of(
              plan("0.59049", AT_MOST),
              LAST,
              5,
              new Outlook.Point(2020, d("1")),
              years(2023, "0.729"));
      assertNumbers(outlook, "60.00", "66.18", "-0.1000", "-0.1000", "1.0000", "0.59049");
      assertThat(outlook.assessment()).isEqualTo(ON_TRACK);
    }

    /**
     * Target 0.32768 = 0.8⁵: −0.2000 required; −0.1 ÷ −0.2 = 0.5000. Distance −0.271 ÷ −0.67232 =
     * 0.403082… → 40.31 %.
     */
    @Test
    void shouldFindLimitedProgressWhenFallingTooSlowly() {
      Outlook outlook = lower("0.32768", "0.729");
      assertNumbers(outlook, "60.00", "40.31", "-0.1000", "-0.2000", "0.5000", "0.59049");
      assertThat(outlook.assessment()).isEqualTo(LIMITED_PROGRESS);
    }

    /**
     * 1 → 1.331 = 1.1³: +0.1000 a year where −0.2000 is required: R = −0.5000. Distance 0.331 ÷
     * −0.67232 = −0.492325… → −49.23 %. Projected 1.331 × 1.21 = 1.61051.
     */
    @Test
    void shouldFindDeteriorationWhenRising() {
      Outlook outlook = lower("0.32768", "1.331");
      assertNumbers(outlook, "60.00", "-49.23", "0.1000", "-0.2000", "-0.5000", "1.61051");
      assertThat(outlook.assessment()).isEqualTo(DETERIORATION);
    }

    /**
     * 1 → 0.512 = 0.8³ is at most 0.59049: achieved. −0.2 ÷ −0.1 = 2.0000; distance −0.488 ÷
     * −0.40951 = 1.191668… → 119.17 %; projected 0.512 × 0.64 = 0.32768.
     */
    @Test
    void shouldFindAchievedBelowTheCeiling() {
      Outlook outlook = lower("0.59049", "0.512");
      assertNumbers(outlook, "60.00", "119.17", "-0.2000", "-0.1000", "2.0000", "0.32768");
      assertThat(outlook.assessment()).isEqualTo(ACHIEVED);
    }

    /**
     * The poor-household rate of the README's example: 0.23 (2020) → 0.17 (2023), at most 0.10 in
     * 2025. 0.17 ÷ 0.23 = 0.7391304348, ln = −0.3022808719, ÷ 3 = −0.1007602906, e^… = 0.9041497401
     * → −0.0959. 0.10 ÷ 0.23 = 0.4347826087, ln = −0.8329091229, ÷ 5 = −0.1665818246, e^… =
     * 0.8465535452 → −0.1534. R = −0.0958502599 ÷ −0.1534464548 = 0.624649… → 0.6246. Distance
     * −0.06 ÷ −0.13 = 0.461538… → 46.15 %. Projected 0.17 × 0.9041497401² = 0.138972… → 0.14.
     */
    @Test
    void shouldAskForAccelerationOfTheReadmesPovertyRate() {
      Outlook outlook =
          Outlook.of(
              plan("0.10", AT_MOST),
              LAST,
              2,
              new Outlook.Point(2020, d("0.23")),
              years(2021, "0.20", 2022, "0.18", 2023, "0.17"));
      assertNumbers(outlook, "60.00", "46.15", "-0.0959", "-0.1534", "0.6246", "0.14");
      assertThat(outlook.assessment()).isEqualTo(ACCELERATION_NEEDED);
    }

    private static Outlook lower(String target, String latest) {
      return Outlook.of(
          plan(target, AT_MOST), LAST, 5, new Outlook.Point(2020, d("1")), years(2023, latest));
    }
  }

  @Nested
  class EdgeCases {

    /**
     * Zero baseline, the linear form: observed (30 − 0) ÷ 3 = 10 a year, required (100 − 0) ÷ 5 =
     * 20: R = 0.5000. No growth rates. Distance 30 ÷ 100 = 30.00 %; projected 30 + 10 × 2 = 50.
     */
    @Test
    void shouldUseTheLinearFormFromAZeroBaseline() {
      Outlook outlook =
          Outlook.of(
              plan("100", AT_LEAST), LAST, 0, new Outlook.Point(2020, d("0")), years(2023, "30"));
      assertNumbers(outlook, "60.00", "30.00", null, null, "0.5000", "50");
      assertThat(outlook.assessment()).isEqualTo(LIMITED_PROGRESS);
      assertThat(outlook.explanation()).contains("linear form");
    }

    /**
     * A negative baseline (a net figure): −2 → 1 is (1 + 2) ÷ 3 = 1 a year; −2 → 3 requires 5 ÷ 5 =
     * 1: R = 1.0000. Distance 3 ÷ 5 = 60.00 %; projected 1 + 1 × 2 = 3.
     */
    @Test
    void shouldUseTheLinearFormFromANegativeBaseline() {
      Outlook outlook =
          Outlook.of(
              plan("3", AT_LEAST), LAST, 0, new Outlook.Point(2020, d("-2")), years(2023, "1"));
      assertNumbers(outlook, "60.00", "60.00", null, null, "1.0000", "3");
      assertThat(outlook.assessment()).isEqualTo(ON_TRACK);
    }

    /**
     * A target of zero (eliminate it): 10 → 4 is −2 a year; 10 → 0 requires −10 ÷ 5 = −2: R =
     * 1.0000. Distance −6 ÷ −10 = 60.00 %; projected 4 − 2 × 2 = 0.
     */
    @Test
    void shouldUseTheLinearFormTowardsATargetOfZero() {
      Outlook outlook =
          Outlook.of(
              plan("0", AT_MOST), LAST, 0, new Outlook.Point(2020, d("10")), years(2023, "4"));
      assertNumbers(outlook, "60.00", "60.00", null, null, "1.0000", "0");
      assertThat(outlook.assessment()).isEqualTo(ON_TRACK);
    }

    /**
     * The baseline 100 already meets "at least 90". Now 72.9: it no longer does — deterioration,
     * with no required growth, ratio or distance. Observed 0.9 − 1 = −0.1000; projected 72.9 × 0.81
     * = 59.049.
     */
    @Test
    void shouldFindDeteriorationWhenABaselineThatMetTheTargetNoLongerDoes() {
      Outlook outlook = level("90", AT_LEAST, 3, years(2023, "72.9"));
      assertNumbers(outlook, "60.00", null, "-0.1000", null, null, "59.049");
      assertThat(outlook.assessment()).isEqualTo(DETERIORATION);
      assertThat(outlook.explanation()).contains("baseline already met the target");
    }

    /**
     * 100 → 95, still at least 90: achieved. 0.95^(1/3): ln 0.95 = −0.0512932944, ÷ 3 =
     * −0.0170977648, e^… = 0.9830475725 → −0.0170. Projected 95 × 0.9830475725² = 91.8060… →
     * 91.806.
     */
    @Test
    void shouldFindAchievedWhenABaselineThatMetTheTargetStillDoes() {
      Outlook outlook = level("90", AT_LEAST, 3, years(2023, "95"));
      assertNumbers(outlook, "60.00", null, "-0.0170", null, null, "91.806");
      assertThat(outlook.assessment()).isEqualTo(ACHIEVED);
    }

    /** At most 0.6 from 0.5: met at the baseline; 0.7 no longer meets it. */
    @Test
    void shouldFindDeteriorationBelowACeilingTheBaselineMet() {
      Outlook outlook =
          Outlook.of(
              plan("0.6", AT_MOST), LAST, 1, new Outlook.Point(2020, d("0.5")), years(2023, "0.7"));
      assertThat(outlook.assessment()).isEqualTo(DETERIORATION);
      assertThat(outlook.ratio()).isNull();
    }

    @Test
    void shouldSayThatTheBaselineIsMissing() {
      Outlook outlook = Outlook.of(plan("100", AT_LEAST), LAST, 0, null, years(2023, "30"));
      assertNumbers(outlook, null, null, null, null, null, null);
      assertThat(outlook.assessment()).isEqualTo(INSUFFICIENT_DATA);
      assertThat(outlook.explanation())
          .isEqualTo(
              "No baseline: the target gives none and no annual achievement is held for 2020.");
    }

    /** Achievements outside the plan's years (2020 is the baseline's, 2026 after) do not count. */
    @Test
    void shouldSayThatNoAnnualAchievementIsHeldWithinThePlan() {
      Outlook outlook = level("248.832", AT_LEAST, 3, years(2020, "100", 2026, "300"));
      assertThat(outlook.assessment()).isEqualTo(INSUFFICIENT_DATA);
      assertThat(outlook.explanation()).isEqualTo("No annual achievement within 2021-2025 yet.");
    }

    @Test
    void shouldSayBothWhenBothAreMissing() {
      Outlook outlook = Outlook.of(plan("100", AT_LEAST), LAST, 0, null, Map.of());
      assertThat(outlook.assessment()).isEqualTo(INSUFFICIENT_DATA);
      assertThat(outlook.explanation())
          .isEqualTo(
              "No baseline: the target gives none and no annual achievement is held for 2020;"
                  + " no annual achievement within 2021-2025 yet.");
    }

    @Test
    void shouldRefuseABaselineWithinThePlanAndAPlanOfOneYear() {
      assertThatThrownBy(
              () ->
                  Outlook.of(
                      plan("1", AT_LEAST), LAST, 0, new Outlook.Point(2021, d("1")), Map.of()))
          .isInstanceOf(IllegalArgumentException.class);
      assertThatThrownBy(() -> new Outlook.Plan(2021, 2021, d("1"), AT_LEAST))
          .isInstanceOf(IllegalArgumentException.class);
    }
  }

  @Nested
  class Exactly {

    /**
     * Exactly 20 from 10: the baseline is 10 away. At 16 it is 4 away: (10 − 4) ÷ 10 = 60.00 % of
     * the distance closed in 60.00 % of the time, a pace of 0.6 ÷ 0.6 = 1.0000. No growth ratio, no
     * projection.
     */
    @Test
    void shouldCompareTheDistanceClosedWithTheTimeElapsed() {
      Outlook outlook = exact("16");
      assertNumbers(outlook, "60.00", "60.00", null, null, null, null);
      assertThat(outlook.assessment()).isEqualTo(ON_TRACK);
      assertThat(outlook.explanation()).contains("no growth ratio").contains("a pace of 1.0000");
    }

    /** 24 is also 4 away: passing the target counts as distance again, as in progress' margin. */
    @Test
    void shouldMeasureTheDistanceOnEitherSide() {
      assertNumbers(exact("24"), "60.00", "60.00", null, null, null, null);
    }

    /**
     * 14: (10 − 6) ÷ 10 = 40.00 %, pace 0.4 ÷ 0.6 = 0.666… → 0.6667, acceleration; 12: 20.00 %, 0.2
     * ÷ 0.6 = 0.3333, limited; 8: 12 away, (10 − 12) ÷ 10 = −20.00 %, −0.3333, deterioration.
     */
    @ParameterizedTest
    @CsvSource({
      "14, 40.00, 0.6667, ACCELERATION_NEEDED",
      "12, 20.00, 0.3333, LIMITED_PROGRESS",
      "8, -20.00, -0.3333, DETERIORATION"
    })
    void shouldClassifyThePaceWithTheRatiosThresholds(
        String latest, String distance, String pace, Assessment assessment) {
      Outlook outlook = exact(latest);
      assertThat(outlook.distanceTravelled()).isEqualTo(d(distance));
      assertThat(outlook.ratio()).isNull();
      assertThat(outlook.assessment()).isEqualTo(assessment);
      assertThat(outlook.explanation()).contains("a pace of " + pace);
    }

    @Test
    void shouldFindAchievedOnTheMark() {
      Outlook outlook = exact("20.0");
      assertNumbers(outlook, "60.00", "100.00", null, null, null, null);
      assertThat(outlook.assessment()).isEqualTo(ACHIEVED);
    }

    /** The baseline was the exact target: leaving it is deterioration, staying is achieved. */
    @Test
    void shouldAnswerABaselineOnTheMark() {
      Outlook left =
          Outlook.of(
              plan("20", EXACTLY), LAST, 0, new Outlook.Point(2020, d("20")), years(2023, "19"));
      assertThat(left.assessment()).isEqualTo(DETERIORATION);
      assertThat(left.distanceTravelled()).isNull();
      Outlook stayed =
          Outlook.of(
              plan("20", EXACTLY), LAST, 0, new Outlook.Point(2020, d("20")), years(2023, "20"));
      assertThat(stayed.assessment()).isEqualTo(ACHIEVED);
    }

    private static Outlook exact(String latest) {
      return Outlook.of(
          plan("20", EXACTLY), LAST, 1, new Outlook.Point(2020, d("10")), years(2023, latest));
    }
  }

  @Nested
  class Flows {

    /**
     * 65,000 new jobs over 2021-2025 is 13,000 a year. 13,200 + 13,800 + 12,600 = 39,600 in 3
     * years, 13,200 a year: R = 13,200 ÷ 13,000 = 1.015384… → 1.0154. Projected 13,200 × 5 =
     * 66,000. Distance 39,600 ÷ 65,000 = 0.609230… → 60.92 %. Elapsed 3 ÷ 5 = 60.00 %. No growth
     * rates and no baseline needed.
     */
    @Test
    void shouldCompareTheYearlyAverageWithTheTargetsYearlyShare() {
      Outlook outlook = jobs(years(2021, "13200", 2022, "13800", 2023, "12600"));
      assertNumbers(outlook, "60.00", "60.92", null, null, "1.0154", "66000");
      assertThat(outlook.assessment()).isEqualTo(ON_TRACK);
      assertThat(outlook.explanation())
          .isEqualTo(
              "A flow: the yearly average of the 3 years reported (total 39600) against the"
                  + " target's yearly share (65000 over 5 years).");
    }

    /**
     * 10,000 a year: 10,000 ÷ 13,000 = 0.769230… → 0.7692; distance 30,000 ÷ 65,000 = 46.15 %;
     * projected 50,000. 5,000 a year: 0.384615… → 0.3846, 23.08 %, 25,000.
     */
    @ParameterizedTest
    @CsvSource({
      "10000, 0.7692, 46.15, 50000, ACCELERATION_NEEDED",
      "5000, 0.3846, 23.08, 25000, LIMITED_PROGRESS"
    })
    void shouldClassifyTheProRataRatio(
        String each, String ratio, String distance, String projected, Assessment assessment) {
      Outlook outlook = jobs(years(2021, each, 2022, each, 2023, each));
      assertNumbers(outlook, "60.00", distance, null, null, ratio, projected);
      assertThat(outlook.assessment()).isEqualTo(assessment);
    }

    /**
     * 30,000 + 36,000 = 66,000 ≥ 65,000 after two years: achieved. R = 33,000 ÷ 13,000 = 2.538461…
     * → 2.5385; distance 66,000 ÷ 65,000 = 101.538… → 101.54 %; projected 33,000 × 5 = 165,000;
     * elapsed 2 ÷ 5 = 40.00 %.
     */
    @Test
    void shouldFindAchievedOnceTheTotalIsReached() {
      Outlook outlook = jobs(years(2021, "30000", 2022, "36000"));
      assertNumbers(outlook, "40.00", "101.54", null, null, "2.5385", "165000");
      assertThat(outlook.assessment()).isEqualTo(ACHIEVED);
    }

    /**
     * Every year reported, 5 × 12,000 = 60,000 < 65,000: 12,000 ÷ 13,000 = 0.923076… → 0.9231;
     * 92.31 %; the plan is over.
     */
    @Test
    void shouldSayWhenEveryYearIsInAndTheTotalFellShort() {
      String each = "12000";
      Outlook outlook = jobs(years(2021, each, 2022, each, 2023, each, 2024, each, 2025, each));
      assertNumbers(outlook, "100.00", "92.31", null, null, "0.9231", "60000");
      assertThat(outlook.assessment()).isEqualTo(ACCELERATION_NEEDED);
      assertThat(outlook.explanation()).endsWith("The plan is over and its target was not met.");
    }

    /**
     * 2022 not reported: the average is of the years reported, (13,000 + 13,000) ÷ 2 = 13,000, R =
     * 1.0000; projected 13,000 × 5 = 65,000; the time elapsed still runs to 2023: 3 ÷ 5.
     */
    @Test
    void shouldAverageTheYearsReported() {
      Outlook outlook = jobs(years(2021, "13000", 2023, "13000"));
      assertNumbers(outlook, "60.00", "40.00", null, null, "1.0000", "65000");
    }

    @Test
    void shouldNeedNoBaselineButAnAnnualAchievement() {
      assertThat(jobs(years(2021, "13000")).assessment()).isEqualTo(ON_TRACK);
      Outlook none = jobs(years(2020, "14048"));
      assertThat(none.assessment()).isEqualTo(INSUFFICIENT_DATA);
      assertThat(none.explanation()).isEqualTo("No annual achievement within 2021-2025 yet.");
    }

    /**
     * At most 500 work accidents over 2021-2025, 100 a year. 90 + 110 + 100 = 300 in 3 years: (500
     * ÷ 5) ÷ (300 ÷ 3) = 1.0000, projected 500, 60.00 % of the ceiling used. 150 a year: 100 ÷ 150
     * = 0.6667, projected 750, 90.00 %. Two years of 240: 100 ÷ 240 = 0.4167, projected 1,200,
     * 96.00 %, elapsed 40.00 %.
     */
    @ParameterizedTest
    @CsvSource({
      "90, 110, 100, 60.00, 60.00, 1.0000, 500, ON_TRACK",
      "150, 150, 150, 60.00, 90.00, 0.6667, 750, ACCELERATION_NEEDED",
      "240, 240, , 40.00, 96.00, 0.4167, 1200, LIMITED_PROGRESS"
    })
    void shouldCompareACeilingsYearlyShareWithTheYearlyAverage(
        String first,
        String second,
        String third,
        String elapsed,
        String distance,
        String ratio,
        String projected,
        Assessment assessment) {
      Map<Integer, BigDecimal> years = years(2021, first, 2022, second);
      if (third != null) {
        years.put(2023, d(third));
      }
      Outlook outlook = accidents(years);
      assertNumbers(outlook, elapsed, distance, null, null, ratio, projected);
      assertThat(outlook.assessment()).isEqualTo(assessment);
    }

    /**
     * A ceiling is achieved only when every year is in: 5 × 96 = 480 ≤ 500, R = 100 ÷ 96 =
     * 1.041666… → 1.0417. 5 × 120 = 600 > 500: 100 ÷ 120 = 0.8333, and the plan is over.
     */
    @Test
    void shouldFindACeilingAchievedOnlyWhenEveryYearIsIn() {
      Outlook within = accidents(years(2021, "96", 2022, "96", 2023, "96", 2024, "96", 2025, "96"));
      assertNumbers(within, "100.00", "96.00", null, null, "1.0417", "480");
      assertThat(within.assessment()).isEqualTo(ACHIEVED);
      Outlook over =
          accidents(years(2021, "120", 2022, "120", 2023, "120", 2024, "120", 2025, "120"));
      assertThat(over.ratio()).isEqualTo(d("0.8333"));
      assertThat(over.assessment()).isEqualTo(ACCELERATION_NEEDED);
      assertThat(over.explanation()).contains("The plan is over");
    }

    /** Nothing counted under a ceiling: no ratio (0 ÷ 0 a year), on track. */
    @Test
    void shouldFindANothingCountedCeilingOnTrack() {
      Outlook outlook = accidents(years(2021, "0", 2022, "0"));
      assertNumbers(outlook, "40.00", "0.00", null, null, null, "0");
      assertThat(outlook.assessment()).isEqualTo(ON_TRACK);
    }

    /**
     * Exactly 1,000 over 2021-2025: 600 after 3 years covers 60.00 % of it in 60.00 % of the years,
     * a pace of 0.6 ÷ 0.6 = 1.0000; projected 600 ÷ 3 × 5 = 1,000. 300: 30.00 %, pace 0.5000. 1,200
     * has passed it: 200 beyond, (1,000 − 200) ÷ 1,000 = 80.00 %, deterioration. Every year in,
     * 1,000 in all: achieved.
     */
    @Test
    void shouldAnswerAnExactTotal() {
      Outlook onPace = rehabilitation(years(2021, "200", 2022, "200", 2023, "200"));
      assertNumbers(onPace, "60.00", "60.00", null, null, null, "1000");
      assertThat(onPace.assessment()).isEqualTo(ON_TRACK);
      assertThat(onPace.explanation()).contains("a pace of 1.0000");
      Outlook slow = rehabilitation(years(2021, "100", 2022, "100", 2023, "100"));
      assertThat(slow.distanceTravelled()).isEqualTo(d("30.00"));
      assertThat(slow.assessment()).isEqualTo(LIMITED_PROGRESS);
      Outlook passed = rehabilitation(years(2021, "400", 2022, "400", 2023, "400"));
      assertNumbers(passed, "60.00", "80.00", null, null, null, "2000");
      assertThat(passed.assessment()).isEqualTo(DETERIORATION);
      Outlook done =
          rehabilitation(years(2021, "200", 2022, "200", 2023, "200", 2024, "200", 2025, "200"));
      assertThat(done.assessment()).isEqualTo(ACHIEVED);
      assertThat(done.distanceTravelled()).isEqualTo(d("100.00"));
    }

    private static Outlook jobs(Map<Integer, BigDecimal> years) {
      return Outlook.of(plan("65000", AT_LEAST), SUM, 0, null, years);
    }

    private static Outlook accidents(Map<Integer, BigDecimal> years) {
      return Outlook.of(plan("500", AT_MOST), SUM, 0, null, years);
    }

    private static Outlook rehabilitation(Map<Integer, BigDecimal> years) {
      return Outlook.of(plan("1000", EXACTLY), SUM, 0, null, years);
    }
  }

  @Nested
  class Rounding {

    /**
     * 100 → 100.01000025 in two years: 1.0001000025 = 1.00005², so exactly 0.00005 a year, a tie:
     * half-up gives 0.0001 (half-even would give 0.0000, and a root computed a hair low 0.0000). R
     * = 0.00005 ÷ 0.2 = 0.00025, a tie again: 0.0003.
     */
    @Test
    void shouldRoundAnExactTieOfAGrowthRateHalfUp() {
      Outlook outlook = level("248.832", AT_LEAST, 8, years(2022, "100.01000025"));
      assertThat(outlook.observedGrowth()).isEqualTo(d("0.0001"));
      assertThat(outlook.ratio()).isEqualTo(d("0.0003"));
      assertThat(outlook.assessment()).isEqualTo(LIMITED_PROGRESS);
    }

    /**
     * 99.99000025 = 100 × 0.99995²: −0.00005 a year → −0.0001 (half-up rounds ties away from 0).
     */
    @Test
    void shouldRoundANegativeTieAwayFromZero() {
      Outlook outlook = level("248.832", AT_LEAST, 8, years(2022, "99.99000025"));
      assertThat(outlook.observedGrowth()).isEqualTo(d("-0.0001"));
      assertThat(outlook.ratio()).isEqualTo(d("-0.0003"));
      assertThat(outlook.assessment()).isEqualTo(DETERIORATION);
    }

    /** 100 → 144.45 of the way to 300: 44.45 ÷ 200 = 0.22225 → 22.23 % (a tie, half-up). */
    @Test
    void shouldRoundAPercentageTieHalfUp() {
      assertThat(level("300", AT_LEAST, 2, years(2023, "144.45")).distanceTravelled())
          .isEqualTo(d("22.23"));
    }

    /**
     * Plan 2021-2022, 2 → 3 in 2021: 0.5000 a year; 8 in 2022 requires √4 − 1 = 1.0000; R = 0.5000.
     * Projected 3 × 1.5 = 4.5 → 5 at no decimals (a tie). Elapsed 1 ÷ 2 = 50.00 %; distance 1 ÷ 6 =
     * 16.666… → 16.67 %.
     */
    @Test
    void shouldRoundAProjectionToTheIndicatorsDecimals() {
      Outlook outlook =
          Outlook.of(
              new Outlook.Plan(2021, 2022, d("8"), AT_LEAST),
              LAST,
              0,
              new Outlook.Point(2020, d("2")),
              years(2021, "3"));
      assertNumbers(outlook, "50.00", "16.67", "0.5000", "1.0000", "0.5000", "5");
    }

    /** A flow of 10 in 3 years of 5: projected 10 ÷ 3 × 5 = 16.666… → 17; R = 50 ÷ 60 = 0.8333. */
    @Test
    void shouldRoundAFlowsProjection() {
      Outlook outlook =
          Outlook.of(plan("20", AT_LEAST), SUM, 0, null, years(2021, "3", 2022, "3", 2023, "4"));
      assertThat(outlook.projected()).isEqualTo(d("17"));
      assertThat(outlook.ratio()).isEqualTo(d("0.8333"));
    }
  }

  @Nested
  class Roots {

    /** 1.01⁴⁰ (80 decimals) has the 40th root 1.01; 2.48832 the fifth root 1.2; 3 ÷ 2 is 1.5. */
    @Test
    void shouldFindADecimalRootExactly() {
      Outlook.Real exact = Outlook.Real.root(new BigDecimal("1.01").pow(40), BigDecimal.ONE, 40);
      assertThat(exact.exact()).isTrue();
      assertThat(exact.value()).isEqualTo(new BigDecimal("1.01"));
      assertThat(Outlook.Real.root(d("2.48832"), BigDecimal.ONE, 5).value()).isEqualTo(d("1.2"));
      assertThat(Outlook.Real.root(d("3"), d("2"), 1).value()).isEqualTo(d("1.5"));
    }

    /** √2 = 1.41421356237309504880168872420969807856967187537694807317667973799…, to 55 digits. */
    @Test
    void shouldComputeAnIrrationalRootToFiftyFiveDigits() {
      Outlook.Real root = Outlook.Real.root(d("2"), BigDecimal.ONE, 2);
      assertThat(root.exact()).isFalse();
      assertThat(root.value().setScale(54, RoundingMode.DOWN))
          .isEqualTo(d("1.414213562373095048801688724209698078569671875376948073"));
    }

    /** 1 ÷ 3 has no decimal form: its first root is the quotient itself, not exact. */
    @Test
    void shouldKeepANonTerminatingQuotientInexact() {
      Outlook.Real third = Outlook.Real.root(BigDecimal.ONE, d("3"), 1);
      assertThat(third.exact()).isFalse();
      assertThat(third.value().setScale(10, RoundingMode.DOWN)).isEqualTo(d("0.3333333333"));
    }
  }

  // The plan 2021-2025, a level with baseline 100 in 2020.

  private static Outlook.Plan plan(String target, Operator operator) {
    return new Outlook.Plan(2021, 2025, d(target), operator);
  }

  private static Outlook level(
      String target, Operator operator, int decimals, Map<Integer, BigDecimal> years) {
    return Outlook.of(plan(target, operator), LAST, decimals, BASELINE_100, years);
  }

  /** Years and values, alternately. */
  private static Map<Integer, BigDecimal> years(Object... pairs) {
    Map<Integer, BigDecimal> years = new TreeMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      years.put((Integer) pairs[i], d((String) pairs[i + 1]));
    }
    return years;
  }

  /** Each number with its scale, or null where the method gives none. */
  private static void assertNumbers(
      Outlook outlook,
      String elapsed,
      String distance,
      String observed,
      String required,
      String ratio,
      String projected) {
    assertThat(outlook.elapsedShare()).as("elapsedShare").isEqualTo(number(elapsed));
    assertThat(outlook.distanceTravelled()).as("distanceTravelled").isEqualTo(number(distance));
    assertThat(outlook.observedGrowth()).as("observedGrowth").isEqualTo(number(observed));
    assertThat(outlook.requiredGrowth()).as("requiredGrowth").isEqualTo(number(required));
    assertThat(outlook.ratio()).as("ratio").isEqualTo(number(ratio));
    assertThat(outlook.projected()).as("projected").isEqualTo(number(projected));
  }

  private static BigDecimal number(String text) {
    return text == null ? null : d(text);
  }

  private static BigDecimal d(String text) {
    return new BigDecimal(text);
  }
}

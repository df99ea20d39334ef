package vn.chitieu.outlook;

import static java.math.RoundingMode.HALF_UP;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.TreeMap;
import vn.chitieu.indicator.Aggregation;
import vn.chitieu.plan.Operator;

/**
 * Will a plan-period target be met at the pace so far? The method of docs/design.md ("Outlook"):
 * Statistics Canada's progress measure as Open SDG uses it, after Eurostat — the observed compound
 * annual growth since the baseline over the growth the target requires — with flows summed instead
 * of compounded and every edge case answered. Plain code: no CDI, no database.
 *
 * <p>{@code elapsedShare} and {@code distanceTravelled} are percentages (60.00 is 60 %), half-up to
 * 2 decimals; {@code observedGrowth} and {@code requiredGrowth} are rates (0.1000 is 10 % a year)
 * and {@code ratio} a pure number, half-up to 4 decimals; {@code projected} is in the indicator's
 * unit, half-up to its decimals. The assessment is read from the ratio as shown, rounded, so that a
 * reader can check it against the thresholds.
 *
 * <p>Arithmetic is exact where it can be (sums, quotients: {@link BigDecimal#divide(BigDecimal,
 * int, RoundingMode)} rounds the exact quotient). A compound rate needs an n-th root, computed by
 * Newton's method to 60 significant digits; a root that is a decimal is found exactly (the rounded
 * root, raised to the n-th power, gives back the quotient), so results that lie on a rounding tie
 * round as the exact value does. Any other root is irrational, never on a tie, and 60 digits place
 * it on the right side of every rounding here.
 */
public record Outlook(
    BigDecimal elapsedShare,
    BigDecimal distanceTravelled,
    BigDecimal observedGrowth,
    BigDecimal requiredGrowth,
    BigDecimal ratio,
    BigDecimal projected,
    Assessment assessment,
    String explanation) {

  /** The smallest ratio that is ON_TRACK. */
  public static final BigDecimal ON_TRACK_FROM = new BigDecimal("0.95");

  /** The smallest ratio that is ACCELERATION_NEEDED. */
  public static final BigDecimal ACCELERATION_NEEDED_FROM = new BigDecimal("0.60");

  static final int RATE_SCALE = 4;
  static final int PERCENT_SCALE = 2;

  private static final MathContext WORK = new MathContext(60, RoundingMode.HALF_EVEN);
  private static final MathContext CANDIDATE = new MathContext(30, RoundingMode.HALF_EVEN);
  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * The target of a plan period: its first and last years, the value (for a flow, the total over
   * the plan's years) and how an achievement compares with it.
   */
  public record Plan(int firstYear, int lastYear, BigDecimal target, Operator operator) {

    public Plan {
      Objects.requireNonNull(target, "target");
      Objects.requireNonNull(operator, "operator");
      if (lastYear <= firstYear) {
        throw new IllegalArgumentException("A plan period spans two years or more");
      }
    }

    /** The plan period as written, such as 2021-2025. */
    String period() {
      return firstYear + "-" + lastYear;
    }
  }

  /** A value in a year: the baseline. */
  public record Point(int year, BigDecimal value) {

    public Point {
      Objects.requireNonNull(value, "value");
    }
  }

  /**
   * The outlook of a plan's target.
   *
   * @param baseline where the indicator stood before the plan, null if unknown; it must come before
   *     the plan's first year
   * @param annual the annual achievements by year; those outside the plan's years are left aside
   * @param decimals the indicator's decimals, to which the projection is rounded
   */
  public static Outlook of(
      Plan plan,
      Aggregation aggregation,
      int decimals,
      Point baseline,
      Map<Integer, BigDecimal> annual) {
    if (baseline != null && baseline.year() >= plan.firstYear()) {
      throw new IllegalArgumentException("The baseline must come before the plan's first year");
    }
    NavigableMap<Integer, BigDecimal> years =
        new TreeMap<>(annual).subMap(plan.firstYear(), true, plan.lastYear(), true);
    return aggregation == Aggregation.SUM
        ? flow(plan, decimals, years)
        : level(plan, decimals, baseline, years);
  }

  // Levels: the latest value against the baseline, compounded.

  private static Outlook level(
      Plan plan, int decimals, Point baseline, NavigableMap<Integer, BigDecimal> years) {
    List<String> missing = new ArrayList<>();
    if (baseline == null) {
      missing.add(
          "no baseline: the target gives none and no annual achievement is held for "
              + (plan.firstYear() - 1));
    }
    if (years.isEmpty()) {
      missing.add(noAnnualAchievement(plan));
    }
    if (!missing.isEmpty()) {
      return insufficient(missing);
    }
    int t0 = baseline.year();
    int ti = years.lastKey();
    int tT = plan.lastYear();
    BigDecimal y0 = baseline.value();
    BigDecimal yi = years.lastEntry().getValue();
    BigDecimal yT = plan.target();
    BigDecimal elapsed = percent(BigDecimal.valueOf(ti - t0), BigDecimal.valueOf(tT - t0));
    boolean latestMet = satisfies(yi, plan);
    if (plan.operator() == Operator.EXACTLY) {
      return exactLevel(plan, elapsed, y0, yi, ti - t0, tT - t0, latestMet);
    }
    boolean positive = y0.signum() > 0 && yi.signum() > 0;
    if (satisfies(y0, plan)) {
      BigDecimal observed = null;
      BigDecimal projected;
      if (positive) {
        Real root = Real.root(yi, y0, ti - t0);
        observed = root.minusOne().round(RATE_SCALE);
        projected = root.pow(tT - ti).times(yi).round(decimals);
      } else {
        projected = linearProjection(y0, yi, ti - t0, tT - ti, decimals);
      }
      return new Outlook(
          elapsed,
          null,
          observed,
          null,
          null,
          projected,
          latestMet ? Assessment.ACHIEVED : Assessment.DETERIORATION,
          latestMet
              ? "The baseline already met the target, and the latest value still does."
              : "The baseline already met the target; the latest value no longer does.");
    }
    BigDecimal distance = percent(yi.subtract(y0), yT.subtract(y0));
    BigDecimal observed = null;
    BigDecimal required = null;
    BigDecimal ratio;
    BigDecimal projected;
    String explanation;
    if (positive && yT.signum() > 0) {
      Real observedRoot = Real.root(yi, y0, ti - t0);
      Real observedRate = observedRoot.minusOne();
      Real requiredRate = Real.root(yT, y0, tT - t0).minusOne();
      observed = observedRate.round(RATE_SCALE);
      required = requiredRate.round(RATE_SCALE);
      ratio = Real.quotient(observedRate, requiredRate, RATE_SCALE);
      projected = observedRoot.pow(tT - ti).times(yi).round(decimals);
      explanation =
          "The compound annual growth since the baseline against the growth the target requires.";
    } else {
      // (yi − y0) / (ti − t0) ÷ (yT − y0) / (tT − t0), as one exact quotient.
      ratio =
          yi.subtract(y0)
              .multiply(BigDecimal.valueOf(tT - t0))
              .divide(yT.subtract(y0).multiply(BigDecimal.valueOf(ti - t0)), RATE_SCALE, HALF_UP);
      projected = linearProjection(y0, yi, ti - t0, tT - ti, decimals);
      explanation =
          "The baseline, the latest value or the target is zero or negative, where growth does not"
              + " compound: the linear form, the average annual change since the baseline against"
              + " the one the target requires.";
    }
    Assessment assessment = latestMet ? Assessment.ACHIEVED : classify(ratio);
    return new Outlook(
        elapsed,
        distance,
        observed,
        required,
        ratio,
        projected,
        assessment,
        latestMet ? "The latest value already meets the target." : ended(explanation, ti == tT));
  }

  /**
   * An EXACTLY target: no growth ratio. The share of the baseline's distance to the target that has
   * been closed, against the share of time elapsed; passing the target counts as distance again, as
   * in the margin of progress.
   */
  private static Outlook exactLevel(
      Plan plan,
      BigDecimal elapsed,
      BigDecimal y0,
      BigDecimal yi,
      int yearsElapsed,
      int yearsInAll,
      boolean latestMet) {
    BigDecimal gapThen = y0.subtract(plan.target()).abs();
    if (gapThen.signum() == 0) {
      return withoutGrowth(
          elapsed,
          null,
          null,
          null,
          latestMet ? Assessment.ACHIEVED : Assessment.DETERIORATION,
          latestMet
              ? "The baseline already was the exact target, and the latest value still is."
              : "The baseline already was the exact target; the latest value no longer is.");
    }
    BigDecimal closed = gapThen.subtract(yi.subtract(plan.target()).abs());
    BigDecimal distance = percent(closed, gapThen);
    if (latestMet) {
      return withoutGrowth(
          elapsed,
          distance,
          null,
          null,
          Assessment.ACHIEVED,
          "The latest value is the exact target.");
    }
    BigDecimal pace =
        closed
            .multiply(BigDecimal.valueOf(yearsInAll))
            .divide(gapThen.multiply(BigDecimal.valueOf(yearsElapsed)), RATE_SCALE, HALF_UP);
    return withoutGrowth(
        elapsed,
        distance,
        null,
        null,
        classify(pace),
        exactExplanation("baseline's distance to it", distance, elapsed, pace));
  }

  // Flows: the total of the years reported, pro rata.

  private static Outlook flow(Plan plan, int decimals, NavigableMap<Integer, BigDecimal> years) {
    if (years.isEmpty()) {
      return insufficient(List.of(noAnnualAchievement(plan)));
    }
    BigDecimal yT = plan.target();
    BigDecimal planYears = BigDecimal.valueOf(plan.lastYear() - plan.firstYear() + 1L);
    BigDecimal reported = BigDecimal.valueOf(years.size());
    BigDecimal total = years.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    boolean complete = years.size() == plan.lastYear() - plan.firstYear() + 1;
    int ti = years.lastKey();
    BigDecimal elapsed = percent(BigDecimal.valueOf(ti - plan.firstYear() + 1L), planYears);
    // The total at the yearly average so far: total ÷ years reported × plan years.
    BigDecimal projected = total.multiply(planYears).divide(reported, decimals, HALF_UP);
    String sums =
        "the yearly average of the "
            + years.size()
            + (years.size() == 1 ? " year" : " years")
            + " reported (total "
            + total.toPlainString()
            + ")";
    String share =
        "the target's yearly share (" + yT.toPlainString() + " over " + planYears + " years)";
    return switch (plan.operator()) {
      case AT_LEAST ->
          atLeastFlow(plan, total, reported, planYears, elapsed, projected, complete, sums, share);
      case AT_MOST ->
          atMostFlow(plan, total, reported, planYears, elapsed, projected, complete, sums, share);
      case EXACTLY -> exactFlow(plan, total, reported, planYears, elapsed, projected, complete);
    };
  }

  /**
   * An outlook without compound rates: a flow, an EXACTLY target, or an answer given before any
   * growth is computed.
   */
  private static Outlook withoutGrowth(
      BigDecimal elapsed,
      BigDecimal distance,
      BigDecimal ratio,
      BigDecimal projected,
      Assessment assessment,
      String explanation) {
    return new Outlook(elapsed, distance, null, null, ratio, projected, assessment, explanation);
  }

  private static Outlook atLeastFlow(
      Plan plan,
      BigDecimal total,
      BigDecimal reported,
      BigDecimal planYears,
      BigDecimal elapsed,
      BigDecimal projected,
      boolean complete,
      String sums,
      String share) {
    BigDecimal yT = plan.target();
    BigDecimal distance = yT.signum() == 0 ? null : percent(total, yT);
    // (total ÷ years reported) ÷ (target ÷ plan years), as one exact quotient.
    BigDecimal ratio =
        yT.signum() > 0
            ? total.multiply(planYears).divide(reported.multiply(yT), RATE_SCALE, HALF_UP)
            : null;
    if (total.compareTo(yT) >= 0) {
      return withoutGrowth(
          elapsed,
          distance,
          ratio,
          projected,
          Assessment.ACHIEVED,
          "A flow: the total of the years reported already meets the target.");
    }
    if (ratio == null) {
      return withoutGrowth(
          elapsed,
          distance,
          null,
          projected,
          Assessment.DETERIORATION,
          "A flow: the total of the years reported ("
              + total.toPlainString()
              + ") is below a target total of zero or less.");
    }
    return withoutGrowth(
        elapsed,
        distance,
        ratio,
        projected,
        classify(ratio),
        ended("A flow: " + sums + " against " + share + ".", complete));
  }

  private static Outlook atMostFlow(
      Plan plan,
      BigDecimal total,
      BigDecimal reported,
      BigDecimal planYears,
      BigDecimal elapsed,
      BigDecimal projected,
      boolean complete,
      String sums,
      String share) {
    BigDecimal yT = plan.target();
    BigDecimal distance = yT.signum() == 0 ? null : percent(total, yT);
    // A ceiling: (target ÷ plan years) ÷ (total ÷ years reported), at least 1 within it.
    BigDecimal ratio =
        total.signum() > 0
            ? yT.multiply(reported).divide(total.multiply(planYears), RATE_SCALE, HALF_UP)
            : null;
    if (complete && total.compareTo(yT) <= 0) {
      return withoutGrowth(
          elapsed,
          distance,
          ratio,
          projected,
          Assessment.ACHIEVED,
          "A flow with a ceiling: every year of the plan is reported and the total is within"
              + " the target.");
    }
    if (ratio == null) {
      // Nothing, or less, counted so far: within any ceiling the pro-rata total stays under.
      boolean within = total.multiply(planYears).compareTo(yT.multiply(reported)) <= 0;
      return withoutGrowth(
          elapsed,
          distance,
          null,
          projected,
          within ? Assessment.ON_TRACK : Assessment.DETERIORATION,
          "A flow with a ceiling: the total of the years reported is "
              + total.toPlainString()
              + "; no ratio, its yearly average being zero or less.");
    }
    return withoutGrowth(
        elapsed,
        distance,
        ratio,
        projected,
        classify(ratio),
        ended("A flow with a ceiling: " + share + " against " + sums + ".", complete));
  }

  /**
   * An EXACTLY flow: the share of the target total reached, against the share of the years
   * reported; a total past the target only moves further away as years are added.
   */
  private static Outlook exactFlow(
      Plan plan,
      BigDecimal total,
      BigDecimal reported,
      BigDecimal planYears,
      BigDecimal elapsed,
      BigDecimal projected,
      boolean complete) {
    BigDecimal yT = plan.target();
    if (complete && total.compareTo(yT) == 0) {
      return withoutGrowth(
          elapsed,
          yT.signum() == 0 ? null : HUNDRED.setScale(PERCENT_SCALE),
          null,
          projected,
          Assessment.ACHIEVED,
          "A flow: every year of the plan is reported and the total is the exact target.");
    }
    if (yT.signum() == 0) {
      boolean none = total.signum() == 0;
      return withoutGrowth(
          elapsed,
          null,
          null,
          projected,
          none ? Assessment.ON_TRACK : Assessment.DETERIORATION,
          none
              ? "A flow with an exact target of zero: nothing counted so far."
              : "A flow with an exact target of zero: the total of the years reported is "
                  + total.toPlainString()
                  + ".");
    }
    BigDecimal closed = yT.abs().subtract(yT.subtract(total).abs());
    BigDecimal distance = percent(closed, yT.abs());
    boolean passed = yT.signum() > 0 ? total.compareTo(yT) > 0 : total.compareTo(yT) < 0;
    if (passed) {
      return withoutGrowth(
          elapsed,
          distance,
          null,
          projected,
          Assessment.DETERIORATION,
          "A flow: the total of the years reported ("
              + total.toPlainString()
              + ") has passed the exact target, and further years only move it away.");
    }
    // (closed ÷ |target|) ÷ (years reported ÷ plan years), as one exact quotient.
    BigDecimal pace =
        closed.multiply(planYears).divide(yT.abs().multiply(reported), RATE_SCALE, HALF_UP);
    BigDecimal reportedShare = percent(reported, planYears);
    return withoutGrowth(
        elapsed,
        distance,
        null,
        projected,
        classify(pace),
        exactExplanation("target total", distance, reportedShare, pace));
  }

  // Shared steps.

  private static Outlook insufficient(List<String> missing) {
    String text = String.join("; ", missing);
    return withoutGrowth(
        null,
        null,
        null,
        null,
        Assessment.INSUFFICIENT_DATA,
        Character.toUpperCase(text.charAt(0)) + text.substring(1) + ".");
  }

  private static String noAnnualAchievement(Plan plan) {
    return "no annual achievement within " + plan.period() + " yet";
  }

  private static String exactExplanation(
      String from, BigDecimal distance, BigDecimal elapsed, BigDecimal pace) {
    return "An exact target, so no growth ratio: "
        + distance.toPlainString()
        + " % of the "
        + from
        + " is covered after "
        + elapsed.toPlainString()
        + " % of the time, a pace of "
        + pace.toPlainString()
        + " (read against the ratio's thresholds).";
  }

  /**
   * The explanation, saying so when the plan is over (a level's last year, or every year of a flow,
   * is reported) and the target was not met.
   */
  private static String ended(String explanation, boolean over) {
    return over ? explanation + " The plan is over and its target was not met." : explanation;
  }

  private static boolean satisfies(BigDecimal value, Plan plan) {
    int comparison = value.compareTo(plan.target());
    return switch (plan.operator()) {
      case AT_LEAST -> comparison >= 0;
      case AT_MOST -> comparison <= 0;
      case EXACTLY -> comparison == 0;
    };
  }

  /** The category of a ratio (or pace) as shown, rounded. */
  static Assessment classify(BigDecimal ratio) {
    if (ratio.compareTo(ON_TRACK_FROM) >= 0) {
      return Assessment.ON_TRACK;
    }
    if (ratio.compareTo(ACCELERATION_NEEDED_FROM) >= 0) {
      return Assessment.ACCELERATION_NEEDED;
    }
    return ratio.signum() >= 0 ? Assessment.LIMITED_PROGRESS : Assessment.DETERIORATION;
  }

  /** part × 100 ÷ whole, half-up to 2 decimals from the exact quotient. */
  private static BigDecimal percent(BigDecimal part, BigDecimal whole) {
    return part.multiply(HUNDRED).divide(whole, PERCENT_SCALE, HALF_UP);
  }

  /** yi + (yi − y0) ÷ n × m: the latest value moved on by the average annual change. */
  private static BigDecimal linearProjection(
      BigDecimal y0, BigDecimal yi, int yearsElapsed, int yearsLeft, int decimals) {
    BigDecimal n = BigDecimal.valueOf(yearsElapsed);
    return yi.multiply(n)
        .add(yi.subtract(y0).multiply(BigDecimal.valueOf(yearsLeft)))
        .divide(n, decimals, HALF_UP);
  }

  /**
   * A real number: exact when it is a decimal, otherwise correct to about 58 significant digits.
   */
  record Real(BigDecimal value, boolean exact) {

    /**
     * The n-th root of numerator ÷ denominator (both positive), by Newton's method from the
     * double's estimate: x ← ((n − 1) x + a ÷ x^(n−1)) ÷ n, to 60 significant digits.
     */
    static Real root(BigDecimal numerator, BigDecimal denominator, int n) {
      BigDecimal a = numerator.divide(denominator, WORK);
      BigDecimal x = new BigDecimal(Math.pow(a.doubleValue(), 1.0 / n), WORK);
      BigDecimal degree = BigDecimal.valueOf(n);
      BigDecimal lower = BigDecimal.valueOf(n - 1L);
      for (int step = 0; step < 100; step++) {
        BigDecimal next =
            lower.multiply(x).add(a.divide(x.pow(n - 1, WORK), WORK)).divide(degree, WORK);
        boolean settled = next.subtract(x).abs().compareTo(next.movePointLeft(56)) <= 0;
        x = next;
        if (settled) {
          break;
        }
      }
      // A decimal root is found exactly: rounded, its n-th power gives back the quotient.
      BigDecimal candidate = x.round(CANDIDATE).stripTrailingZeros();
      if (candidate.pow(n).multiply(denominator).compareTo(numerator) == 0) {
        return new Real(candidate, true);
      }
      return new Real(x, false);
    }

    Real minusOne() {
      return new Real(value.subtract(BigDecimal.ONE), exact);
    }

    Real pow(int n) {
      return exact ? new Real(value.pow(n), true) : new Real(value.pow(n, WORK), false);
    }

    Real times(BigDecimal factor) {
      return exact
          ? new Real(value.multiply(factor), true)
          : new Real(value.multiply(factor, WORK), false);
    }

    BigDecimal round(int scale) {
      return value.setScale(scale, HALF_UP);
    }

    static BigDecimal quotient(Real dividend, Real divisor, int scale) {
      return dividend.exact && divisor.exact
          ? dividend.value.divide(divisor.value, scale, HALF_UP)
          : dividend.value.divide(divisor.value, WORK).setScale(scale, HALF_UP);
    }
  }
}

package vn.chitieu;

import java.math.BigDecimal;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.Measure;
import vn.chitieu.indicator.Polarity;

/** Indicators as the demo data defines them, as plain objects for tests without a database. */
public final class IndicatorSamples {

  private IndicatorSamples() {}

  /** A percentage with two decimals, 0 to 100, lower is better. */
  public static Indicator poorHouseholdRate() {
    Indicator indicator = newJobs();
    indicator.code = "POOR_HOUSEHOLD_RATE";
    indicator.measure = Measure.PERCENT;
    indicator.decimals = 2;
    indicator.polarity = Polarity.LOWER_IS_BETTER;
    indicator.maxValue = new BigDecimal("100");
    return indicator;
  }

  /** A count of people: whole numbers from 0, no upper bound, higher is better. */
  public static Indicator newJobs() {
    Indicator indicator = new Indicator();
    indicator.code = "NEW_JOBS";
    indicator.measure = Measure.COUNT;
    indicator.polarity = Polarity.HIGHER_IS_BETTER;
    indicator.minValue = BigDecimal.ZERO;
    return indicator;
  }
}

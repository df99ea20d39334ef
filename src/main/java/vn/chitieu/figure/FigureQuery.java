package vn.chitieu.figure;

import java.time.Instant;
import vn.chitieu.common.Period;

/**
 * Which figures a list or a comparison reads. A part left null selects any; {@code from} and {@code
 * to} keep the figures whose period lies wholly within them; {@code updatedAfter} those created or
 * changed after an instant.
 */
public record FigureQuery(
    String indicator,
    Period period,
    String area,
    Period from,
    Period to,
    String sector,
    Instant updatedAfter) {

  /** The same, changed at any time. */
  public FigureQuery(
      String indicator, Period period, String area, Period from, Period to, String sector) {
    this(indicator, period, area, from, to, sector, null);
  }

  /** Every indicator's figures for one period and area, as the scorecard reads them. */
  public static FigureQuery ofPeriod(Period period, String area, String sector, String indicator) {
    return new FigureQuery(indicator, period, area, null, null, sector);
  }

  /** One indicator's figures in one area over a range of periods, as the series reads them. */
  public static FigureQuery ofIndicator(String indicator, String area, Period from, Period to) {
    return new FigureQuery(indicator, null, area, from, to, null);
  }
}

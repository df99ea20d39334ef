package vn.chitieu.figure;

import jakarta.persistence.Tuple;
import java.math.BigDecimal;
import vn.chitieu.indicator.Aggregation;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.Polarity;

/** What a comparison reads of any figure: its indicator's facts, period, area and value. */
public record FigureFacts(IndicatorFacts indicator, String period, String area, BigDecimal value) {

  /** What a comparison shows of a figure's indicator. */
  public record IndicatorFacts(
      String code,
      String nameVi,
      String nameEn,
      String unit,
      Polarity polarity,
      int decimals,
      Aggregation aggregation) {}

  /** The select list, on the figure alias {@code f} and its indicator {@code i}. */
  static final String COLUMNS =
      "i.code as code, i.nameVi as nameVi, i.nameEn as nameEn, i.unit as unit,"
          + " i.polarity as polarity, i.decimals as decimals, i.aggregation as aggregation,"
          + " f.period as period, f.area as area, f.value as value";

  /** The facts of a figure and its indicator, such as history read them as of an instant. */
  public static FigureFacts of(Figure figure, Indicator indicator) {
    return new FigureFacts(
        new IndicatorFacts(
            indicator.code,
            indicator.nameVi,
            indicator.nameEn,
            indicator.unit,
            indicator.polarity,
            indicator.decimals,
            indicator.aggregation),
        figure.period,
        figure.area,
        figure.value);
  }

  /** Reads the facts from a tuple that {@link FigureHql#select} returned. */
  public static FigureFacts of(Tuple row) {
    return new FigureFacts(
        new IndicatorFacts(
            row.get("code", String.class),
            row.get("nameVi", String.class),
            row.get("nameEn", String.class),
            row.get("unit", String.class),
            row.get("polarity", Polarity.class),
            row.get("decimals", Integer.class),
            row.get("aggregation", Aggregation.class)),
        row.get("period", String.class),
        row.get("area", String.class),
        row.get("value", BigDecimal.class));
  }
}

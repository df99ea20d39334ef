package vn.chitieu.plan;

import java.math.BigDecimal;
import vn.chitieu.figure.IndicatorFacts;
import vn.chitieu.indicator.Polarity;

/** A target as progress reads it: values only, no managed entity. */
public record TargetFigure(
    IndicatorFacts indicator, String period, String area, BigDecimal value, Operator operator) {

  /** The constructor HQL calls. */
  public TargetFigure(
      String code,
      String nameVi,
      String nameEn,
      String unit,
      Polarity polarity,
      int decimals,
      String period,
      String area,
      BigDecimal value,
      Operator operator) {
    this(
        new IndicatorFacts(code, nameVi, nameEn, unit, polarity, decimals),
        period,
        area,
        value,
        operator);
  }
}

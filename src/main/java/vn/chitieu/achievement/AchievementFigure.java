package vn.chitieu.achievement;

import java.math.BigDecimal;
import java.time.LocalDate;
import vn.chitieu.figure.IndicatorFacts;
import vn.chitieu.indicator.Polarity;

/** An achievement as progress reads it: values only, no managed entity. */
public record AchievementFigure(
    IndicatorFacts indicator,
    String period,
    String area,
    BigDecimal value,
    Status status,
    LocalDate reportedOn) {

  /** The constructor HQL calls. */
  public AchievementFigure(
      String code,
      String nameVi,
      String nameEn,
      String unit,
      Polarity polarity,
      int decimals,
      String period,
      String area,
      BigDecimal value,
      Status status,
      LocalDate reportedOn) {
    this(
        new IndicatorFacts(code, nameVi, nameEn, unit, polarity, decimals),
        period,
        area,
        value,
        status,
        reportedOn);
  }
}

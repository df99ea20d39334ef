package vn.chitieu.figure;

import vn.chitieu.indicator.Polarity;

/** What a comparison shows of a figure's indicator, read with the figure in one query. */
public record IndicatorFacts(
    String code, String nameVi, String nameEn, String unit, Polarity polarity, int decimals) {

  /** The HQL select list for these facts, on the indicator alias {@code i}. */
  public static final String SELECT = "i.code, i.nameVi, i.nameEn, i.unit, i.polarity, i.decimals";
}

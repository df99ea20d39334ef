package vn.chitieu.figure;

/** What makes a target or an achievement unique: its indicator, period and area. */
public record FigureKey(String indicator, String period, String area) {

  public static FigureKey of(Figure figure) {
    return new FigureKey(figure.indicator.code, figure.period, figure.area);
  }
}

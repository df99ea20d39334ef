package vn.chitieu.achievement;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chitieu.common.Decimals;
import vn.chitieu.common.Period;
import vn.chitieu.common.sheet.SheetWriter;
import vn.chitieu.figure.FigureColumns;
import vn.chitieu.indicator.Indicator;

/** Between achievement requests, entities and responses. */
public final class AchievementMapper {

  private AchievementMapper() {}

  public static AchievementResponse toResponse(Achievement achievement) {
    return new AchievementResponse(
        achievement.id,
        achievement.indicator.code,
        achievement.period,
        achievement.area,
        achievement.value,
        achievement.status,
        achievement.reportedOn,
        achievement.source,
        achievement.note,
        achievement.createdBy,
        achievement.createdAt,
        achievement.updatedBy,
        achievement.updatedAt,
        achievement.version);
  }

  /** The stored achievement as a request that would write it again, without a reason. */
  static AchievementRequest toRequest(Achievement achievement) {
    return new AchievementRequest(
        achievement.indicator.code,
        Period.parse(achievement.period),
        achievement.area,
        achievement.value,
        achievement.status,
        achievement.reportedOn,
        achievement.source,
        achievement.note,
        null);
  }

  /** The achievement as a row of a CSV file or workbook ({@link FigureColumns}). */
  static List<Object> toRow(Achievement achievement) {
    Map<String, Object> cells = new HashMap<>();
    cells.put(FigureColumns.KIND, FigureColumns.ACHIEVEMENT);
    cells.put(FigureColumns.INDICATOR, achievement.indicator.code);
    cells.put(FigureColumns.PERIOD, achievement.period);
    cells.put(FigureColumns.AREA, achievement.area);
    cells.put(
        FigureColumns.VALUE,
        new SheetWriter.Decimal(achievement.value, achievement.indicator.decimals));
    cells.put(FigureColumns.STATUS, achievement.status.name());
    cells.put(FigureColumns.REPORTED_ON, achievement.reportedOn.toString());
    cells.put(FigureColumns.SOURCE, achievement.source);
    cells.put(FigureColumns.NOTE, achievement.note);
    return FigureColumns.row(cells);
  }

  static void apply(
      AchievementRequest request,
      Indicator indicator,
      String area,
      LocalDate reportedOn,
      Achievement achievement) {
    achievement.indicator = indicator;
    achievement.placeIn(request.period());
    achievement.area = area;
    achievement.value = Decimals.normalize(request.value());
    achievement.status = request.status();
    achievement.reportedOn = reportedOn;
    achievement.source = request.source();
    achievement.note = request.note();
  }
}

package vn.chitieu.exchange;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;
import vn.chitieu.common.sheet.SheetWriter;
import vn.chitieu.figure.FigureColumns;

/**
 * The blank import: the columns, and an example row of each kind taken from the demo data (the
 * province's 2021 plan and its review of 16 December 2020), so that importing the template as it
 * comes changes nothing there.
 */
final class ImportTemplate {

  private ImportTemplate() {}

  static void write(SheetWriter sheet, ImportKind only) throws IOException {
    sheet.sheet("Import");
    sheet.row(FigureColumns.ALL);
    if (only != ImportKind.ACHIEVEMENT) {
      Map<String, Object> target = new HashMap<>();
      target.put(FigureColumns.KIND, FigureColumns.TARGET);
      target.put(FigureColumns.INDICATOR, "POOR_HOUSEHOLD_RATE");
      target.put(FigureColumns.PERIOD, "2021");
      target.put(FigureColumns.AREA, "22");
      target.put(FigureColumns.VALUE, new BigDecimal("0.14"));
      target.put(FigureColumns.OPERATOR, "AT_MOST");
      target.put(FigureColumns.BASELINE_PERIOD, "2020");
      target.put(FigureColumns.BASELINE_VALUE, new BigDecimal("0.23"));
      target.put(FigureColumns.BASIS, "Kế hoạch năm 2021");
      sheet.row(FigureColumns.row(target));
    }
    if (only != ImportKind.TARGET) {
      Map<String, Object> achievement = new HashMap<>();
      achievement.put(FigureColumns.KIND, FigureColumns.ACHIEVEMENT);
      achievement.put(FigureColumns.INDICATOR, "SOCIAL_INSURANCE_PARTICIPANTS");
      achievement.put(FigureColumns.PERIOD, "2020");
      achievement.put(FigureColumns.AREA, "22");
      achievement.put(FigureColumns.VALUE, new BigDecimal("263050"));
      achievement.put(FigureColumns.STATUS, "ESTIMATED");
      achievement.put(FigureColumns.REPORTED_ON, "2020-12-16");
      achievement.put(
          FigureColumns.SOURCE, "Hội nghị tổng kết năm 2020 của Sở LĐ-TB&XH (16/12/2020)");
      sheet.row(FigureColumns.row(achievement));
    }
  }
}

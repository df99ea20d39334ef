package vn.chitieu.progress;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.chitieu.achievement.Status;
import vn.chitieu.common.sheet.SheetWriter;
import vn.chitieu.plan.Operator;

/**
 * The scorecard as a table a department can attach to its report: Vietnamese headers with the
 * English ones in the row below (a CSV file, read by programs, has the English row alone), the
 * unit, the outcome in words, and numbers as numbers with the indicator's decimals.
 */
final class ScorecardSheet {

  private static final List<String> VIETNAMESE =
      List.of(
          "Mã chỉ tiêu",
          "Tên chỉ tiêu",
          "Đơn vị tính",
          "Kế hoạch",
          "Điều kiện đạt",
          "Thực hiện",
          "Loại số liệu",
          "Ngày báo cáo",
          "Kết quả",
          "Chênh lệch",
          "% so với kế hoạch");

  private static final List<String> ENGLISH =
      List.of(
          "code",
          "name",
          "unit",
          "target",
          "operator",
          "achievement",
          "status",
          "reportedOn",
          "outcome",
          "margin",
          "percentOfTarget");

  private static final Map<Outcome, String> OUTCOMES =
      Map.of(
          Outcome.EXCEEDED, "Vượt kế hoạch",
          Outcome.MET, "Đạt kế hoạch",
          Outcome.NOT_MET, "Không đạt",
          Outcome.NO_TARGET, "Chưa có kế hoạch",
          Outcome.NO_DATA, "Chưa có số liệu");

  private static final Map<Operator, String> OPERATORS =
      Map.of(
          Operator.AT_LEAST, "Tối thiểu",
          Operator.AT_MOST, "Tối đa",
          Operator.EXACTLY, "Đúng bằng");

  private static final Map<Status, String> STATUSES =
      Map.of(
          Status.ESTIMATED, "Ước tính",
          Status.PRELIMINARY, "Sơ bộ",
          Status.OFFICIAL, "Chính thức");

  private ScorecardSheet() {}

  /** The scorecard's rows; {@code words}: Vietnamese headers and outcomes, else codes. */
  static void write(SheetWriter sheet, String title, List<ProgressRow> rows, boolean words)
      throws IOException {
    sheet.sheet(title);
    if (words) {
      sheet.row(VIETNAMESE);
    }
    sheet.row(ENGLISH);
    for (ProgressRow row : rows) {
      int decimals = row.indicator().decimals();
      List<Object> cells = new ArrayList<>();
      cells.add(row.indicator().code());
      cells.add(row.indicator().name().vi());
      cells.add(row.indicator().unit());
      cells.add(
          row.target() == null ? null : new SheetWriter.Decimal(row.target().value(), decimals));
      cells.add(
          row.target() == null
              ? null
              : words ? OPERATORS.get(row.target().operator()) : row.target().operator().name());
      cells.add(
          row.achievement() == null
              ? null
              : new SheetWriter.Decimal(row.achievement().value(), decimals));
      cells.add(
          row.achievement() == null
              ? null
              : words
                  ? STATUSES.get(row.achievement().status())
                  : row.achievement().status().name());
      cells.add(row.achievement() == null ? null : row.achievement().reportedOn().toString());
      cells.add(words ? OUTCOMES.get(row.outcome()) : row.outcome().name());
      cells.add(row.margin() == null ? null : new SheetWriter.Decimal(row.margin(), decimals));
      cells.add(
          row.percentOfTarget() == null ? null : new SheetWriter.Decimal(row.percentOfTarget(), 2));
      sheet.row(cells);
    }
  }
}

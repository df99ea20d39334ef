package vn.chitieu.exchange;

import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.common.problem.RowError;
import vn.chitieu.figure.FigureColumns;

/**
 * A CSV or workbook row as the JSON object a single write takes: numbers become JSON numbers, a
 * target's two baseline columns its {@code baseline} object, every other cell a string. The other
 * kind's columns must be empty.
 */
final class FigureCells {

  /** A decimal as files write it: a point, no thousands separators, an exponent allowed. */
  private static final Pattern NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?([eE][-+]?\\d{1,4})?");

  private static final List<String> NUMBERS =
      List.of(FigureColumns.VALUE, FigureColumns.BASELINE_VALUE);

  private FigureCells() {}

  /** Refuses a header naming a column the import does not know. */
  static void checkHeader(List<String> columns) {
    List<String> unknown =
        columns.stream().filter(column -> !FigureColumns.ALL.contains(column)).toList();
    if (!unknown.isEmpty()) {
      throw ApiException.invalid(
          "header",
          "names unknown columns "
              + String.join(", ", unknown)
              + "; the columns are "
              + String.join(", ", FigureColumns.ALL));
    }
  }

  /**
   * The row's cells, {@code kind} left out, as a JSON object for its kind; problems of form are
   * added to {@code problems}.
   */
  static ObjectNode toJson(
      int row, ImportKind kind, Map<String, String> cells, List<RowError> problems) {
    ObjectNode json = JsonNodeFactory.instance.objectNode();
    List<String> foreign =
        kind == ImportKind.TARGET ? FigureColumns.ACHIEVEMENT_ONLY : FigureColumns.TARGET_ONLY;
    List<RowError> found = new ArrayList<>();
    for (Map.Entry<String, String> cell : cells.entrySet()) {
      String column = cell.getKey();
      String text = cell.getValue();
      if (column.equals(FigureColumns.KIND)) {
        continue;
      }
      if (foreign.contains(column)) {
        found.add(
            new RowError(
                row,
                column,
                "is for "
                    + (kind == ImportKind.TARGET ? "achievements" : "targets")
                    + "; leave it empty in a "
                    + kind.word()
                    + " row"));
        continue;
      }
      ObjectNode into = json;
      String member = column;
      if (column.equals(FigureColumns.BASELINE_PERIOD)
          || column.equals(FigureColumns.BASELINE_VALUE)) {
        into =
            json.has("baseline") ? (ObjectNode) json.get("baseline") : json.putObject("baseline");
        member = column.equals(FigureColumns.BASELINE_PERIOD) ? "period" : "value";
      }
      if (NUMBERS.contains(column)) {
        if (text.length() > 60 || !NUMBER.matcher(text).matches()) {
          found.add(
              new RowError(
                  row,
                  column,
                  "must be a number written with a decimal point and no thousands separators,"
                      + " such as 1234.5"));
          continue;
        }
        // As written: 1.80 stays 1.80, as in a JSON body (the factory would strip the zero).
        into.set(member, DecimalNode.valueOf(new BigDecimal(text)));
      } else {
        into.put(member, text);
      }
    }
    problems.addAll(found);
    return json;
  }

  /** The column a request's field comes from: {@code baseline.period} is {@code baselinePeriod}. */
  static String column(String field) {
    return switch (field) {
      case "baseline.period" -> FigureColumns.BASELINE_PERIOD;
      case "baseline.value" -> FigureColumns.BASELINE_VALUE;
      default -> field;
    };
  }
}

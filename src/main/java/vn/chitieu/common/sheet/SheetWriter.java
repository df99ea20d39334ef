package vn.chitieu.common.sheet;

import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.List;

/**
 * Writes a table row by row to a stream, so that a large export is never built in memory. Cells are
 * text ({@link String}), exact numbers ({@link BigDecimal}, or {@link Number} to show it with a
 * number of decimals) or null for an empty cell; text that a spreadsheet could take for a formula
 * is guarded ({@link FormulaGuard}).
 */
public interface SheetWriter extends Closeable {

  /**
   * Starts a sheet: a workbook gets a new sheet of this name; a CSV file takes only the first, and
   * a second is an error.
   */
  void sheet(String name) throws IOException;

  void row(List<?> cells) throws IOException;

  /** A number shown with a fixed number of decimals, such as an indicator's. */
  record Decimal(BigDecimal value, int decimals) {}

  static SheetWriter open(SheetFormat format, OutputStream out) {
    return switch (format) {
      case CSV -> new CsvSheetWriter(out);
      case XLSX -> new XlsxSheetWriter(out);
    };
  }
}

package vn.chitieu.common.sheet;

import java.io.InputStream;
import java.util.List;
import java.util.function.Consumer;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.common.problem.ProblemType;

/**
 * Reads a table row by row, never the whole file into objects: the first row is the header, every
 * later non-empty row is handed on under it. A file with more than {@code maxRows} rows below the
 * header is refused with a 413 as soon as the reading reaches that row.
 */
public final class SheetReader {

  private SheetReader() {}

  /**
   * Reads the table; {@code header} sees the column names first and may refuse them, {@code rows}
   * then sees each row. A file that cannot be read is a 400 saying where and why.
   */
  public static void read(
      SheetFormat format,
      InputStream in,
      int maxRows,
      Consumer<List<String>> header,
      Consumer<SheetRow> rows) {
    switch (format) {
      case CSV -> CsvSheetReader.read(in, maxRows, header, rows);
      case XLSX -> XlsxSheetReader.read(in, maxRows, header, rows);
    }
  }

  /** Why an import of more rows than it may have is refused, whatever its format. */
  public static String tooManyRowsDetail(int maxRows) {
    return "The import has more than " + maxRows + " rows, the most one takes; send it in parts.";
  }

  public static ApiException tooManyRows(int maxRows) {
    return new ApiException(ProblemType.PAYLOAD_TOO_LARGE, tooManyRowsDetail(maxRows), List.of());
  }

  static ApiException unreadable(String detail) {
    return new ApiException(ProblemType.MALFORMED_REQUEST, detail, List.of());
  }

  /** Refuses a header with a blank or repeated column name. */
  static List<String> checkHeader(List<String> names) {
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (name.isBlank()) {
        throw unreadable("Column " + (i + 1) + " of the header row has no name.");
      }
      if (names.subList(0, i).contains(name)) {
        throw unreadable("The header row names column " + name + " twice.");
      }
    }
    return names;
  }
}

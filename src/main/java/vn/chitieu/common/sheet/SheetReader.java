package vn.chitieu.common.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
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
      SpooledBody body,
      int maxRows,
      Consumer<List<String>> header,
      Consumer<SheetRow> rows) {
    // What the caller's consumers throw passes the readers' own catches (of a damaged file) as it
    // was thrown: a failure of the work done with a row is not the file's.
    Consumer<List<String>> handedHeader = handed(header);
    Consumer<SheetRow> handedRows = handed(rows);
    try {
      switch (format) {
        case CSV -> {
          try (InputStream in = body.open()) {
            CsvSheetReader.read(in, maxRows, handedHeader, handedRows);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
        case XLSX -> XlsxSheetReader.read(body.file(), maxRows, handedHeader, handedRows);
      }
    } catch (Handed e) {
      throw e.getCause();
    }
  }

  /** A consumer's exception, carried through a reader unchanged. */
  private static final class Handed extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Handed(RuntimeException cause) {
      super(cause);
    }

    @Override
    public synchronized RuntimeException getCause() {
      return (RuntimeException) super.getCause();
    }
  }

  private static <T> Consumer<T> handed(Consumer<T> consumer) {
    return value -> {
      try {
        consumer.accept(value);
      } catch (RuntimeException e) {
        throw new Handed(e);
      }
    };
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

  /** The most columns a table may have. */
  static final int MAX_COLUMNS = 100;

  /**
   * The header's column names, trailing empty ones (which spreadsheets save) left out; refuses a
   * blank or repeated name, or more than {@link #MAX_COLUMNS}.
   */
  static List<String> checkHeader(List<String> cells) {
    int width = cells.size();
    while (width > 0 && cells.get(width - 1).isBlank()) {
      width--;
    }
    if (width > MAX_COLUMNS) {
      throw unreadable("The header row has " + width + " columns; at most " + MAX_COLUMNS + ".");
    }
    List<String> names = cells.subList(0, width);
    Set<String> seen = new HashSet<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      if (name.isBlank()) {
        throw unreadable("Column " + (i + 1) + " of the header row has no name.");
      }
      if (!seen.add(name)) {
        throw unreadable("The header row names column " + name + " twice.");
      }
    }
    return List.copyOf(names);
  }
}

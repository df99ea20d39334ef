package vn.chitieu.common.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.io.input.BOMInputStream;

/**
 * CSV as spreadsheets write it (RFC 4180): UTF-8 with or without a byte-order mark, comma
 * separated, CRLF or LF line ends, quotes around cells that need them. Text cells lose the one
 * leading apostrophe an export adds ({@link FormulaGuard}).
 */
final class CsvSheetReader {

  private static final CSVFormat FORMAT =
      CSVFormat.RFC4180.builder().setIgnoreEmptyLines(false).get();

  private CsvSheetReader() {}

  static void read(
      InputStream in, int maxRows, Consumer<List<String>> header, Consumer<SheetRow> rows) {
    try (CSVParser parser = FORMAT.parse(utf8(in))) {
      List<String> columns = null;
      int count = 0;
      for (CSVRecord record : parser) {
        if (columns == null && record.stream().allMatch(String::isBlank)) {
          throw SheetReader.unreadable(
              "The CSV file's first line is empty: it must be the header.");
        }
        if (columns == null) {
          columns = SheetReader.checkHeader(record.toList().stream().map(String::strip).toList());
          header.accept(columns);
          continue;
        }
        if (record.stream().allMatch(String::isEmpty)) {
          continue;
        }
        if (++count > maxRows) {
          throw SheetReader.tooManyRows(maxRows);
        }
        rows.accept(row(record, columns));
      }
      if (columns == null) {
        throw SheetReader.unreadable("The CSV file is empty: it needs a header row.");
      }
    } catch (UncheckedIOException | IOException e) {
      Throwable cause = e instanceof UncheckedIOException unchecked ? unchecked.getCause() : e;
      throw SheetReader.unreadable(
          cause instanceof CharacterCodingException
              ? "The CSV file is not UTF-8 text."
              : "The CSV file could not be read: " + reason(cause));
    }
  }

  private static SheetRow row(CSVRecord record, List<String> columns) {
    Map<String, String> cells = new LinkedHashMap<>();
    List<String> values = new ArrayList<>(record.toList());
    for (int i = 0; i < Math.min(values.size(), columns.size()); i++) {
      if (!values.get(i).isEmpty()) {
        cells.put(columns.get(i), FormulaGuard.unguard(values.get(i)));
      }
    }
    String problem =
        values.size() > columns.size()
                && values.subList(columns.size(), values.size()).stream()
                    .anyMatch(value -> !value.isEmpty())
            ? "has " + values.size() + " cells; the header names " + columns.size() + " columns"
            : null;
    // The line a spreadsheet shows for the record: its first line.
    return new SheetRow((int) record.getRecordNumber(), cells, problem);
  }

  /**
   * commons-csv says where ("(line 3)", "at line: 1, position: 57"); the rest of its message is
   * about the CSV itself. Its "line: 1" is written "line 1", as a person would.
   */
  private static String reason(Throwable cause) {
    String message = cause.getMessage() == null ? "" : cause.getMessage();
    return message
        .lines()
        .findFirst()
        .map(line -> line.replaceAll("(line|position): (\\d+)", "$1 $2"))
        .orElse("it is not CSV");
  }

  private static Reader utf8(InputStream in) throws IOException {
    InputStream body = BOMInputStream.builder().setInputStream(in).get();
    return new LineLimit(
        new InputStreamReader(
            body,
            StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)));
  }

  /** The longest line a file may have: a row of every column at its longest fits many times. */
  static final int MAX_LINE = 100_000;

  /** Refuses a line longer than {@link #MAX_LINE}, so one endless record cannot fill the memory. */
  private static final class LineLimit extends java.io.FilterReader {

    private int line;

    LineLimit(Reader in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int c = super.read();
      count(c);
      return c;
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      for (int i = offset; i < offset + read; i++) {
        count(buffer[i]);
      }
      return read;
    }

    private void count(int c) throws IOException {
      line = c == '\n' ? 0 : line + 1;
      if (line > MAX_LINE) {
        throw new IOException("a line is longer than " + MAX_LINE + " characters");
      }
    }
  }
}

package vn.chitieu.common.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/**
 * CSV in UTF-8 with a byte-order mark (so that Excel opens Vietnamese text as UTF-8), CRLF line
 * ends and numbers written plainly with a decimal point.
 */
final class CsvSheetWriter implements SheetWriter {

  private final CSVPrinter printer;
  private boolean started;

  CsvSheetWriter(OutputStream out) {
    try {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
      this.printer =
          new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  @Override
  public void sheet(String name) {
    if (started) {
      throw new IllegalStateException("A CSV file holds one table");
    }
    started = true;
  }

  @Override
  public void row(List<?> cells) throws IOException {
    List<String> texts = new ArrayList<>(cells.size());
    for (Object cell : cells) {
      texts.add(text(cell));
    }
    printer.printRecord(texts);
  }

  static String text(Object cell) {
    if (cell == null) {
      return "";
    }
    if (cell instanceof BigDecimal number) {
      return number.toPlainString();
    }
    if (cell instanceof SheetWriter.Decimal number) {
      return number.value().toPlainString();
    }
    return FormulaGuard.guard(cell.toString());
  }

  @Override
  public void close() throws IOException {
    printer.close(true);
  }
}

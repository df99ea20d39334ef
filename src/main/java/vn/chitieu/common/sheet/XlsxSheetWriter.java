package vn.chitieu.common.sheet;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * An Excel workbook written as a stream (POI's SXSSF keeps 100 rows in memory and the rest in a
 * temporary file). The first row of each sheet is bold. Numbers are numeric cells when a
 * spreadsheet's 15 significant digits hold them exactly, else text; text that could be taken for a
 * formula is marked as text by the cell's style ("quote prefix"), its content unchanged.
 */
final class XlsxSheetWriter implements SheetWriter {

  private static final int SPREADSHEET_DIGITS = 15;

  private final OutputStream out;
  private final SXSSFWorkbook workbook = new SXSSFWorkbook(100);
  private final CellStyle bold;
  private final CellStyle quoted;
  private final Map<Integer, CellStyle> numbers = new HashMap<>();
  private SXSSFSheet sheet;
  private int rowNumber;

  XlsxSheetWriter(OutputStream out) {
    this.out = out;
    Font font = workbook.createFont();
    font.setBold(true);
    bold = workbook.createCellStyle();
    bold.setFont(font);
    quoted = workbook.createCellStyle();
    quoted.setQuotePrefixed(true);
  }

  @Override
  public void sheet(String name) {
    sheet = workbook.createSheet(name);
    rowNumber = 0;
  }

  @Override
  public void row(List<?> cells) {
    if (sheet == null) {
      sheet("Sheet1");
    }
    Row row = sheet.createRow(rowNumber);
    for (int i = 0; i < cells.size(); i++) {
      Object value = cells.get(i);
      if (value == null) {
        continue;
      }
      Cell cell = row.createCell(i);
      if (value instanceof SheetWriter.Decimal number) {
        write(cell, number.value(), number.decimals());
      } else if (value instanceof BigDecimal number) {
        write(cell, number, -1);
      } else {
        String text = value.toString();
        cell.setCellValue(text);
        if (FormulaGuard.needsGuard(text)) {
          cell.setCellStyle(quoted);
        }
      }
      if (rowNumber == 0) {
        cell.setCellStyle(bold);
      }
    }
    rowNumber++;
  }

  private void write(Cell cell, BigDecimal value, int decimals) {
    BigDecimal plain = value.stripTrailingZeros();
    if (plain.precision() > SPREADSHEET_DIGITS) {
      cell.setCellValue(value.toPlainString());
      return;
    }
    cell.setCellValue(value.doubleValue());
    if (decimals >= 0) {
      cell.setCellStyle(numbers.computeIfAbsent(decimals, this::numberStyle));
    }
  }

  private CellStyle numberStyle(int decimals) {
    CellStyle style = workbook.createCellStyle();
    style.setDataFormat(
        workbook
            .createDataFormat()
            .getFormat(decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals)));
    return style;
  }

  @Override
  public void close() throws IOException {
    try {
      workbook.write(out);
    } finally {
      workbook.close();
    }
  }
}

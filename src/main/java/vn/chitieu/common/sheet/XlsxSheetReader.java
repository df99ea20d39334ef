package vn.chitieu.common.sheet;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.RecordFormatException;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.common.problem.ProblemType;

/**
 * The first sheet of an Excel workbook, read as a stream of SAX events (POI's event model): memory
 * stays flat however many rows the sheet has, and a sheet longer than the limit is refused at the
 * first row beyond it, empty rows included. POI refuses a zip bomb (an entry that inflates more
 * than a hundredfold) on its own.
 *
 * <p>Cells come as text: text cells as written; numbers as plain decimals to the 15 significant
 * digits a spreadsheet keeps ({@code 0.1+0.2} is {@code 0.3}); dates as {@code YYYY-MM-DD}.
 */
final class XlsxSheetReader {

  private static final MathContext SPREADSHEET_DIGITS = new MathContext(15);

  private XlsxSheetReader() {}

  static void read(Path file, int maxRows, Consumer<List<String>> header, Consumer<SheetRow> rows) {
    try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
      XSSFReader reader = new XSSFReader(workbook);
      XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
      if (!sheets.hasNext()) {
        throw SheetReader.unreadable("The workbook has no sheet.");
      }
      refuseLargeSharedStrings(workbook);
      Rows handler = new Rows(maxRows, header, rows);
      try (InputStream sheet = sheets.next()) {
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(
            new XSSFSheetXMLHandler(
                reader.getStylesTable(),
                null,
                new ReadOnlySharedStringsTable(workbook),
                handler,
                new PlainValues(),
                false));
        parser.parse(new InputSource(sheet));
      }
      if (handler.columns == null) {
        throw SheetReader.unreadable("The workbook's first sheet is empty: it needs a header row.");
      }
    } catch (IOException
        | OpenXML4JException
        | SAXException
        | ParserConfigurationException
        | RecordFormatException
        | POIXMLException
        | IllegalStateException
        | IllegalArgumentException e) {
      if (zipBomb(e)) {
        throw new ApiException(
            ProblemType.PAYLOAD_TOO_LARGE,
            "The workbook expands to far more than its size, as a zip bomb does; it was not read.",
            List.of());
      }
      throw SheetReader.unreadable(
          "The file is not an Excel workbook (.xlsx) that can be read, or it is damaged.");
    }
  }

  /**
   * The one part read whole: the workbook's table of distinct texts. Larger than this, it could
   * fill the heap (POI's inflation check allows a hundredfold of the file).
   */
  static final long MAX_SHARED_STRINGS = 16L * 1024 * 1024;

  private static void refuseLargeSharedStrings(OPCPackage workbook) throws InvalidFormatException {
    for (PackagePart part :
        workbook.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType())) {
      if (part.getSize() > MAX_SHARED_STRINGS) {
        throw new ApiException(
            ProblemType.PAYLOAD_TOO_LARGE,
            "The workbook's texts take more than "
                + MAX_SHARED_STRINGS
                + " bytes unpacked; send the rows in parts, or as CSV.",
            List.of());
      }
    }
  }

  /** Whether POI refused the file as a zip bomb, at whatever depth it wrapped the refusal. */
  private static boolean zipBomb(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (String.valueOf(cause.getMessage()).contains("Zip bomb")) {
        return true;
      }
    }
    return false;
  }

  /** Gathers each row's cells by column, the first row giving the column names. */
  private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {

    private final int maxRows;
    private final Consumer<List<String>> header;
    private final Consumer<SheetRow> rows;
    private final Map<Integer, String> cells = new LinkedHashMap<>();
    private List<String> columns;
    private int lastRow = -1;
    private int count;

    Rows(int maxRows, Consumer<List<String>> header, Consumer<SheetRow> rows) {
      this.maxRows = maxRows;
      this.header = header;
      this.rows = rows;
    }

    @Override
    public void startRow(int rowNum) {
      // Counted, not taken from the rows' numbers, which a file may repeat or run backwards.
      if (rowNum <= lastRow) {
        throw SheetReader.unreadable(
            "The workbook's rows are out of order (row "
                + (rowNum + 1)
                + " after row "
                + (lastRow + 1)
                + ").");
      }
      lastRow = rowNum;
      if (columns != null && ++count > maxRows) {
        throw SheetReader.tooManyRows(maxRows);
      }
      cells.clear();
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
      if (reference != null && value != null && !value.isEmpty()) {
        int column = new CellReference(reference).getCol();
        if (column < 0 || column >= SheetReader.MAX_COLUMNS) {
          throw SheetReader.unreadable(
              "The workbook has a cell beyond column "
                  + SheetReader.MAX_COLUMNS
                  + ": "
                  + reference);
        }
        cells.put(column, value);
      }
    }

    @Override
    public void endRow(int rowNum) {
      if (cells.isEmpty()) {
        return;
      }
      if (columns == null) {
        int width = cells.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        List<String> names = new ArrayList<>();
        for (int i = 0; i < width; i++) {
          names.add(cells.getOrDefault(i, "").strip());
        }
        columns = SheetReader.checkHeader(names);
        header.accept(columns);
        return;
      }
      Map<String, String> named = new LinkedHashMap<>();
      String problem = null;
      for (Map.Entry<Integer, String> cell : cells.entrySet()) {
        if (cell.getKey() < columns.size()) {
          named.put(columns.get(cell.getKey()), cell.getValue());
        } else {
          problem =
              "has a cell in column "
                  + CellReference.convertNumToColString(cell.getKey())
                  + ", beyond the "
                  + columns.size()
                  + " columns the header names";
        }
      }
      rows.accept(new SheetRow(rowNum + 1, named, problem));
    }
  }

  /** Numbers as plain decimals, dates as ISO dates: what the cell holds, not how it looks. */
  private static final class PlainValues extends DataFormatter {

    @Override
    public String formatRawCellContents(double value, int formatIndex, String formatString) {
      if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
        return DateUtil.getLocalDateTime(value).toLocalDate().format(DateTimeFormatter.ISO_DATE);
      }
      return plain(value);
    }

    static String plain(double value) {
      if (Double.isNaN(value) || Double.isInfinite(value)) {
        return String.valueOf(value);
      }
      BigDecimal exact = new BigDecimal(Double.toString(value)).round(SPREADSHEET_DIGITS);
      return exact.signum() == 0 ? "0" : exact.stripTrailingZeros().toPlainString();
    }
  }
}

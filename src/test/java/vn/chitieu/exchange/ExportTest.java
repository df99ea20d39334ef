package vn.chitieu.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.given;
import static vn.chitieu.exchange.ImportTest.XLSX;
import static vn.chitieu.exchange.ImportTest.importing;
import static vn.chitieu.exchange.ImportTest.importingJson;

import io.quarkus.test.junit.QuarkusTest;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Lists and the scorecard as CSV files and workbooks; what goes out comes back unchanged. */
@QuarkusTest
class ExportTest {

  private static final String NOTES = "=SUM(A1:A9)|+84 912|-5 hộ|@cmd|'trích dẫn|Ghi chú, \"thử\"|";

  /** Targets and achievements whose notes a spreadsheet could take for formulas. */
  private static String seed() {
    String indicator = createIndicator("TEST_EXPORT");
    StringBuilder json = new StringBuilder("[");
    String[] notes = NOTES.split("\\|", -1);
    for (int i = 0; i < notes.length; i++) {
      String note = notes[i].replace("\"", "\\\"");
      json.append(
          """
          {"kind": "achievement", "indicator": "%s", "period": "%d", "area": "22",
           "value": 1.50, "status": "ESTIMATED", "reportedOn": "2020-12-16", "note": "%s"},
          {"kind": "target", "indicator": "%s", "period": "%d", "area": "22", "value": 2,
           "baseline": {"period": "2010", "value": 3.25}, "basis": "Kế hoạch", "note": "%s"},
          """
              .formatted(indicator, 2011 + i, note, indicator, 2011 + i, note));
    }
    json.setLength(json.lastIndexOf(","));
    importingJson(json + "]").statusCode(200).body("created", equalTo(2 * notes.length));
    return indicator;
  }

  private static byte[] export(String path, String indicator, String accept) {
    return given()
        .accept(accept)
        .queryParam("indicator", indicator)
        .get("/api/v1/" + path)
        .then()
        .statusCode(200)
        .contentType(accept.equals("text/csv") ? "text/csv;charset=UTF-8" : XLSX)
        .extract()
        .asByteArray();
  }

  @Test
  void shouldExportCsvThatImportsBackUnchangedWithFormulasGuarded() {
    String indicator = seed();
    int rows = NOTES.split("\\|", -1).length;

    for (String path : new String[] {"achievements", "targets"}) {
      byte[] csv = export(path, indicator, "text/csv");
      String text = new String(csv, StandardCharsets.UTF_8);
      assertThat(text).startsWith("\uFEFFkind,indicator,period,area,value,status,reportedOn,");
      assertThat(text).contains(",'=SUM(A1:A9)").contains(",'+84 912").contains(",'-5 hộ");
      assertThat(text)
          .contains(",'@cmd")
          .contains(",''trích dẫn")
          .contains("\"Ghi chú, \"\"thử\"\"\"");
      assertThat(text.lines().count()).isEqualTo(rows + 1);

      importing("text/csv", csv)
          .statusCode(200)
          .body("rows", equalTo(rows))
          .body("unchanged", equalTo(rows))
          .body("created", equalTo(0))
          .body("updated", equalTo(0));
    }
    given()
        .queryParam("indicator", indicator)
        .queryParam("period", "2011")
        .get("/api/v1/achievements")
        .then()
        .body("items[0].note", equalTo("=SUM(A1:A9)"))
        .body("items[0].version", equalTo(0));
  }

  @Test
  void shouldExportAWorkbookWithNumericCellsThatImportsBackUnchanged() throws IOException {
    String indicator = seed();
    int rows = NOTES.split("\\|", -1).length;

    byte[] workbook = export("targets", indicator, XLSX);
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      XSSFSheet sheet = book.getSheetAt(0);
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("kind");
      var first = sheet.getRow(1);
      assertThat(first.getCell(4).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat(first.getCell(4).getNumericCellValue()).isEqualTo(2.0);
      assertThat(first.getCell(4).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      assertThat(first.getCell(10).getNumericCellValue()).isEqualTo(3.25);
      assertThat(first.getCell(12).getStringCellValue()).isEqualTo("=SUM(A1:A9)");
      assertThat(first.getCell(12).getCellStyle().getQuotePrefixed()).isTrue();
      assertThat(sheet.getLastRowNum()).isEqualTo(rows);
    }

    importing(XLSX, workbook).statusCode(200).body("unchanged", equalTo(rows));
    importing(XLSX, export("achievements", indicator, XLSX))
        .statusCode(200)
        .body("unchanged", equalTo(rows));
  }

  @Test
  void shouldAnswerJsonWhenNoTableIsAskedFor() {
    String indicator = seed();
    given()
        .queryParam("indicator", indicator)
        .queryParam("size", 2)
        .get("/api/v1/achievements")
        .then()
        .statusCode(200)
        .contentType("application/json")
        .body("totalItems", equalTo(NOTES.split("\\|", -1).length))
        .body("items.size()", equalTo(2));
  }

  @Test
  void shouldExportTheScorecardAsAWorkbookWithVietnameseHeadersAndOutcomes() throws IOException {
    String indicator = createIndicator("TEST_EXPORT");
    importingJson(
            """
            [{"kind": "target", "indicator": "%s", "period": "2031", "value": 2.00},
             {"kind": "achievement", "indicator": "%s", "period": "2031", "value": 1.5,
              "status": "OFFICIAL", "reportedOn": "2020-12-16"}]"""
                .formatted(indicator, indicator))
        .statusCode(200);

    byte[] workbook =
        given()
            .accept(XLSX)
            .queryParam("period", "2031")
            .queryParam("indicator", indicator)
            .get("/api/v1/progress")
            .then()
            .statusCode(200)
            .header("Content-Disposition", equalTo("attachment; filename=\"scorecard-2031.xlsx\""))
            .extract()
            .asByteArray();

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook))) {
      XSSFSheet sheet = book.getSheetAt(0);
      assertThat(sheet.getSheetName()).isEqualTo("Kỳ 2031");
      assertThat(sheet.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Mã chỉ tiêu");
      assertThat(sheet.getRow(1).getCell(0).getStringCellValue()).isEqualTo("code");
      var row = sheet.getRow(2);
      assertThat(row.getCell(0).getStringCellValue()).isEqualTo(indicator);
      assertThat(row.getCell(2).getStringCellValue()).isEqualTo("%");
      assertThat(row.getCell(3).getNumericCellValue()).isEqualTo(2.0);
      assertThat(row.getCell(3).getCellStyle().getDataFormatString()).isEqualTo("#,##0.00");
      assertThat(row.getCell(4).getStringCellValue()).isEqualTo("Tối đa");
      assertThat(row.getCell(5).getNumericCellValue()).isEqualTo(1.5);
      assertThat(row.getCell(6).getStringCellValue()).isEqualTo("Chính thức");
      // Lower is better (the fixture's polarity): 1.5 against at most 2 beats the plan by 0.5,
      // and is 1.5 ÷ 2 × 100 = 75 % of it.
      assertThat(row.getCell(8).getStringCellValue()).isEqualTo("Vượt kế hoạch");
      assertThat(row.getCell(9).getNumericCellValue()).isEqualTo(0.5);
      assertThat(row.getCell(10).getNumericCellValue()).isEqualTo(75.0);
    }

    String csv =
        given()
            .accept("text/csv")
            .queryParam("period", "2031")
            .queryParam("indicator", indicator)
            .get("/api/v1/progress")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv.lines().toList())
        .containsExactly(
            "\uFEFFcode,name,unit,target,operator,achievement,status,reportedOn,outcome,margin,percentOfTarget",
            indicator
                + ",Chỉ tiêu thử nghiệm,%,2.00,AT_MOST,1.5,OFFICIAL,2020-12-16,EXCEEDED,0.50,75.00");
  }

  @Test
  void shouldServeTheTemplateWithAnExampleOfEachKind() {
    String csv =
        given()
            .accept("text/csv")
            .get("/api/v1/imports/template")
            .then()
            .statusCode(200)
            .extract()
            .asString();
    assertThat(csv.lines().toList())
        .hasSize(3)
        .first()
        .isEqualTo(
            "\uFEFFkind,indicator,period,area,value,status,reportedOn,source,operator,"
                + "baselinePeriod,baselineValue,basis,note,reason");
    assertThat(csv).contains("target,POOR_HOUSEHOLD_RATE,2021,22,0.14,,,,AT_MOST,2020,0.23,");
    given()
        .accept(XLSX)
        .queryParam("kind", "achievement")
        .get("/api/v1/imports/template")
        .then()
        .statusCode(200)
        .contentType(XLSX);
  }
}

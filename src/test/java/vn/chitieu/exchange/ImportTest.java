package vn.chitieu.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.startsWith;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.exactly;
import static vn.chitieu.Fixtures.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import vn.chitieu.Fixtures;
import vn.chitieu.Tokens;

/** Many targets and achievements in one request, in JSON, CSV and workbooks. */
@QuarkusTest
class ImportTest {

  static final String IMPORTS = "/api/v1/imports";
  static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  static ValidatableResponse importing(String contentType, byte[] body, String... query) {
    var request = given().contentType(contentType).body(body);
    for (int i = 0; i + 1 < query.length; i += 2) {
      request = request.queryParam(query[i], query[i + 1]);
    }
    return request.post(IMPORTS).then().log().ifValidationFails();
  }

  static ValidatableResponse importingJson(String json, String... query) {
    return importing("application/json", json.getBytes(StandardCharsets.UTF_8), query);
  }

  static ValidatableResponse importingCsv(String csv, String... query) {
    return importing("text/csv", csv.getBytes(StandardCharsets.UTF_8), query);
  }

  private static String achievement(String indicator, String period, String value) {
    return """
        {"kind": "achievement", "indicator": "%s", "period": "%s", "area": "22", "value": %s,
         "status": "PRELIMINARY", "reportedOn": "2020-12-16", "source": "Báo cáo"}"""
        .formatted(indicator, period, value);
  }

  private static String target(String indicator, String period, String value) {
    return """
        {"kind": "target", "indicator": "%s", "period": "%s", "area": "22", "value": %s,
         "baseline": {"period": "2019", "value": 1.5}, "basis": "Kế hoạch"}"""
        .formatted(indicator, period, value);
  }

  private static int count(String path, String indicator) {
    return given()
        .queryParam("indicator", indicator)
        .get("/api/v1/" + path)
        .then()
        .statusCode(200)
        .extract()
        .path("totalItems");
  }

  private static ValidatableResponse historyOf(String achievement) {
    return given().get("/api/v1/achievements/" + achievement + "/history").then().statusCode(200);
  }

  @Test
  void shouldCreateThenFindUnchangedThenUpdateMatchingOnTheKey() {
    String indicator = createIndicator("TEST_IMPORT");
    String body =
        "["
            + String.join(
                ",",
                target(indicator, "2021", "1.25"),
                achievement(indicator, "2020", "1.5"),
                achievement(indicator, "2021", "1.75"))
            + "]";

    importingJson(body)
        .statusCode(200)
        .body("rows", equalTo(3))
        .body("created", equalTo(3))
        .body("updated", equalTo(0))
        .body("unchanged", equalTo(0))
        .body("rejected", equalTo(0))
        .body("dryRun", equalTo(false))
        .body("mode", equalTo("all-or-nothing"));
    importingJson(body).statusCode(200).body("created", equalTo(0)).body("unchanged", equalTo(3));

    String changed = body.replace("\"value\": 1.75", "\"value\": 1.80");
    String importId =
        importingJson(changed)
            .statusCode(200)
            .body("updated", equalTo(1))
            .body("unchanged", equalTo(2))
            .extract()
            .path("id");

    String id =
        exactly()
            .queryParam("indicator", indicator)
            .queryParam("period", "2021")
            .get("/api/v1/achievements")
            .then()
            .body("items[0].value", equalTo(new BigDecimal("1.80")))
            .body("items[0].version", equalTo(1))
            .extract()
            .path("items[0].id");
    historyOf(id)
        .body("items", hasSize(2))
        .body("items[0].changeType", equalTo("UPDATED"))
        .body("items[0].source", equalTo("import " + importId))
        .body("items[0].values.value", equalTo(1.8f))
        .body("items[0].values.version", equalTo(1))
        .body("items[0].changedBy", equalTo(Fixtures.ADMIN_USER))
        .body("items[1].changeType", equalTo("CREATED"))
        .body("items[1].source", startsWith("import "))
        .body("items[1].values.value", equalTo(1.75f));
    given()
        .queryParam("indicator", indicator)
        .get("/api/v1/targets")
        .then()
        .body("items[0].baseline.period", equalTo("2019"))
        .body("items[0].operator", equalTo("AT_MOST"))
        .body("items[0].createdBy", equalTo(Fixtures.ADMIN_USER));
  }

  @Test
  void shouldReadCsvAsSpreadsheetsWriteItWithByteOrderMarkAndCrlf() {
    String indicator = createIndicator("TEST_IMPORT");
    String csv =
        "\uFEFFkind,indicator,period,area,value,status,reportedOn,source,note\r\n"
            + "achievement,%s,2020,22,12.5,ESTIMATED,2020-12-16,\"Báo cáo, quý 4\",\"dòng 1\r\ndòng 2\"\r\n"
                .formatted(indicator)
            + "achievement,%s,2021-Q1,06652,0.25,PRELIMINARY,2021-04-02,,\r\n".formatted(indicator);

    importingCsv(csv).statusCode(200).body("created", equalTo(2));

    exactly()
        .queryParam("indicator", indicator)
        .get("/api/v1/achievements")
        .then()
        .body("items[0].source", equalTo("Báo cáo, quý 4"))
        .body("items[0].note", equalTo("dòng 1\r\ndòng 2"))
        .body("items[0].value", equalTo(new BigDecimal("12.5")))
        .body("items[1].area", equalTo("06652"))
        .body("items[1].value", equalTo(new BigDecimal("0.25")))
        .body("items[1].note", equalTo(null));
  }

  @Test
  void shouldReadAWorkbookWithNumbersAsNumericCellsOrText() throws IOException {
    String indicator = createIndicator("TEST_IMPORT");
    byte[] workbook;
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet("Số liệu");
      String[] header = {"kind", "indicator", "period", "area", "value", "status", "reportedOn"};
      for (int i = 0; i < header.length; i++) {
        sheet.createRow(0).createCell(i);
      }
      var head = sheet.createRow(0);
      for (int i = 0; i < header.length; i++) {
        head.createCell(i).setCellValue(header[i]);
      }
      var numeric = sheet.createRow(1);
      numeric.createCell(0).setCellValue("achievement");
      numeric.createCell(1).setCellValue(indicator);
      numeric.createCell(2).setCellValue("2020");
      numeric.createCell(3).setCellValue("22");
      numeric.createCell(4).setCellValue(0.1 + 0.2);
      numeric.createCell(5).setCellValue("OFFICIAL");
      numeric.createCell(6).setCellValue("2020-12-16");
      var text = sheet.createRow(3);
      text.createCell(0).setCellValue("achievement");
      text.createCell(1).setCellValue(indicator);
      text.createCell(2).setCellValue("2021");
      text.createCell(3).setCellValue("22");
      text.createCell(4).setCellValue("98.76");
      text.createCell(5).setCellValue("ESTIMATED");
      text.createCell(6).setCellValue("2021-01-05");
      book.write(out);
      workbook = out.toByteArray();
    }

    importing(XLSX, workbook).statusCode(200).body("rows", equalTo(2)).body("created", equalTo(2));

    exactly()
        .queryParam("indicator", indicator)
        .get("/api/v1/achievements")
        .then()
        .body("items[0].value", equalTo(new BigDecimal("0.3")))
        .body("items[0].status", equalTo("OFFICIAL"))
        .body("items[1].value", equalTo(new BigDecimal("98.76")));
  }

  @Test
  void shouldReadAWorkbookSavedByLibreOfficeWithNumberAndDateCells() throws IOException {
    String indicator = "LIBREOFFICE_FIXTURE";
    if (given().get("/api/v1/indicators/" + indicator).statusCode() == 404) {
      Fixtures.postJson(
              "/api/v1/indicators", Fixtures.indicatorJson(indicator, "TEST_IMPORT", "AMOUNT", 2))
          .then()
          .statusCode(201);
    }
    byte[] workbook;
    try (var in = ImportTest.class.getResourceAsStream("/exchange/libreoffice-import.xlsx")) {
      workbook = in.readAllBytes();
    }

    importing(XLSX, workbook).statusCode(200).body("rows", equalTo(3)).body("rejected", equalTo(0));

    exactly()
        .queryParam("indicator", indicator)
        .get("/api/v1/achievements")
        .then()
        .body("items[0].period", equalTo("2020"))
        .body("items[0].area", equalTo("22"))
        .body("items[0].value", equalTo(263050))
        .body("items[0].reportedOn", equalTo("2020-12-16"))
        .body("items[0].source", equalTo("Báo cáo tổng kết năm 2020"))
        .body("items[1].period", equalTo("2021-Q1"))
        .body("items[1].value", equalTo(new BigDecimal("1234.56")))
        .body("items[1].reportedOn", equalTo("2021-04-02"))
        .body("items[2].value", equalTo(new BigDecimal("0.25")))
        .body("items[2].note", equalTo("dòng 1, dòng 2"));
  }

  @Test
  void shouldStoreNothingInADryRunYetReportWhatWouldHappen() {
    String indicator = createIndicator("TEST_IMPORT");
    importingJson(
            "[" + achievement(indicator, "2020", "1") + "," + target(indicator, "2021", "2") + "]",
            "dryRun",
            "true")
        .statusCode(200)
        .body("dryRun", equalTo(true))
        .body("created", equalTo(2));

    assertThat(count("achievements", indicator)).isZero();
    assertThat(count("targets", indicator)).isZero();
  }

  @Test
  void shouldRefuseTheWholeImportForOneBadRowAmongThousands() {
    String indicator = createIndicator("TEST_IMPORT");
    // 3000 keys: 3000 communes, registered for the test (illustrative codes 80001-83000).
    StringBuilder units = new StringBuilder("code,name,kind,parent\n");
    StringBuilder csv = new StringBuilder("kind,indicator,period,area,value,status\n");
    for (int i = 0; i < 3000; i++) {
      String value = i == 1234 ? "1.234" : "1.5";
      units.append("%d,Xã thử %d,xã,99\n".formatted(80_001 + i, i));
      csv.append(
          "achievement,%s,2020-07,%d,%s,ESTIMATED\n".formatted(indicator, 80_001 + i, value));
    }
    Fixtures.postCsv("/api/v1/areas/units", units.toString()).then().statusCode(200);

    importingCsv(csv.toString())
        .statusCode(400)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:chitieu:problem:invalid-rows"))
        .body("detail", containsString("1 of 3000 rows are invalid, so nothing was stored"))
        .body("rows", hasSize(1))
        .body("rows[0].row", equalTo(1236))
        .body("rows[0].field", equalTo("value"))
        .body("rows[0].message", equalTo("must have at most 2 digits after the decimal point"));

    assertThat(count("achievements", indicator)).isZero();
  }

  /**
   * An import of {@code rows} achievements, three months for each of rows / 3 communes registered
   * for the test (illustrative codes from {@code firstArea}), each row with the reason given for
   * its number.
   */
  private static String longImport(
      String indicator, int firstArea, int rows, IntFunction<String> reason) {
    StringBuilder units = new StringBuilder("code,name,kind,parent\n");
    for (int i = 0; i < rows / 3; i++) {
      units.append("%d,Xã thử %d,xã,99\n".formatted(firstArea + i, i));
    }
    Fixtures.postCsv("/api/v1/areas/units", units.toString()).then().statusCode(200);
    StringBuilder csv = new StringBuilder("kind,indicator,period,area,value,status,reason\n");
    for (int i = 0; i < rows; i++) {
      csv.append(
          "achievement,%s,2020-0%d,%d,1.5,ESTIMATED,%s\n"
              .formatted(indicator, 1 + i % 3, firstArea + i / 3, reason.apply(i + 2)));
    }
    return csv.toString();
  }

  @Test
  void shouldWriteAnImportOfManyChunksUnderOneRevisionThatKeepsEveryReason() {
    // 2,400 rows: read and written in three chunks (chitieu.imports.chunk-rows is 1,000 in tests).
    String indicator = createIndicator("TEST_IMPORT");
    String csv =
        longImport(indicator, 84_001, 2_400, row -> row == 2 ? "đầu" : row == 2_401 ? "cuối" : "");

    importingCsv(csv).statusCode(200).body("created", equalTo(2_400)).body("rejected", equalTo(0));

    assertThat(count("achievements", indicator)).isEqualTo(2_400);
    // The first row and the last, each written in its own chunk.
    for (List<String> key : List.of(List.of("84001", "2020-01"), List.of("84800", "2020-03"))) {
      String id =
          given()
              .queryParam("indicator", indicator)
              .queryParam("area", key.get(0))
              .queryParam("period", key.get(1))
              .get("/api/v1/achievements")
              .then()
              .extract()
              .path("items[0].id");
      historyOf(id)
          .body("items", hasSize(1))
          .body("items[0].reason", equalTo("đầu; cuối"))
          .body("items[0].source", startsWith("import "));
    }
  }

  @Test
  void shouldStoreNothingWhenARowOfALaterChunkIsInvalidOrTheFileBreaksOff() {
    String indicator = createIndicator("TEST_IMPORT");
    String csv = longImport(indicator, 85_001, 2_400, row -> "");
    String lastRowBad =
        csv.substring(0, csv.length() - "1.5,ESTIMATED,\n".length()) + "x,ESTIMATED,\n";

    importingCsv(lastRowBad)
        .statusCode(400)
        .body("detail", containsString("1 of 2400 rows are invalid, so nothing was stored"))
        .body("rows[0].row", equalTo(2_401));
    assertThat(count("achievements", indicator)).isZero();

    // The same rows as JSON, cut off after the 2,200th: the first two chunks were written.
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < 2_200; i++) {
      json.append(
          """
          {"kind": "achievement", "indicator": "%s", "period": "2020-0%d", "area": "%d",
           "value": 1.5, "status": "ESTIMATED"},"""
              .formatted(indicator, 1 + i % 3, 85_001 + i / 3));
    }
    importingJson(json.append("{\"kind\": ").toString())
        .statusCode(400)
        .contentType("application/problem+json");
    assertThat(count("achievements", indicator)).isZero();
  }

  @Test
  void shouldFindAKeyRepeatedInALaterChunk() {
    String indicator = createIndicator("TEST_IMPORT");
    String csv = longImport(indicator, 86_001, 1_200, row -> "");
    String repeated = csv + "achievement,%s,2020-01,86001,2,ESTIMATED,\n".formatted(indicator);

    importingCsv(repeated, "mode", "valid-rows")
        .statusCode(200)
        .body("created", equalTo(1_200))
        .body("rejected", equalTo(1))
        .body("rejections[0].row", equalTo(1_202))
        .body("rejections[0].message", equalTo("repeats the indicator, period and area of row 2"));
    assertThat(count("achievements", indicator)).isEqualTo(1_200);
  }

  @Test
  void shouldCountEveryRejectedRowButListTheFirstThousandProblems() {
    String indicator = createIndicator("TEST_IMPORT");
    StringBuilder csv = new StringBuilder("kind,indicator,period,value\n");
    for (int i = 0; i < 1500; i++) {
      csv.append("target,%s,%d,x\n".formatted(indicator, 2000 + i));
    }

    importingCsv(csv.toString())
        .statusCode(400)
        .body("detail", containsString("1500 of 1500 rows are invalid"))
        .body("detail", containsString("The first 1000 of 1500 problems are listed."))
        .body("rows", hasSize(1000))
        .body("rows[0].row", equalTo(2))
        .body("rows[999].row", equalTo(1001));
    importingCsv(csv.toString(), "mode", "valid-rows")
        .statusCode(200)
        .body("rejected", equalTo(1500))
        .body("rejections", hasSize(1000));
  }

  @Test
  void shouldStoreTheValidRowsAndReportTheRestInTheWordsOfASingleWrite() {
    String indicator = createIndicator("TEST_IMPORT");
    String bad = achievement(indicator, "2021", "1").replace("\"2020-12-16\"", "\"2999-01-01\"");
    String single =
        Fixtures.postJson("/api/v1/achievements", bad.replace("\"kind\": \"achievement\",", ""))
            .then()
            .statusCode(400)
            .extract()
            .path("errors[0].message");

    importingJson("[" + achievement(indicator, "2020", "1") + "," + bad + "]", "mode", "valid-rows")
        .statusCode(200)
        .body("mode", equalTo("valid-rows"))
        .body("created", equalTo(1))
        .body("rejected", equalTo(1))
        .body("rejections[0].row", equalTo(2))
        .body("rejections[0].field", equalTo("reportedOn"))
        .body("rejections[0].message", equalTo(single));

    assertThat(count("achievements", indicator)).isEqualTo(1);
  }

  @Test
  void shouldNumberRowsAsASpreadsheetDoesAcrossBlankLinesAndEmptyHeaderCells() {
    String indicator = createIndicator("TEST_IMPORT");
    String csv =
        "kind,indicator,period,value,status,,\n"
            + "\n"
            + "achievement,%s,2020,1,ESTIMATED,,\n".formatted(indicator)
            + ",,,,,,\n"
            + "achievement,%s,2021,1.234,ESTIMATED,,\n".formatted(indicator);

    importingCsv(csv, "mode", "valid-rows")
        .statusCode(200)
        .body("rows", equalTo(2))
        .body("created", equalTo(1))
        .body("rejections[0].row", equalTo(5))
        .body("rejections[0].field", equalTo("value"));
  }

  @Test
  void shouldNameWhatIsMissingOrForeignInARow() {
    String indicator = createIndicator("TEST_IMPORT");
    String csv =
        "indicator,period,value,status,operator\n"
            + indicator
            + ",2020,1,ESTIMATED,\n"
            + indicator
            + ",2021,1,,AT_LEAST\n";

    importingCsv(csv, "mode", "valid-rows")
        .statusCode(200)
        .body("rejections[0].row", equalTo(2))
        .body("rejections[0].field", equalTo("kind"))
        .body("rejections[0].message", containsString("?kind="));
    importingCsv(csv, "kind", "achievement", "mode", "valid-rows")
        .statusCode(200)
        .body("created", equalTo(1))
        .body("rejections[0].row", equalTo(3))
        .body("rejections[0].field", equalTo("operator"))
        .body("rejections[0].message", containsString("is for targets"));
    importingCsv("kind,indicator,period,value,colour\n", "kind", "achievement")
        .statusCode(400)
        .body("errors[0].field", equalTo("header"))
        .body("errors[0].message", containsString("colour"));
  }

  @Test
  void shouldRejectRowsOfALockedPeriodAndOfficialFiguresFromAnEditor() {
    String indicator = createIndicator("TEST_IMPORT");
    String area = Fixtures.uniqueArea();
    Fixtures.postJson("/api/v1/locks", "{\"period\": \"2019\", \"area\": \"%s\"}".formatted(area))
        .then()
        .statusCode(201);
    String locked =
        achievement(indicator, "2019-Q2", "1")
            .replace("\"area\": \"22\"", "\"area\": \"" + area + "\"");
    String official = achievement(indicator, "2020", "1").replace("PRELIMINARY", "OFFICIAL");
    String fine = achievement(indicator, "2021", "1");

    RestAssured.given()
        .filter(Fixtures.CONTRACT)
        .auth()
        .oauth2(Tokens.withRoles("test-editor", "editor"))
        .contentType("application/json")
        .queryParam("mode", "valid-rows")
        .body("[" + locked + "," + official + "," + fine + "]")
        .post(IMPORTS)
        .then()
        .statusCode(200)
        .body("created", equalTo(1))
        .body("rejected", equalTo(2))
        .body("rejections[0].row", equalTo(1))
        .body("rejections[0].field", equalTo("period"))
        .body("rejections[0].message", containsString("is locked"))
        .body("rejections[1].row", equalTo(2))
        .body(
            "rejections[1].message",
            equalTo("Recording an official figure needs the approver role."));
  }

  @Test
  void shouldRefuseARowKeyRepeatedInTheFile() {
    String indicator = createIndicator("TEST_IMPORT");
    importingJson(
            "["
                + achievement(indicator, "2020", "1")
                + ","
                + target(indicator, "2020", "1")
                + ","
                + achievement(indicator, "2020", "2")
                + "]")
        .statusCode(400)
        .body("rows[0].row", equalTo(3))
        .body("rows[0].message", equalTo("repeats the indicator, period and area of row 1"));
    assertThat(count("targets", indicator)).isZero();
  }

  @Test
  void shouldRefuseMoreRowsThanTheLimitWith413() {
    StringBuilder csv = new StringBuilder("kind,indicator,period,value\n");
    for (int i = 0; i <= 200_000; i++) {
      csv.append("target,X,2020,1\n");
    }
    importingCsv(csv.toString())
        .statusCode(413)
        .contentType("application/problem+json")
        .body("detail", containsString("more than 200000 rows"));
  }

  @Test
  void shouldRefuseAWorkbookOfAMillionEmptyRowsWithoutReadingThemAll() throws IOException {
    byte[] workbook;
    try (var book = new org.apache.poi.xssf.streaming.SXSSFWorkbook(100);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      var sheet = book.createSheet();
      sheet.createRow(0).createCell(0).setCellValue("kind");
      for (int i = 1; i <= 1_000_000; i++) {
        sheet.createRow(i);
      }
      book.write(out);
      workbook = out.toByteArray();
    }

    importing(XLSX, workbook).statusCode(413).contentType("application/problem+json");
  }

  @Test
  void shouldRefuseAWorkbookWhoseTextsWouldFillTheMemory() throws IOException {
    byte[] workbook;
    try (XSSFWorkbook book = new XSSFWorkbook();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      XSSFSheet sheet = book.createSheet();
      sheet.createRow(0).createCell(0).setCellValue("note");
      java.util.Random random = new java.util.Random(19);
      for (int i = 1; i <= 20_000; i++) {
        StringBuilder text = new StringBuilder();
        while (text.length() < 1000) {
          text.append(Long.toString(random.nextLong(), 36));
        }
        sheet.createRow(i).createCell(0).setCellValue(text.toString());
      }
      book.write(out);
      workbook = out.toByteArray();
    }

    importing(XLSX, workbook)
        .statusCode(413)
        .contentType("application/problem+json")
        .body("detail", containsString("texts take more than 16777216 bytes"));
  }

  @Test
  void shouldRefuseAFileThatIsNotAWorkbookOrNotCsv() {
    importing(XLSX, "kind,indicator\n".getBytes(StandardCharsets.UTF_8))
        .statusCode(400)
        .contentType("application/problem+json")
        .body("detail", containsString("not an Excel workbook"));
    importing("text/csv", new byte[] {'k', 'i', 'n', 'd', '\n', (byte) 0xC3, (byte) 0x28, '\n'})
        .statusCode(400)
        .body("detail", equalTo("The CSV file is not UTF-8 text."));
    importingJson("{\"kind\": \"target\"}")
        .statusCode(400)
        .body("errors[0].field", equalTo("body"));
  }

  /**
   * Rows of a list of the same target rows, for {@link #shouldRefuseMoreRowsThanTheLimitWith413}.
   */
  static List<String> lines(int count, String line) {
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      lines.add(line);
    }
    return lines;
  }
}

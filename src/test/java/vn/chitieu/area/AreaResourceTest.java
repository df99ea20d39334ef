package vn.chitieu.area;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.given;
import static vn.chitieu.Fixtures.postJson;
import static vn.chitieu.Fixtures.targetJson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chitieu.Fixtures;
import vn.chitieu.ProblemAssertions;
import vn.chitieu.Tokens;
import vn.chitieu.common.Text;

/**
 * The registry as shipped (docs/areas.md): the counts of the 2025 reorganisation, what a code named
 * on either side of 1 July 2025, and the rule that a figure's area existed in its period.
 */
@QuarkusTest
class AreaResourceTest {

  @Inject DataSource database;

  private static final String PATH = "/api/v1/areas";

  private static ValidatableResponse count(String query) {
    return given().get(PATH + "?size=1&" + query).then().statusCode(200);
  }

  @Test
  void shouldCountSixtyThreeProvincesOnTheLastDayAndThirtyFourOnTheFirst() {
    count("level=PROVINCE&validOn=2025-06-30").body("totalItems", equalTo(63));
    count("level=PROVINCE&validOn=2025-07-01").body("totalItems", equalTo(34));
  }

  @Test
  void shouldCountQuangNinhsUnitsBeforeAndAfter() {
    count("level=DISTRICT&parent=22&validOn=2025-06-30").body("totalItems", equalTo(13));
    count("level=DISTRICT&parent=22&validOn=2025-07-01").body("totalItems", equalTo(0));
    count("level=COMMUNE&parent=22&validOn=2025-07-01").body("totalItems", equalTo(54));
    // 171 communes in 13 districts: the 2025-01-04 list has 32 rows for Hạ Long (193).
    count("level=COMMUNE&parent=193&validOn=2025-06-30").body("totalItems", equalTo(32));
  }

  @Test
  void shouldTellWhatHaGiangWasAndBecame() {
    given()
        .get(PATH + "/02")
        .then()
        .statusCode(200)
        .body("name", equalTo("Tỉnh Hà Giang"))
        .body("level", equalTo("PROVINCE"))
        .body("validTo", equalTo("2025-06-30"))
        .body("successors.code", contains("08"))
        .body("successors[0].name", equalTo("Tỉnh Tuyên Quang"))
        .body("successors[0].validFrom", equalTo("2025-07-01"))
        .body("successors[0].relation", equalTo("WHOLE"))
        .body("successors[0].legalBasis", equalTo("Nghị quyết 202/2025/QH15"));
  }

  @Test
  void shouldGiveTheUnitACodeNamedOnEachSideOfTheReorganisation() {
    given()
        .get(PATH + "/06652?validOn=2025-06-30")
        .then()
        .statusCode(200)
        .body("name", equalTo("Phường Hà Phong"))
        .body("parent", equalTo("193"))
        .body("validTo", equalTo("2025-06-30"))
        .body("successors.name", contains("Phường Hà Tu"));
    given()
        .get(PATH + "/06652?validOn=2025-07-01")
        .then()
        .statusCode(200)
        .body("name", equalTo("Phường Hà Tu"))
        .body("parent", equalTo("22"))
        .body("validFrom", equalTo("2025-07-01"))
        .body("validTo", nullValue())
        .body("legalBasis", equalTo("Nghị quyết 1679/NQ-UBTVQH15"))
        .body("predecessors.code", contains("06652", "06664"))
        .body("predecessors.relation", contains("WHOLE", "WHOLE"));
    given()
        .get(PATH + "/06994?validOn=2025-06-30")
        .then()
        .body("name", equalTo("Thị trấn Cái Rồng"));
    given()
        .get(PATH + "/06994?validOn=2025-07-01")
        .then()
        .body("name", equalTo("Đặc khu Vân Đồn"))
        .body("kind", equalTo("đặc khu"))
        .body("predecessors", hasSize(12));
    // Without a day: the unit that began last.
    given().get(PATH + "/06652").then().body("name", equalTo("Phường Hà Tu"));
  }

  @Test
  void shouldNameAPartRelationAsPart() {
    // Phường Việt Hưng took part of Hà Khẩu (the rest went to Tuần Châu) and all of Giếng Đáy.
    given()
        .get(PATH + "/06661?validOn=2025-07-01")
        .then()
        .body("predecessors.find { it.code == '06655' }.relation", equalTo("PART"))
        .body("predecessors.find { it.code == '06655' }.note", equalTo("Nhập một phần"))
        .body("predecessors.find { it.code == '06661' }.relation", equalTo("WHOLE"));
  }

  @Test
  void shouldNotFindAUnitOfACodeOnADayItNamedNone() {
    given()
        .get(PATH + "/06664?validOn=2025-07-01")
        .then()
        .statusCode(404)
        .body("detail", containsString("Phường Hà Tu until 2025-06-30"));
    given().get(PATH + "/99999").then().statusCode(404);
  }

  @Test
  void shouldFoldShippedNamesAsTheSearchFoldsAQuery() throws SQLException {
    int rows = 0;
    try (Connection connection = database.getConnection();
        Statement sql = connection.createStatement();
        ResultSet shipped =
            sql.executeQuery("select name, search_text from area where code !~ '^[89][0-9]{4}$'")) {
      while (shipped.next()) {
        assertThat(shipped.getString(2)).isEqualTo(Text.fold(shipped.getString(1)));
        rows++;
      }
    }
    // 63 + 23 provinces, 13 districts, 171 + 54 communes (tests register theirs as 8xxxx, 9xxxx).
    assertThat(rows).isEqualTo(63 + 23 + 13 + 171 + 54);
  }

  @Test
  void shouldSearchIgnoringCaseAndDiacritics() {
    given()
        .get(PATH + "?q=VAN DON&validOn=2025-07-01")
        .then()
        .body("items.name", contains("Đặc khu Vân Đồn"));
    given()
        .get(PATH + "?q=quang ninh&level=PROVINCE")
        .then()
        .body("items.name", contains("Tỉnh Quảng Ninh"));
  }

  @ParameterizedTest(name = "{0} in {1}: {2}")
  @CsvSource({
    // Huyện Vân Đồn and the old Phường Hà Tu ended on 30 June 2025 (the new Phường Hà Tu has
    // another code); every new commune of Quảng Ninh took the code of an old one.
    "203,   2025-06, 201",
    "203,   2025-07, 400",
    "06664, 2025-06, 201",
    "06664, 2025-07, 400",
    "06994, 2025-06, 201",
    "06994, 2025-07, 201",
    // Hà Giang: a year it ended in is fine, a year after it is not.
    "02,    2025,    201",
    "02,    2026,    400",
    // Quảng Ninh itself kept its borders.
    "22,    2026,    201",
  })
  void shouldAcceptAFigureOnlyForAUnitThatExistedInItsPeriod(
      String area, String period, int status) {
    String indicator = createIndicator("TEST_AREA");
    postJson(
            "/api/v1/targets",
            targetJson(indicator, period, "1")
                .replace("\"area\": \"22\"", "\"area\": \"" + area + "\""))
        .then()
        .statusCode(status);
  }

  @Test
  void shouldNameTheUnitAndItsValidityWhenRefusingAFigure() {
    String indicator = createIndicator("TEST_AREA");
    ProblemAssertions.assertInvalid(
        postJson(
                "/api/v1/targets",
                targetJson(indicator, "2026", "1").replace("\"area\": \"22\"", "\"area\": \"02\""))
            .then(),
        "area",
        "names no unit that existed during 2026: area 02 is Tỉnh Hà Giang until 2025-06-30");
    ProblemAssertions.assertInvalid(
        postJson(
                "/api/v1/targets",
                targetJson(indicator, "2026", "1")
                    .replace("\"area\": \"22\"", "\"area\": \"99998\""))
            .then(),
        "area",
        "names no known area: 99998");
  }

  @Test
  void shouldRefuseAFilterNamingAnUnknownArea() {
    ProblemAssertions.assertInvalid(
        given().get("/api/v1/targets?area=99998").then(), "area", "names no known area: 99998");
    ProblemAssertions.assertInvalid(
        given().get("/api/v1/progress?period=2020&area=99998").then(),
        "area",
        "names no known area: 99998");
    given().get("/api/v1/achievements?area=02").then().statusCode(200);
  }

  @Test
  void shouldApplyTheRuleToEachRowOfAnImport() {
    String indicator = createIndicator("TEST_AREA");
    Fixtures.postCsv(
            "/api/v1/imports?mode=valid-rows",
            "kind,indicator,period,area,value,basis\n"
                + "target,%s,2026,02,1,Kế hoạch thử\n".formatted(indicator)
                + "target,%s,2026,22,1,Kế hoạch thử\n".formatted(indicator))
        .then()
        .statusCode(200)
        .body("created", equalTo(1))
        .body("rejections[0].row", equalTo(2))
        .body("rejections[0].field", equalTo("area"))
        .body("rejections[0].message", containsString("Tỉnh Hà Giang until 2025-06-30"));
  }

  @Test
  void shouldLetOnlyAnAdminLoadUnits() {
    RestAssured.given()
        .filter(Fixtures.CONTRACT)
        .auth()
        .oauth2(Tokens.withRoles("test-approver", "approver"))
        .contentType("text/csv")
        .body("code,name,kind,parent\n98001,Xa thu,xa,99\n")
        .post(PATH + "/units")
        .then()
        .statusCode(403);
  }

  @Test
  void shouldLoadUnitsAndRelationsAndRefuseBadRowsWhole() {
    // The new commune takes the code of the old one, as many did on 1 July 2025.
    String code = Fixtures.uniqueArea();
    Fixtures.postCsv(
            PATH + "/units",
            "code,name,kind,parent,validFrom,validTo,legalBasis\n"
                + "%s,Xã thử cũ,xã,99,,2030-12-31,\n".formatted(code)
                + "%s,Xã thử mới,xã,99,2031-01-01,,Nghị quyết thử\n".formatted(code))
        .then()
        .statusCode(200)
        .body("rows", equalTo(2))
        .body("created", equalTo(1))
        .body("updated", equalTo(1));
    Fixtures.postCsv(
            PATH + "/relations",
            "predecessor,successor,on,relation,legalBasis,note\n"
                + "%s,%s,2031-01-01,WHOLE,Nghị quyết thử,Nhập toàn bộ\n".formatted(code, code))
        .then()
        .statusCode(200)
        .body("created", equalTo(1));
    given()
        .get(PATH + "/" + code + "?validOn=2031-01-01")
        .then()
        .body("name", equalTo("Xã thử mới"))
        .body("predecessors.code", contains(code))
        .body("predecessors[0].validTo", equalTo("2030-12-31"));

    Fixtures.postCsv(
            PATH + "/units",
            "code,name,kind,parent,validFrom,validTo\n"
                + "00002,Xã thử,xã,99,,\n"
                + "9800,Xã thử,xã,99,,\n"
                + "98003,Xã thử,xã,99,2031-01-01,2030-01-01\n")
        .then()
        .statusCode(400)
        .body("rows.row", contains(3, 4))
        .body("rows.field", contains("code", "validTo"));
    given().get(PATH + "/00002").then().statusCode(404);
  }

  @Test
  void shouldKeepReadingARowWhoseAreaTheRegistryLacksAndReportIt() throws SQLException {
    String indicator = createIndicator("TEST_AREA");
    String id = Fixtures.createTarget(indicator, "2020", "1");
    String old = UUID.randomUUID().toString();
    // A row written before the registry existed, for district code 999, which names no unit.
    try (Connection connection = database.getConnection();
        Statement sql = connection.createStatement()) {
      sql.execute("create temp table old_target as select * from target where id = '" + id + "'");
      sql.execute("update old_target set id = '" + old + "', area = '999'");
      sql.execute("insert into target select * from old_target");
      sql.execute("drop table old_target");
    }

    given().get("/api/v1/targets/" + old).then().statusCode(200).body("area", equalTo("999"));
    given()
        .get(PATH + "/unknown-in-use")
        .then()
        .statusCode(200)
        .body("area", hasItem("999"))
        .body("area", not(hasItem("22")))
        .body("find { it.area == '999' }.achievements", equalTo(0));
  }
}

package vn.chitieu.indicator;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.nullValue;
import static vn.chitieu.Fixtures.createAchievement;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.given;
import static vn.chitieu.Fixtures.indicatorJson;
import static vn.chitieu.Fixtures.postJson;
import static vn.chitieu.Fixtures.putJson;
import static vn.chitieu.Fixtures.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.chitieu.Fixtures;
import vn.chitieu.Tokens;

@QuarkusTest
class IndicatorResourceTest {

  private static final String PATH = "/api/v1/indicators";

  @Test
  void shouldListTheEightDemoIndicators() {
    given()
        .queryParam("size", 500)
        .get(PATH)
        .then()
        .statusCode(200)
        .body(
            "items.code",
            hasItems(
                "POOR_HOUSEHOLD_RATE",
                "TRAINED_WORKER_RATE",
                "NEW_JOBS",
                "SOCIAL_INSURANCE_PARTICIPANTS",
                "UNEMPLOYMENT_INSURANCE_PARTICIPANTS",
                "VOCATIONAL_TRAINING_ENROLMENTS",
                "DRUG_REHABILITATION_CASES",
                "SUPPORTED_CHILDREN_RATE"));
  }

  @Test
  void shouldGetDemoIndicatorWithNamesAndBounds() {
    given()
        .get(PATH + "/POOR_HOUSEHOLD_RATE")
        .then()
        .statusCode(200)
        .contentType(ContentType.JSON)
        .body("name.vi", equalTo("Tỷ lệ hộ nghèo"))
        .body("name.en", equalTo("Poor-household rate"))
        .body("polarity", equalTo("LOWER_IS_BETTER"))
        .body("unit", equalTo("%"))
        .body("decimals", equalTo(2))
        .body("minValue", equalTo(0))
        .body("maxValue", equalTo(100));
  }

  @Test
  void shouldCreateIndicatorWithLocationAndDefaults() {
    String code = uniqueCode("CREATE");
    String location =
        postJson(PATH, indicatorJson(code, "TEST_CREATE", "PERCENT", 2))
            .then()
            .statusCode(201)
            .header("Location", endsWith(PATH + "/" + code))
            .body("code", equalTo(code))
            .body("frequency", equalTo("ANNUAL"))
            .body("aggregation", equalTo("LAST"))
            .body("active", equalTo(true))
            .body("minValue", equalTo(0))
            .body("maxValue", equalTo(100))
            .extract()
            .header("Location");
    given().get(location).then().statusCode(200).body("code", equalTo(code));
  }

  /** Flows are summed over a plan, levels read at their last value: what the outlook needs. */
  @Test
  void shouldKeepHowValuesCombineOverTime() {
    String code = uniqueCode("FLOW");
    postJson(
            PATH,
            indicatorJson(code, "TEST_FLOW", "COUNT", 0)
                .replace("\"decimals\"", "\"aggregation\": \"SUM\", \"decimals\""))
        .then()
        .statusCode(201)
        .body("aggregation", equalTo("SUM"));
    Fixtures.changing(Tokens.withRoles(Fixtures.ADMIN_USER, "admin"), PATH + "/" + code)
        .contentType("application/merge-patch+json")
        .body("{\"aggregation\": null}")
        .patch(PATH + "/" + code)
        .then()
        .statusCode(200)
        .body("aggregation", equalTo("LAST"));
    postJson(
            PATH,
            indicatorJson(uniqueCode("FLOW"), "TEST_FLOW", "COUNT", 0)
                .replace("\"decimals\"", "\"aggregation\": \"AVERAGE\", \"decimals\""))
        .then()
        .statusCode(400);
    given().get(PATH + "/NEW_JOBS").then().body("aggregation", equalTo("SUM"));
    given()
        .get(PATH + "/SOCIAL_INSURANCE_PARTICIPANTS")
        .then()
        .body("aggregation", equalTo("LAST"));
  }

  @Test
  void shouldNotCreateDuplicateCode() {
    String code = createIndicator("TEST_DUPLICATE");
    postJson(PATH, indicatorJson(code, "TEST_DUPLICATE", "COUNT", 0))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("status", equalTo(409))
        .body("detail", equalTo("An indicator with code " + code + " already exists."));
    given().get(PATH + "/" + code).then().body("measure", equalTo("PERCENT"));
  }

  @Test
  void shouldReplaceIndicatorButKeepItsCode() {
    String code = createIndicator("TEST_REPLACE");
    putJson(
            PATH + "/" + code,
            indicatorJson(code, "TEST_REPLACE", "COUNT", 0)
                .replace("\"code\": \"" + code + "\",", ""))
        .then()
        .statusCode(200)
        .body("measure", equalTo("COUNT"))
        .body("minValue", nullValue());
    given().get(PATH + "/" + code).then().body("measure", equalTo("COUNT"));
  }

  @Test
  void shouldNotChangeCodeOnReplace() {
    String code = createIndicator("TEST_REPLACE");
    putJson(PATH + "/" + code, indicatorJson("OTHER_CODE", "TEST_REPLACE", "COUNT", 0))
        .then()
        .statusCode(400)
        .body("errors.field", contains("code"));
    given().get(PATH + "/" + code).then().body("measure", equalTo("PERCENT"));
    given().get(PATH + "/OTHER_CODE").then().statusCode(404);
  }

  @Test
  void shouldNotReplaceUnknownIndicator() {
    putJson(PATH + "/NO_SUCH_INDICATOR", indicatorJson("NO_SUCH_INDICATOR", "TEST", "COUNT", 0))
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void shouldDeleteIndicator() {
    String code = createIndicator("TEST_DELETE");
    Fixtures.delete(PATH + "/" + code).then().statusCode(204);
    given().get(PATH + "/" + code).then().statusCode(404);
    Fixtures.delete(PATH + "/" + code).then().statusCode(404);
  }

  @Test
  void shouldNotDeleteIndicatorWithData() {
    String code = createIndicator("TEST_DELETE");
    createAchievement(code, "2020", "1");
    Fixtures.delete(PATH + "/" + code)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString("retire it with active=false"));
    given().get(PATH + "/" + code).then().statusCode(200);
  }

  @Test
  void shouldNotGetUnknownIndicator() {
    given()
        .get(PATH + "/NO_SUCH_INDICATOR")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("title", equalTo("Not found"))
        .body("detail", equalTo("No indicator has code NO_SUCH_INDICATOR."))
        .body("instance", equalTo(PATH + "/NO_SUCH_INDICATOR"));
  }

  @Test
  void shouldFilterBySectorAndActive() {
    String sector = uniqueCode("SECTOR");
    String active = createIndicator(sector);
    String retired = uniqueCode("RETIRED");
    postJson(
            PATH,
            indicatorJson(retired, sector, "PERCENT", 2).replace("}\n", ", \"active\": false}\n"))
        .then()
        .statusCode(201);
    given().queryParam("sector", sector).get(PATH).then().body("totalItems", equalTo(2));
    given()
        .queryParam("sector", sector)
        .queryParam("active", false)
        .get(PATH)
        .then()
        .body("items.code", contains(retired));
    given()
        .queryParam("sector", sector)
        .queryParam("active", true)
        .get(PATH)
        .then()
        .body("items.code", contains(active));
  }

  @Test
  void shouldFindByNameIgnoringCaseAndDiacritics() {
    given()
        .queryParam("q", "HO NGHEO")
        .get(PATH)
        .then()
        .body("items.code", hasItem("POOR_HOUSEHOLD_RATE"));
    given()
        .queryParam("q", "thất nghiệp")
        .get(PATH)
        .then()
        .body("items.code", contains("UNEMPLOYMENT_INSURANCE_PARTICIPANTS"));
    given()
        .queryParam("q", "dao tao nghe")
        .get(PATH)
        .then()
        .body("items.code", contains("VOCATIONAL_TRAINING_ENROLMENTS"));
    given()
        .queryParam("q", "poor household")
        .get(PATH)
        .then()
        .body("items.code", contains("POOR_HOUSEHOLD_RATE"));
  }

  @Test
  void shouldPageThroughASector() {
    String sector = uniqueCode("PAGED");
    for (int i = 0; i < 3; i++) {
      createIndicator(sector);
    }
    given()
        .queryParam("sector", sector)
        .queryParam("size", 2)
        .queryParam("page", 1)
        .get(PATH)
        .then()
        .statusCode(200)
        .body("items.size()", equalTo(1))
        .body("page", equalTo(1))
        .body("size", equalTo(2))
        .body("totalItems", equalTo(3))
        .body("totalPages", equalTo(2));
    given()
        .queryParam("sector", sector)
        .queryParam("size", 2)
        .queryParam("page", 5)
        .get(PATH)
        .then()
        .body("items.size()", equalTo(0))
        .body("totalItems", equalTo(3));
  }
}

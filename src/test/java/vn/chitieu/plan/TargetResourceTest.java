package vn.chitieu.plan;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.createTarget;
import static vn.chitieu.Fixtures.given;
import static vn.chitieu.Fixtures.postJson;
import static vn.chitieu.Fixtures.putJson;
import static vn.chitieu.Fixtures.targetJson;
import static vn.chitieu.Fixtures.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import org.junit.jupiter.api.Test;
import vn.chitieu.Fixtures;

@QuarkusTest
class TargetResourceTest {

  private static final String PATH = "/api/v1/targets";

  @Test
  void shouldCreateTargetWithLocationAndExactValue() {
    String indicator = createIndicator("TEST_TARGET");
    String location =
        postJson(PATH, targetJson(indicator, "2021", "0.14"))
            .then()
            .statusCode(201)
            .header("Location", containsString(PATH + "/"))
            .body("indicator", equalTo(indicator))
            .body("period", equalTo("2021"))
            .body("area", equalTo("22"))
            .body("operator", equalTo("AT_MOST"))
            .body("basis", equalTo("Kế hoạch thử"))
            .extract()
            .header("Location");
    String body = given().get(location).then().statusCode(200).extract().asString();
    org.assertj.core.api.Assertions.assertThat(body).contains("\"value\":0.14,");
  }

  @Test
  void shouldAnswerALocationThatDoesNotCarryTheCallersHostHeader() {
    String indicator = createIndicator("TEST_TARGET");
    String location =
        given()
            .header("Host", "evil.example")
            .contentType(ContentType.JSON)
            .body(targetJson(indicator, "2021", "0.14"))
            .post(PATH)
            .then()
            .statusCode(201)
            .header("Location", startsWith(PATH + "/"))
            .header("Location", not(containsString("evil")))
            .extract()
            .header("Location");
    given().get(location).then().statusCode(200).body("indicator", equalTo(indicator));
  }

  @Test
  void shouldDefaultAreaToHomeArea() {
    String indicator = createIndicator("TEST_TARGET");
    postJson(
            PATH,
            "{\"indicator\": \"%s\", \"period\": \"2021-2025\", \"value\": 1}".formatted(indicator))
        .then()
        .statusCode(201)
        .body("area", equalTo("22"))
        .body("period", equalTo("2021-2025"));
  }

  @Test
  void shouldKeepAnExplicitOperatorAndBaseline() {
    String indicator = createIndicator("TEST_TARGET");
    postJson(
            PATH,
            """
            {"indicator": "%s", "period": "2021-2025", "area": "22", "value": 1.5,
             "operator": "EXACTLY", "baseline": {"period": "2020", "value": 2.25}}
            """
                .formatted(indicator))
        .then()
        .statusCode(201)
        .body("operator", equalTo("EXACTLY"))
        .body("baseline.period", equalTo("2020"))
        .body("baseline.value", equalTo(2.25f));
  }

  @Test
  void shouldRefuseSecondTargetForSameIndicatorPeriodAndArea() {
    String indicator = createIndicator("TEST_TARGET");
    String first = createTarget(indicator, "2021", "0.14");
    postJson(PATH, targetJson(indicator, "2021", "0.2"))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString(first));
    given().get(PATH + "/" + first).then().body("value", equalTo(0.14f));
  }

  @Test
  void shouldReplaceTarget() {
    String indicator = createIndicator("TEST_TARGET");
    String id = createTarget(indicator, "2021", "0.14");
    putJson(PATH + "/" + id, targetJson(indicator, "2022", "0.1"))
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("period", equalTo("2022"))
        .body("value", equalTo(0.1f));
    given().get(PATH + "/" + id).then().body("period", equalTo("2022"));
  }

  @Test
  void shouldNotReplaceOntoAnotherTargetsKey() {
    String indicator = createIndicator("TEST_TARGET");
    String first = createTarget(indicator, "2021", "0.14");
    String second = createTarget(indicator, "2022", "0.12");
    putJson(PATH + "/" + second, targetJson(indicator, "2021", "0.1"))
        .then()
        .statusCode(409)
        .body("detail", containsString(first));
    given().get(PATH + "/" + second).then().body("period", equalTo("2022"));
  }

  @Test
  void shouldDeleteTarget() {
    String indicator = createIndicator("TEST_TARGET");
    String id = createTarget(indicator, "2021", "0.14");
    Fixtures.delete(PATH + "/" + id).then().statusCode(204);
    given().get(PATH + "/" + id).then().statusCode(404).contentType("application/problem+json");
    Fixtures.delete(PATH + "/" + id).then().statusCode(404);
  }

  @Test
  void shouldNotGetUnknownTarget() {
    given()
        .get(PATH + "/00000000-0000-0000-0000-000000000000")
        .then()
        .statusCode(404)
        .body("detail", equalTo("No target has id 00000000-0000-0000-0000-000000000000."));
    given()
        .get(PATH + "/not-a-uuid")
        .then()
        .statusCode(404)
        .contentType("application/problem+json");
  }

  @Test
  void shouldListByIndicatorOrderedByPeriod() {
    String indicator = createIndicator("TEST_TARGET");
    createTarget(indicator, "2021", "1");
    createTarget(indicator, "2020-Q3", "1");
    createTarget(indicator, "2021-2025", "1");
    createTarget(indicator, "2020", "1");
    given()
        .queryParam("indicator", indicator)
        .get(PATH)
        .then()
        .statusCode(200)
        .body("items.period", contains("2020", "2020-Q3", "2021", "2021-2025"))
        .body("totalItems", equalTo(4));
  }

  @Test
  void shouldFilterByPeriodRangeAreaAndSector() {
    String sector = uniqueCode("SECTOR");
    String indicator = createIndicator(sector);
    createTarget(indicator, "2016-2020", "1");
    createTarget(indicator, "2019", "1");
    createTarget(indicator, "2020-07", "1");
    createTarget(indicator, "2021", "1");
    given()
        .queryParam("sector", sector)
        .queryParam("from", "2017")
        .queryParam("to", "2020")
        .get(PATH)
        .then()
        .body("items.period", contains("2019", "2020-07"));
    given()
        .queryParam("sector", sector)
        .queryParam("period", "2021")
        .queryParam("area", "22")
        .get(PATH)
        .then()
        .body("items.period", contains("2021"));
    given()
        .queryParam("sector", sector)
        .queryParam("area", "01")
        .get(PATH)
        .then()
        .body("totalItems", equalTo(0));
  }

  @Test
  void shouldRejectInvalidListParameters() {
    given()
        .queryParam("from", "2020-Q5")
        .get(PATH)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("from"))
        .body("errors[0].message", containsString("must be a period such as 2020"));
    given()
        .queryParam("size", 501)
        .get(PATH)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("size"));
  }

  @Test
  void shouldServeTheDemoTargetsFor2021() {
    given()
        .queryParam("indicator", "POOR_HOUSEHOLD_RATE")
        .queryParam("period", "2021")
        .get(PATH)
        .then()
        .body("items[0].value", equalTo(0.14f))
        .body("items[0].operator", equalTo("AT_MOST"))
        .body("items[0].baseline.value", equalTo(0.23f))
        .body("items[0].note", nullValue());
  }
}

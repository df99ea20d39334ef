package vn.chitieu.area;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.empty;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.chitieu.Fixtures.achievementJson;
import static vn.chitieu.Fixtures.given;
import static vn.chitieu.Fixtures.postJson;
import static vn.chitieu.Fixtures.targetJson;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.chitieu.Fixtures;
import vn.chitieu.ProblemAssertions;

/**
 * Figures across the registry's tree and time: a province's flow from its districts' (roll-up), and
 * a commune's series before it was formed from its predecessors' (docs/design.md, "Areas").
 */
@QuarkusTest
class DerivationTest {

  /** A flow indicator (SUM), counted in whole units, higher is better. */
  private static String createFlow() {
    String code = Fixtures.uniqueCode("FLOW");
    postJson(
            "/api/v1/indicators",
            Fixtures.indicatorJson(code, "TEST_DERIVATION", "COUNT", 0)
                .replace(
                    "\"polarity\": \"LOWER_IS_BETTER\"",
                    "\"polarity\": \"HIGHER_IS_BETTER\", \"aggregation\": \"SUM\""))
        .then()
        .statusCode(201);
    return code;
  }

  private static void achieve(String indicator, String period, String area, String value) {
    postJson(
            "/api/v1/achievements",
            achievementJson(indicator, period, value)
                .replace("\"area\": \"22\"", "\"area\": \"" + area + "\""))
        .then()
        .statusCode(201);
  }

  @Test
  void shouldSumTheDistrictsThatReportedWhenTheProvinceReportedNothing() {
    String indicator = createFlow();
    postJson("/api/v1/targets", targetJson(indicator, "2024", "250")).then().statusCode(201);
    achieve(indicator, "2024", "193", "100");
    achieve(indicator, "2024", "194", "200");

    given()
        .get("/api/v1/progress?period=2024&area=22&derive=children&indicator=" + indicator)
        .then()
        .statusCode(200)
        .body("[0].area", equalTo("22"))
        .body("[0].achievement.value", equalTo(300))
        .body("[0].derivation.from", equalTo("CHILDREN"))
        .body("[0].derivation.derived", equalTo(true))
        // Quảng Ninh had 13 district-level units throughout 2024; 2 reported.
        .body("[0].derivation.expected", equalTo(13))
        .body("[0].derivation.reporting", equalTo(2))
        .body("[0].outcome", equalTo("EXCEEDED"))
        .body("[0].margin", equalTo(50));
  }

  @Test
  void shouldKeepTheProvincesOwnFigureAndShowTheDifference() {
    String indicator = createFlow();
    achieve(indicator, "2024", "22", "280");
    achieve(indicator, "2024", "193", "100");
    achieve(indicator, "2024", "194", "200");

    given()
        .get("/api/v1/progress?period=2024&area=22&derive=children&indicator=" + indicator)
        .then()
        .body("[0].achievement.value", equalTo(280))
        .body("[0].derivation.derived", equalTo(false))
        .body("[0].derivation.sum", equalTo(300))
        .body("[0].derivation.difference", equalTo(-20));
    // Without derive, the row is as before: no derivation at all.
    given()
        .get("/api/v1/progress?period=2024&area=22&indicator=" + indicator)
        .then()
        .body("[0].derivation", nullValue());
  }

  @Test
  void shouldNotSumALevel() {
    String rate = Fixtures.createIndicator("TEST_DERIVATION");
    achieve(rate, "2024", "193", "10");
    achieve(rate, "2024", "194", "20");

    given()
        .get("/api/v1/progress?period=2024&area=22&derive=children&indicator=" + rate)
        .then()
        .statusCode(200)
        .body("", empty());
  }

  @Test
  void shouldCountTheCommunesAfterTheReorganisationAsChildren() {
    String indicator = createFlow();
    achieve(indicator, "2025-Q3", "06652", "10");

    given()
        .get("/api/v1/progress?period=2025-Q3&area=22&derive=children&indicator=" + indicator)
        .then()
        .body("[0].achievement.value", equalTo(10))
        .body("[0].derivation.expected", equalTo(54))
        .body("[0].derivation.reporting", equalTo(1));
  }

  @Test
  void shouldListOneRowPerChild() {
    String indicator = createFlow();
    achieve(indicator, "2024", "194", "200");
    achieve(indicator, "2024", "193", "100");
    achieve(indicator, "2024", "22", "280");

    given()
        .get("/api/v1/progress?period=2024&area=22&breakdown=children&indicator=" + indicator)
        .then()
        .statusCode(200)
        .body("area", contains("193", "194"))
        .body("achievement.value", contains(100, 200));
  }

  @Test
  void shouldContinueAMergedCommunesSeriesFromItsWholePredecessors() {
    String indicator = createFlow();
    // Phường Hà Tu (06652, from 1 July 2025) was formed from all of Phường Hà Phong (06652 until
    // then) and all of the old Phường Hà Tu (06664).
    achieve(indicator, "2024", "06652", "30");
    achieve(indicator, "2024", "06664", "12");
    achieve(indicator, "2025", "06664", "7");
    achieve(indicator, "2026", "06652", "50");

    String series = "/api/v1/indicators/" + indicator + "/progress?area=06652";
    given()
        .get(series + "&derive=predecessors")
        .then()
        .statusCode(200)
        .body("period", contains("2024", "2025", "2026"))
        .body("[0].achievement.value", equalTo(42))
        .body("[0].derivation.from", equalTo("PREDECESSORS"))
        .body("[0].derivation.derived", equalTo(true))
        .body("[0].derivation.expected", equalTo(2))
        .body("[0].derivation.reporting", equalTo(2))
        // 2025 crosses the first day of the new ward: nothing is summed.
        .body("[1].achievement", nullValue())
        .body("[1].derivation.comparable", equalTo(false))
        .body("[2].achievement.value", equalTo(50))
        .body("[2].derivation", nullValue());
    // Without derive, the code's own figures: Hà Phong's 2024 and the new ward's 2026.
    given().get(series).then().body("achievement.value", contains(30, 50));
  }

  @Test
  void shouldRefuseToSumAcrossAPartRelation() {
    String indicator = createFlow();
    // Phường Việt Hưng (06661) took part of Phường Hà Khẩu (06655), and all of two others.
    achieve(indicator, "2024", "06703", "5");

    given()
        .get("/api/v1/indicators/" + indicator + "/progress?area=06661&derive=predecessors")
        .then()
        .statusCode(200)
        .body("[0].period", equalTo("2024"))
        .body("[0].achievement", nullValue())
        .body("[0].derivation.comparable", equalTo(false))
        .body("[0].derivation.derived", equalTo(false));
  }

  @Test
  void shouldRefuseToDeriveALevelsSeries() {
    String rate = Fixtures.createIndicator("TEST_DERIVATION");
    ProblemAssertions.assertInvalid(
        given()
            .get("/api/v1/indicators/" + rate + "/progress?area=06652&derive=predecessors")
            .then(),
        "derive",
        "sums only SUM indicators");
  }
}

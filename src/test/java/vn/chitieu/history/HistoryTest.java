package vn.chitieu.history;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.ProblemAssertions.assertInvalid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chitieu.Fixtures;
import vn.chitieu.Tokens;
import vn.chitieu.system.TestClock;

/**
 * Every write keeps a version: who, when, why. As of an instant the service answers what it held
 * then, a row deleted since included.
 */
@QuarkusTest
class HistoryTest {

  private static final String ACHIEVEMENTS = "/api/v1/achievements";
  private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";
  private static final String CLERK = Tokens.withRoles("clerk", "editor");
  private static final String CHIEF = Tokens.withRoles("chief", "approver");

  @AfterEach
  void comeBack() {
    TestClock.comeBack();
  }

  @Test
  void shouldKeepEveryVersionNewestFirstWithWhoWhenAndWhy() {
    String indicator = Fixtures.uniqueCode("PARTICIPANTS");
    Fixtures.postJson(
            "/api/v1/indicators", Fixtures.indicatorJson(indicator, "TEST_HISTORY", "COUNT", 0))
        .then()
        .statusCode(201);
    String path = ACHIEVEMENTS + "/" + estimate(indicator, "2020", "263050");
    Fixtures.changing(CLERK, path)
        .contentType(MERGE_PATCH)
        .body("{\"status\": \"PRELIMINARY\", \"value\": 265000, \"reason\": \"Số liệu sơ bộ\"}")
        .patch(path)
        .then()
        .statusCode(200);
    Fixtures.changing(CHIEF, path)
        .contentType(ContentType.JSON)
        .body(official(indicator, "2020", "266217", "Số liệu chính thức"))
        .put(path)
        .then()
        .statusCode(200);
    Fixtures.changing(CHIEF, path)
        .queryParam("reason", "Nhập nhầm chỉ tiêu")
        .delete(path)
        .then()
        .statusCode(204);

    Fixtures.given()
        .get(path + "/history")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(4))
        .body("items.changeType", contains("DELETED", "UPDATED", "UPDATED", "CREATED"))
        .body("items.changedBy", contains("chief", "chief", "clerk", "clerk"))
        .body(
            "items.reason",
            contains("Nhập nhầm chỉ tiêu", "Số liệu chính thức", "Số liệu sơ bộ", null))
        .body("items.values.status", contains("OFFICIAL", "OFFICIAL", "PRELIMINARY", "ESTIMATED"))
        .body("items.values.value", contains(266217, 266217, 265000, 263050))
        .body("items.values.version", contains(2, 2, 1, 0));
    Fixtures.given().get(path).then().statusCode(404);
  }

  @Test
  void shouldPageHistory() {
    String indicator = createIndicator("TEST_HISTORY");
    String path = ACHIEVEMENTS + "/" + estimate(indicator, "2020", "1");
    for (int value = 2; value <= 3; value++) {
      Fixtures.changing(CLERK, path)
          .contentType(MERGE_PATCH)
          .body("{\"value\": " + value + "}")
          .patch(path)
          .then()
          .statusCode(200);
    }
    Fixtures.given()
        .queryParam("size", 2)
        .queryParam("page", 1)
        .get(path + "/history")
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(3))
        .body("totalPages", equalTo(2))
        .body("items", hasSize(1))
        .body("items[0].changeType", equalTo("CREATED"))
        .body("items[0].values.value", equalTo(1));
  }

  @Test
  void shouldAnswerHistoryOfUnknownIdWith404() {
    Fixtures.given()
        .get(ACHIEVEMENTS + "/3f1c2a4e-8b7d-4c55-9e3a-2d6f0b1a9c10/history")
        .then()
        .statusCode(404);
    Fixtures.given().get("/api/v1/indicators/NO_SUCH_INDICATOR/history").then().statusCode(404);
  }

  @Test
  void shouldAnswerAsOfBeforeBetweenAndAfterEditsAndADeletion() {
    String indicator = createIndicator("TEST_AS_OF");
    Response created = postAs(CLERK, estimateJson(indicator, "2020", "10"));
    String path = ACHIEVEMENTS + "/" + created.path("id");
    Instant createdAt = Instant.parse(created.path("createdAt"));
    Response changed =
        Fixtures.changing(CLERK, path).contentType(MERGE_PATCH).body("{\"value\": 20}").patch(path);
    Instant changedAt = Instant.parse(changed.path("updatedAt"));
    Fixtures.changing(CLERK, path).delete(path).then().statusCode(204);

    asOf(path, createdAt.minus(1, ChronoUnit.MICROS)).then().statusCode(404);
    asOf(path, createdAt).then().statusCode(200).body("value", equalTo(10));
    asOf(path, changedAt.minus(1, ChronoUnit.MICROS)).then().body("value", equalTo(10));
    asOf(path, changedAt).then().statusCode(200).body("value", equalTo(20));
    asOf(path, Instant.now()).then().statusCode(404);

    Fixtures.given()
        .queryParam("indicator", indicator)
        .queryParam("asOf", changedAt.toString())
        .get(ACHIEVEMENTS)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("items[0].value", equalTo(20));
    Fixtures.given()
        .queryParam("indicator", indicator)
        .get(ACHIEVEMENTS)
        .then()
        .body("totalItems", equalTo(0));
  }

  @Test
  void shouldRefuseAnAsOfInTheFutureOrMalformed() {
    assertInvalid(
        Fixtures.given()
            .queryParam("asOf", Instant.now().plusSeconds(3600).toString())
            .get(ACHIEVEMENTS)
            .then(),
        "asOf",
        "must not be in the future");
    for (String malformed : new String[] {"2020-12-16", "yesterday", "2020-12-16T25:00:00Z"}) {
      assertInvalid(
          Fixtures.given().queryParam("asOf", malformed).get("/api/v1/progress?period=2020").then(),
          "asOf",
          "must be an ISO-8601 instant with an offset, such as 2020-12-16T17:00:00Z, from the year 1900");
    }
  }

  /**
   * The done-when of the issue: the 2020 review as presented on 16 December 2020, reconstructed
   * after the estimate became preliminary (March 2021) and official (June 2021).
   */
  @Test
  void shouldReconstructThe2020ReviewAsPresentedOnTheDay() {
    TestClock.travelTo(Instant.parse("2020-12-16T02:00:00Z"));
    String indicator = createIndicator("TEST_REVIEW");
    String area = "40";
    postAs(
            CLERK,
            """
            {"indicator": "%s", "period": "2020", "area": "%s", "value": 0.30,
             "basis": "Nghị quyết thử"}
            """
                .formatted(indicator, area),
            "/api/v1/targets")
        .then()
        .statusCode(201);
    String id =
        postAs(
                CLERK,
                """
                {"indicator": "%s", "period": "2020", "area": "%s", "value": 0.26,
                 "status": "ESTIMATED"}
                """
                    .formatted(indicator, area))
            .path("id");
    String path = ACHIEVEMENTS + "/" + id;
    TestClock.travelTo(Instant.parse("2021-03-01T02:00:00Z"));
    Fixtures.changing(CLERK, path)
        .contentType(MERGE_PATCH)
        .body("{\"status\": \"PRELIMINARY\", \"value\": 0.29}")
        .patch(path)
        .then()
        .statusCode(200);
    TestClock.travelTo(Instant.parse("2021-06-30T02:00:00Z"));
    Fixtures.changing(CHIEF, path)
        .contentType(MERGE_PATCH)
        .body("{\"status\": \"OFFICIAL\", \"value\": 0.31, \"reportedOn\": \"2021-06-30\"}")
        .patch(path)
        .then()
        .statusCode(200);
    TestClock.comeBack();

    // The evening of 16 December 2020 in Hạ Long: the estimate, within the plan's "at most 0.30".
    Fixtures.given()
        .queryParam("period", "2020")
        .queryParam("area", area)
        .queryParam("indicator", indicator)
        .queryParam("asOf", "2020-12-16T20:00:00+07:00")
        .get("/api/v1/progress")
        .then()
        .statusCode(200)
        .body("achievement.status", contains("ESTIMATED"))
        .body("achievement.value", contains(0.26f))
        .body("achievement.reportedOn", contains("2020-12-16"))
        .body("outcome", contains("EXCEEDED"));
    // Today: the official figure, above it.
    Fixtures.given()
        .queryParam("period", "2020")
        .queryParam("area", area)
        .queryParam("indicator", indicator)
        .get("/api/v1/progress")
        .then()
        .body("achievement.status", contains("OFFICIAL"))
        .body("achievement.value", contains(0.31f))
        .body("outcome", contains("NOT_MET"));
    // The series as of March 2021: preliminary.
    Fixtures.given()
        .queryParam("area", area)
        .queryParam("asOf", "2021-04-01T00:00:00Z")
        .get("/api/v1/indicators/" + indicator + "/progress")
        .then()
        .statusCode(200)
        .body("achievement.status", contains("PRELIMINARY"))
        .body("achievement.value", contains(0.29f));
    // Before the indicator existed, nothing.
    Fixtures.given()
        .queryParam("period", "2020")
        .queryParam("area", area)
        .queryParam("indicator", indicator)
        .queryParam("asOf", "2020-12-15T00:00:00Z")
        .get("/api/v1/progress")
        .then()
        .statusCode(200)
        .body("$", hasSize(0));
  }

  private static String estimate(String indicator, String period, String value) {
    return postAs(CLERK, estimateJson(indicator, period, value))
        .then()
        .statusCode(201)
        .extract()
        .path("id");
  }

  private static String estimateJson(String indicator, String period, String value) {
    return """
        {"indicator": "%s", "period": "%s", "area": "22", "value": %s, "status": "ESTIMATED",
         "reportedOn": "2020-12-16"}
        """
        .formatted(indicator, period, value);
  }

  private static String official(String indicator, String period, String value, String reason) {
    return """
        {"indicator": "%s", "period": "%s", "area": "22", "value": %s, "status": "OFFICIAL",
         "reportedOn": "2021-06-30", "reason": "%s"}
        """
        .formatted(indicator, period, value, reason);
  }

  private static Response postAs(String token, String json) {
    return postAs(token, json, ACHIEVEMENTS);
  }

  private static Response postAs(String token, String json, String path) {
    return RestAssured.given()
        .filter(Fixtures.CONTRACT)
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(json)
        .post(path);
  }

  private static Response asOf(String path, Instant instant) {
    return Fixtures.given().queryParam("asOf", instant.toString()).get(path);
  }
}

package vn.chitieu.achievement;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static vn.chitieu.Fixtures.achievementJson;
import static vn.chitieu.Fixtures.createAchievement;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.exactly;
import static vn.chitieu.Fixtures.given;
import static vn.chitieu.Fixtures.postJson;
import static vn.chitieu.Fixtures.putJson;

import io.quarkus.test.junit.QuarkusTest;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.Test;
import vn.chitieu.Fixtures;

@QuarkusTest
class AchievementResourceTest {

  private static final String PATH = "/api/v1/achievements";

  @Test
  void shouldCreateAchievementKeepingTheValueExact() {
    String indicator = createIndicator("TEST_ACHIEVEMENT");
    String location =
        postJson(PATH, achievementJson(indicator, "2020", "0.230"))
            .then()
            .statusCode(201)
            .header("Location", containsString(PATH + "/"))
            .body("status", equalTo("PRELIMINARY"))
            .body("reportedOn", equalTo("2020-12-16"))
            .body("source", equalTo("Báo cáo thử"))
            .extract()
            .header("Location");
    exactly().get(location).then().statusCode(200).body("value", equalTo(new BigDecimal("0.230")));
  }

  @Test
  void shouldDefaultReportDateToToday() {
    String indicator = createIndicator("TEST_ACHIEVEMENT");
    postJson(
            PATH,
            "{\"indicator\": \"%s\", \"period\": \"2020-S1\", \"value\": 1, \"status\": \"ESTIMATED\"}"
                .formatted(indicator))
        .then()
        .statusCode(201)
        .body("area", equalTo("22"))
        .body("reportedOn", equalTo(LocalDate.now(ZoneId.of("Asia/Ho_Chi_Minh")).toString()));
  }

  @Test
  void shouldRefuseSecondAchievementNamingTheFirst() {
    String indicator = createIndicator("TEST_ACHIEVEMENT");
    String first = createAchievement(indicator, "2020", "1");
    postJson(PATH, achievementJson(indicator, "2020", "2"))
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString(first));
  }

  @Test
  void shouldPromoteAnEstimateToOfficial() {
    String indicator = createIndicator("TEST_ACHIEVEMENT");
    String id = createAchievement(indicator, "2020", "1");
    putJson(
            PATH + "/" + id,
            achievementJson(indicator, "2020", "1.25").replace("PRELIMINARY", "OFFICIAL"))
        .then()
        .statusCode(200)
        .body("status", equalTo("OFFICIAL"));
    exactly().get(PATH + "/" + id).then().body("value", equalTo(new BigDecimal("1.25")));
  }

  @Test
  void shouldDeleteAchievement() {
    String indicator = createIndicator("TEST_ACHIEVEMENT");
    String id = createAchievement(indicator, "2020", "1");
    Fixtures.delete(PATH + "/" + id).then().statusCode(204);
    given().get(PATH + "/" + id).then().statusCode(404).contentType("application/problem+json");
  }

  @Test
  void shouldFilterByStatusAndOrderByPeriod() {
    String indicator = createIndicator("TEST_ACHIEVEMENT");
    createAchievement(indicator, "2020-Q2", "1");
    createAchievement(indicator, "2020-Q1", "1");
    postJson(PATH, achievementJson(indicator, "2019", "1").replace("PRELIMINARY", "OFFICIAL"))
        .then()
        .statusCode(201);
    given()
        .queryParam("indicator", indicator)
        .get(PATH)
        .then()
        .body("items.period", contains("2019", "2020-Q1", "2020-Q2"));
    given()
        .queryParam("indicator", indicator)
        .queryParam("status", "PRELIMINARY")
        .get(PATH)
        .then()
        .body("items.period", contains("2020-Q1", "2020-Q2"));
  }

  @Test
  void shouldRejectUnknownStatusFilter() {
    given()
        .queryParam("status", "FINAL")
        .get(PATH)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("status"))
        .body("errors[0].message", equalTo("must be one of [ESTIMATED, PRELIMINARY, OFFICIAL]"));
  }

  @Test
  void shouldServeTheDemoSocialInsuranceEstimate() {
    exactly()
        .queryParam("indicator", "SOCIAL_INSURANCE_PARTICIPANTS")
        .queryParam("period", "2020")
        .queryParam("area", "22")
        .get(PATH)
        .then()
        .body("items[0].value", equalTo(263050))
        .body("items[0].status", equalTo("ESTIMATED"))
        .body("items[0].reportedOn", equalTo("2020-12-16"));
  }
}

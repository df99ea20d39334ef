package vn.chitieu.progress;

import static java.util.stream.Collectors.joining;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsInAnyOrder;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.nullValue;
import static vn.chitieu.Fixtures.createAchievement;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.createTarget;
import static vn.chitieu.Fixtures.exactly;
import static vn.chitieu.Fixtures.given;
import static vn.chitieu.Fixtures.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ProgressResourceTest {

  private static final String SCORECARD = "/api/v1/progress";

  /** The province's December 2020 review, as it wrote it. */
  @Test
  void shouldReportThe2020ReviewAsTheProvinceWroteIt() {
    exactly()
        .queryParam("period", "2020")
        .queryParam("area", "22")
        .get(SCORECARD)
        .then()
        .statusCode(200)
        .body("find { it.indicator.code == 'POOR_HOUSEHOLD_RATE' }.outcome", equalTo("EXCEEDED"))
        .body(
            "find { it.indicator.code == 'POOR_HOUSEHOLD_RATE' }.margin",
            equalTo(new BigDecimal("0.13")))
        .body(
            "find { it.indicator.code == 'POOR_HOUSEHOLD_RATE' }.percentOfTarget",
            equalTo(new BigDecimal("63.89")))
        .body(
            "find { it.indicator.code == 'POOR_HOUSEHOLD_RATE' }.target.operator",
            equalTo("AT_MOST"))
        .body("find { it.indicator.code == 'TRAINED_WORKER_RATE' }.outcome", equalTo("MET"))
        .body(
            "find { it.indicator.code == 'TRAINED_WORKER_RATE' }.percentOfTarget",
            equalTo(new BigDecimal("100.00")))
        .body(
            "find { it.indicator.code == 'SOCIAL_INSURANCE_PARTICIPANTS' }.achievement.status",
            equalTo("ESTIMATED"))
        .body("find { it.indicator.code == 'NEW_JOBS' }.outcome", equalTo("NO_TARGET"));
  }

  private static ValidatableResponse scorecardOfSector(String period, String sector) {
    return given()
        .queryParam("period", period)
        .queryParam("sector", sector)
        .get(SCORECARD)
        .then()
        .statusCode(200);
  }

  /** The demo data's 2021 plan: targets, nothing reported yet; other tests' rows left aside. */
  @Test
  void shouldShowTheDemoPlanFor2021WithoutFigures() {
    List<String> demo =
        List.of(
            "NEW_JOBS",
            "POOR_HOUSEHOLD_RATE",
            "SOCIAL_INSURANCE_PARTICIPANTS",
            "SUPPORTED_CHILDREN_RATE",
            "TRAINED_WORKER_RATE",
            "UNEMPLOYMENT_INSURANCE_PARTICIPANTS");
    String codes = demo.stream().map(code -> "'" + code + "'").collect(joining(", ", "[", "]"));
    String rows = "findAll { it.indicator.code in " + codes + " }.";
    given()
        .queryParam("period", "2021")
        .get(SCORECARD)
        .then()
        .statusCode(200)
        .body(rows + "indicator.code", contains(demo.toArray()))
        .body(rows + "outcome", everyItem(equalTo("NO_DATA")))
        .body(rows + "achievement", everyItem(nullValue()));
  }

  /** Its own indicators, so that no other test's figures in the home area can interfere. */
  @Test
  void shouldListOneRowPerIndicatorWithDataInThePeriod() {
    String sector = uniqueCode("SECTOR");
    String first = createIndicator(sector);
    String second = createIndicator(sector);
    String otherPeriod = createIndicator(sector);
    createIndicator(sector);
    createTarget(first, "2021", "10");
    createTarget(second, "2021", "12");
    createAchievement(otherPeriod, "2020", "1");
    scorecardOfSector("2021", sector)
        .body("indicator.code", contains(Stream.of(first, second).sorted().toArray()))
        .body("outcome", contains("NO_DATA", "NO_DATA"))
        .body("achievement", contains(nullValue(), nullValue()));
  }

  @Test
  void shouldFilterTheScorecardBySectorAndIndicator() {
    String sector = uniqueCode("SECTOR");
    String lower = createIndicator(sector);
    String other = createIndicator(sector);
    createTarget(lower, "2020", "10");
    createAchievement(lower, "2020", "8");
    createAchievement(other, "2020", "1");
    scorecardOfSector("2020", sector).body("indicator.code", containsInAnyOrder(lower, other));
    exactly()
        .queryParam("period", "2020")
        .queryParam("indicator", lower)
        .get(SCORECARD)
        .then()
        .body("size()", equalTo(1))
        .body("[0].outcome", equalTo("EXCEEDED"))
        .body("[0].margin", equalTo(2))
        .body("[0].percentOfTarget", equalTo(new BigDecimal("80.00")));
  }

  @Test
  void shouldRequireAValidPeriod() {
    given().get(SCORECARD).then().statusCode(400).body("errors[0].field", equalTo("period"));
    given()
        .queryParam("period", "2020-Q9")
        .get(SCORECARD)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("period"));
    given()
        .queryParam("period", "2020")
        .queryParam("area", "Quảng Ninh")
        .get(SCORECARD)
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("area"));
  }

  @Test
  void shouldGiveTheSeriesPeriodByPeriod() {
    exactly()
        .get("/api/v1/indicators/POOR_HOUSEHOLD_RATE/progress")
        .then()
        .statusCode(200)
        .body("period", contains("2020", "2021"))
        .body("outcome", contains("EXCEEDED", "NO_DATA"))
        .body("[1].target.value", equalTo(new BigDecimal("0.14")));
  }

  @Test
  void shouldLimitTheSeriesToARange() {
    String indicator = createIndicator("TEST_SERIES");
    for (String period : new String[] {"2016", "2017", "2018", "2019", "2020"}) {
      createTarget(indicator, period, "5");
    }
    createAchievement(indicator, "2018", "6");
    createAchievement(indicator, "2018-Q1", "6");
    given()
        .queryParam("from", "2017")
        .queryParam("to", "2019")
        .get("/api/v1/indicators/" + indicator + "/progress")
        .then()
        .body("period", contains("2017", "2018-Q1", "2018", "2019"))
        .body("outcome", contains("NO_DATA", "NO_TARGET", "NOT_MET", "NO_DATA"));
  }

  @Test
  void shouldNotGiveTheSeriesOfAnUnknownIndicator() {
    given()
        .get("/api/v1/indicators/NO_SUCH_INDICATOR/progress")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", equalTo("No indicator has code NO_SUCH_INDICATOR."));
  }
}

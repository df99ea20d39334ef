package vn.chitieu.outlook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.nullValue;
import static vn.chitieu.Fixtures.exactly;
import static vn.chitieu.Fixtures.given;
import static vn.chitieu.Fixtures.postJson;
import static vn.chitieu.Fixtures.uniqueCode;
import static vn.chitieu.ProblemAssertions.assertInvalid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.math.BigDecimal;
import java.time.Instant;
import org.hamcrest.BaseMatcher;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.Matchers;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.Test;
import vn.chitieu.common.Period;

/**
 * The outlook over HTTP: a 2021-2025 plan with a baseline and three reported years, worked out by
 * hand for a level, a lower-is-better level, a flow and a target without data (OutlookTest shows
 * the arithmetic). Each test has its own indicators, sector and area 01, away from the demo data.
 */
@QuarkusTest
class OutlookResourceTest {

  private static final String OUTLOOK = "/api/v1/outlook";
  private static final String AREA = "01";

  @Inject EntityManagerFactory entityManagerFactory;

  /**
   * Level, higher is better, baseline given by the target: 100 (2020) → 110, 121, 133.1 (2023);
   * target 248.832 in 2025. (1.331)^(1/3) − 1 = 0.1000 observed, (2.48832)^(1/5) − 1 = 0.2000
   * required, R = 0.5000: limited progress. Elapsed 3 ÷ 5 = 60.00 %, distance 33.1 ÷ 148.832 =
   * 22.24 %, projected 133.1 × 1.1² = 161.051. A quarterly figure of 2024 is not annual and is left
   * aside.
   *
   * <p>Level, lower is better, no baseline on the target: the 2020 achievement, 1, is the baseline.
   * 1 → 0.729 (0.9³) against 0.59049 (0.9⁵): −0.1000 and −0.1000, R = 1.0000, on track; distance
   * −0.271 ÷ −0.40951 = 66.18 %; projected 0.729 × 0.81 = 0.59049.
   *
   * <p>Flow: 65,000 jobs over five years, 13,000 a year; 13,200 + 13,800 + 12,600 = 39,600 in
   * three, 13,200 a year: R = 1.0154, on track; distance 39,600 ÷ 65,000 = 60.92 %; projected
   * 66,000. No baseline needed, none shown.
   *
   * <p>A target with nothing reported: insufficient data, saying what is missing.
   */
  @Test
  void shouldAssessAThreeYearPlanAsWorkedOutByHand() {
    String sector = uniqueCode("OUTLOOK");
    String level = indicator("OUTLOOK_A", sector, "AMOUNT", 3, "HIGHER_IS_BETTER", null);
    String lower = indicator("OUTLOOK_B", sector, "PERCENT", 5, "LOWER_IS_BETTER", "LAST");
    String flow = indicator("OUTLOOK_C", sector, "COUNT", 0, "HIGHER_IS_BETTER", "SUM");
    String empty = indicator("OUTLOOK_D", sector, "COUNT", 0, "HIGHER_IS_BETTER", "LAST");
    target(level, "248.832", "{\"period\": \"2020\", \"value\": 100}");
    achievements(level, "2021", "110", "2022", "121", "2023", "133.1", "2024-Q1", "900");
    target(lower, "0.59049", null);
    achievements(lower, "2020", "1", "2021", "0.9", "2022", "0.81", "2023", "0.729");
    target(flow, "65000", null);
    achievements(flow, "2021", "13200", "2022", "13800", "2023", "12600");
    target(empty, "10", null);

    ValidatableResponse response =
        exactly()
            .queryParam("plan", "2021-2025")
            .queryParam("area", AREA)
            .queryParam("sector", sector)
            .get(OUTLOOK)
            .then()
            .statusCode(200)
            .body("indicator.code", contains(level, lower, flow, empty))
            .body("plan", Matchers.everyItem(equalTo("2021-2025")))
            .body("area", Matchers.everyItem(equalTo(AREA)));
    row(response, level)
        .body("indicator.aggregation", "LAST")
        .body("baseline.period", "2020")
        .number("baseline.value", "100")
        .number("target.value", "248.832")
        .body("target.operator", "AT_LEAST")
        .body("latest.period", "2023")
        .number("latest.value", "133.1")
        .body("latest.status", "PRELIMINARY")
        .numbers("60.00", "22.24", "0.1000", "0.2000", "0.5000", "161.051")
        .body("assessment", "LIMITED_PROGRESS");
    row(response, lower)
        .body("baseline.period", "2020")
        .number("baseline.value", "1")
        .body("target.operator", "AT_MOST")
        .body("latest.period", "2023")
        .numbers("60.00", "66.18", "-0.1000", "-0.1000", "1.0000", "0.59049")
        .body("assessment", "ON_TRACK");
    row(response, flow)
        .body("indicator.aggregation", "SUM")
        .absent("baseline")
        .body("latest.period", "2023")
        .number("latest.value", "12600")
        .numbers("60.00", "60.92", null, null, "1.0154", "66000")
        .body("assessment", "ON_TRACK")
        .body(
            "explanation",
            "A flow: the yearly average of the 3 years reported (total 39600) against the"
                + " target's yearly share (65000 over 5 years).");
    row(response, empty)
        .absent("baseline")
        .absent("latest")
        .numbers(null, null, null, null, null, null)
        .body("assessment", "INSUFFICIENT_DATA")
        .body(
            "explanation",
            "No baseline: the target gives none and no annual achievement is held for 2020;"
                + " no annual achievement within 2021-2025 yet.");

    exactly()
        .queryParam("plan", "2021-2025")
        .queryParam("area", AREA)
        .get("/api/v1/indicators/" + level + "/outlook")
        .then()
        .statusCode(200)
        .body("indicator.code", contains(level))
        .body("[0].ratio", exact("0.5000"))
        .body("[0].assessment", equalTo("LIMITED_PROGRESS"));
    // The home area (22) has no target for it.
    given()
        .queryParam("plan", "2021-2025")
        .get("/api/v1/indicators/" + level + "/outlook")
        .then()
        .statusCode(200)
        .body("", hasSize(0));
  }

  @Test
  void shouldAnswerAnEmptyListWithoutTargets() {
    String sector = uniqueCode("OUTLOOK");
    String code = indicator("OUTLOOK_E", sector, "COUNT", 0, "HIGHER_IS_BETTER", null);
    target(code, "10", null);
    given()
        .queryParam("plan", "2026-2030")
        .queryParam("area", AREA)
        .queryParam("sector", sector)
        .get(OUTLOOK)
        .then()
        .statusCode(200)
        .body("", hasSize(0));
    // A target for a year is not one of the plan's.
    postJson("/api/v1/targets", targetJson(code, "2025", "10", null)).then().statusCode(201);
    given()
        .queryParam("plan", "2021-2025")
        .queryParam("area", "02")
        .queryParam("indicator", code)
        .get(OUTLOOK)
        .then()
        .statusCode(200)
        .body("", hasSize(0));
  }

  @Test
  void shouldRefuseAPlanThatIsNotAPlanPeriod() {
    assertInvalid(given().get(OUTLOOK).then(), "plan", OutlookService.PLAN_PERIOD);
    for (String single : new String[] {"2021", "2021-S1", "2021-Q4", "2021-07"}) {
      assertInvalid(
          given().queryParam("plan", single).get(OUTLOOK).then(),
          "plan",
          OutlookService.PLAN_PERIOD);
    }
    for (String malformed : new String[] {"2021-25", "2025-2021", "plan"}) {
      assertInvalid(
          given().queryParam("plan", malformed).get(OUTLOOK).then(), "plan", Period.FORMS);
    }
    String code = indicator("OUTLOOK_F", uniqueCode("OUTLOOK"), "COUNT", 0, "NEUTRAL", null);
    String path = "/api/v1/indicators/" + code + "/outlook";
    assertInvalid(given().get(path).then(), "plan", OutlookService.PLAN_PERIOD);
    assertInvalid(
        given().queryParam("plan", "2021").get(path).then(), "plan", OutlookService.PLAN_PERIOD);
    assertInvalid(given().queryParam("plan", "2021-2").get(path).then(), "plan", Period.FORMS);
    assertInvalid(
        given().queryParam("plan", "2021-2025").queryParam("area", "Hà Nội").get(path).then(),
        "area",
        "");
  }

  @Test
  void shouldAnswer404ForAnUnknownIndicatorBeforeCheckingThePlan() {
    for (String plan : new String[] {null, "2021", "2021-2025"}) {
      var request = given();
      if (plan != null) {
        request.queryParam("plan", plan);
      }
      request
          .get("/api/v1/indicators/NO_SUCH_INDICATOR/outlook")
          .then()
          .statusCode(404)
          .body("detail", equalTo("No indicator has code NO_SUCH_INDICATOR."));
    }
  }

  /**
   * As of the instant the 2022 figure was written, 2023 was not yet held: 100 → 121 in two years is
   * (1.21)^(1/2) − 1 = 0.1000, R = 0.5000; elapsed 2 ÷ 5 = 40.00 %; distance 21 ÷ 148.832 =
   * 0.141098… → 14.11 %; projected 121 × 1.1³ = 161.051.
   */
  @Test
  void shouldAnswerAsOfAnInstant() {
    String sector = uniqueCode("OUTLOOK");
    String code = indicator("OUTLOOK_G", sector, "AMOUNT", 3, "HIGHER_IS_BETTER", null);
    target(code, "248.832", "{\"period\": \"2020\", \"value\": 100}");
    achievements(code, "2021", "110");
    Instant written =
        Instant.parse(
            postJson("/api/v1/achievements", achievementJson(code, "2022", "121"))
                .then()
                .statusCode(201)
                .extract()
                .path("updatedAt"));
    achievements(code, "2023", "133.1");

    ValidatableResponse then =
        exactly()
            .queryParam("plan", "2021-2025")
            .queryParam("area", AREA)
            .queryParam("sector", sector)
            .queryParam("asOf", written.toString())
            .get(OUTLOOK)
            .then()
            .statusCode(200);
    row(then, code)
        .body("latest.period", "2022")
        .numbers("40.00", "14.11", "0.1000", "0.2000", "0.5000", "161.051");
    exactly()
        .queryParam("plan", "2021-2025")
        .queryParam("area", AREA)
        .queryParam("asOf", written.minusNanos(1000).toString())
        .get("/api/v1/indicators/" + code + "/outlook")
        .then()
        .statusCode(200)
        .body("[0].latest.period", equalTo("2021"));
    exactly()
        .queryParam("plan", "2021-2025")
        .queryParam("area", AREA)
        .get("/api/v1/indicators/" + code + "/outlook")
        .then()
        .body("[0].latest.period", equalTo("2023"));
    // Before the target was written, there was nothing to assess.
    given()
        .queryParam("plan", "2021-2025")
        .queryParam("area", AREA)
        .queryParam("sector", sector)
        .queryParam("asOf", "2020-12-16T13:00:00Z")
        .get(OUTLOOK)
        .then()
        .statusCode(200)
        .body("", hasSize(0));
  }

  /** Targets and achievements are read in one projection apiece, however many indicators. */
  @Test
  void shouldReadInAFixedNumberOfStatements() {
    long few = statementsForSectorWith(2);
    long many = statementsForSectorWith(8);
    // The targets, the achievements, and the registry's check of the area filter.
    assertThat(many).isEqualTo(few).isLessThanOrEqualTo(3);
  }

  private long statementsForSectorWith(int indicators) {
    String sector = uniqueCode("COUNTED");
    for (int i = 0; i < indicators; i++) {
      String code = indicator("OUTLOOK_H", sector, "COUNT", 0, "HIGHER_IS_BETTER", "SUM");
      target(code, "100", null);
      achievements(code, "2021", "20", "2022", "20");
    }
    Statistics statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
    statistics.clear();
    int rows =
        given()
            .queryParam("plan", "2021-2025")
            .queryParam("area", AREA)
            .queryParam("sector", sector)
            .get(OUTLOOK)
            .then()
            .statusCode(200)
            .extract()
            .path("size()");
    assertThat(rows).isEqualTo(indicators);
    return statistics.getPrepareStatementCount();
  }

  // Data of the tests' own.

  private static String indicator(
      String prefix,
      String sector,
      String measure,
      int decimals,
      String polarity,
      String aggregation) {
    String code = uniqueCode(prefix);
    postJson(
            "/api/v1/indicators",
            """
            {"code": "%s", "name": {"vi": "Chỉ tiêu thử nghiệm"}, "sector": "%s",
             "measure": "%s", "unit": "đơn vị", "decimals": %d, "polarity": "%s"%s}
            """
                .formatted(
                    code,
                    sector,
                    measure,
                    decimals,
                    polarity,
                    aggregation == null ? "" : ", \"aggregation\": \"" + aggregation + "\""))
        .then()
        .statusCode(201);
    return code;
  }

  private static void target(String code, String value, String baseline) {
    postJson("/api/v1/targets", targetJson(code, "2021-2025", value, baseline))
        .then()
        .statusCode(201);
  }

  private static String targetJson(String code, String period, String value, String baseline) {
    return """
        {"indicator": "%s", "period": "%s", "area": "%s", "value": %s, "baseline": %s,
         "basis": "Kế hoạch thử"}
        """
        .formatted(code, period, AREA, value, baseline == null ? "null" : baseline);
  }

  /** Periods and values, alternately. */
  private static void achievements(String code, String... pairs) {
    for (int i = 0; i < pairs.length; i += 2) {
      postJson("/api/v1/achievements", achievementJson(code, pairs[i], pairs[i + 1]))
          .then()
          .statusCode(201);
    }
  }

  private static String achievementJson(String code, String period, String value) {
    return """
        {"indicator": "%s", "period": "%s", "area": "%s", "value": %s,
         "status": "PRELIMINARY", "reportedOn": "2024-01-15", "source": "Báo cáo thử"}
        """
        .formatted(code, period, AREA, value);
  }

  // Reading a row.

  /** A JSON number equal to this decimal, scale included (0.5000 is not 0.5). */
  private static Matcher<Object> exact(String expected) {
    return new BaseMatcher<>() {
      @Override
      public boolean matches(Object actual) {
        return actual instanceof Number
            && new BigDecimal(actual.toString()).equals(new BigDecimal(expected));
      }

      @Override
      public void describeTo(Description description) {
        description.appendText("the number " + expected);
      }
    };
  }

  private static Row row(ValidatableResponse response, String code) {
    return new Row(response, "find { it.indicator.code == '" + code + "' }.");
  }

  /** Checks of one row of a response. */
  private record Row(ValidatableResponse response, String prefix) {

    Row body(String path, String expected) {
      response.body(prefix + path, equalTo(expected));
      return this;
    }

    Row number(String path, String expected) {
      response.body(prefix + path, exact(expected));
      return this;
    }

    Row absent(String path) {
      response.body(prefix + path, nullValue());
      return this;
    }

    /** The six numbers, in the order of the row; null where none is given. */
    Row numbers(
        String elapsed,
        String distance,
        String observed,
        String required,
        String ratio,
        String projected) {
      String[] names = {
        "elapsedShare",
        "distanceTravelled",
        "observedGrowth",
        "requiredGrowth",
        "ratio",
        "projected"
      };
      String[] values = {elapsed, distance, observed, required, ratio, projected};
      for (int i = 0; i < names.length; i++) {
        if (values[i] == null) {
          absent(names[i]);
        } else {
          number(names[i], values[i]);
        }
      }
      return this;
    }
  }
}

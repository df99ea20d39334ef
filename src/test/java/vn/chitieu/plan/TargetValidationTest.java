package vn.chitieu.plan;

import static org.hamcrest.Matchers.equalTo;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.createTarget;
import static vn.chitieu.Fixtures.given;
import static vn.chitieu.Fixtures.postFigureWith;
import static vn.chitieu.Fixtures.postJson;
import static vn.chitieu.Fixtures.putJson;
import static vn.chitieu.Fixtures.targetJson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chitieu.ProblemAssertions;

/** Every invalid target is a 400 naming the field, and nothing is stored. */
@QuarkusTest
class TargetValidationTest {

  private static final String PATH = "/api/v1/targets";

  /** Posts a valid target of a fresh indicator with one piece replaced; checks nothing stored. */
  private static ValidatableResponse postWith(String from, String to) {
    String indicator = createIndicator("TEST_TARGET_VALIDATION");
    return postFigureWith(PATH, indicator, targetJson(indicator, "2021", "0.14"), from, to);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "above maxValue        | \"value\": 0.14 | \"value\": 100.01  | value  | must be at most 100 for",
        "below minValue        | \"value\": 0.14 | \"value\": -0.01   | value  | must be at least 0 for",
        "too many decimals     | \"value\": 0.14 | \"value\": 0.145   | value  | must have at most 2 digits after the decimal point",
        "exponent too precise  | \"value\": 0.14 | \"value\": 1.4e-3  | value  | must have at most 2 digits after the decimal point",
        "value as string       | \"value\": 0.14 | \"value\": \"0.14\" | value | must be a JSON number",
        "value missing         | \"value\": 0.14 | \"valu\": 0.14    | valu   | is not a known property",
        "value null            | \"value\": 0.14 | \"value\": null    | value  | must not be null",
        "value as boolean      | \"value\": 0.14 | \"value\": true    | value  | must be a JSON number",
        "bad period            | \"period\": \"2021\" | \"period\": \"2021-Q5\" | period | must be a period such as 2020",
        "period as number      | \"period\": \"2021\" | \"period\": 2021 | period | must be a period such as 2020",
        "empty period          | \"period\": \"2021\" | \"period\": \"\" | period | must be a period such as 2020",
        "bad area              | \"area\": \"22\" | \"area\": \"Quảng Ninh\" | area | must be a GSO area code",
        "four-digit area       | \"area\": \"22\" | \"area\": \"2222\" | area | must be a GSO area code",
        "unknown operator      | \"basis\"       | \"operator\": \"ABOUT\", \"basis\" | operator | must be one of [AT_LEAST, AT_MOST, EXACTLY]",
        "baseline after period | \"basis\"       | \"baseline\": {\"period\": \"2022\", \"value\": 1}, \"basis\" | baseline.period | must end before the target's period begins",
        "baseline incomplete   | \"basis\"       | \"baseline\": {\"period\": \"2020\"}, \"basis\" | baseline.value | must not be null",
        "baseline out of range | \"basis\"       | \"baseline\": {\"period\": \"2020\", \"value\": 101}, \"basis\" | baseline.value | must be at most 100",
        "basis too long        | \"basis\": \"Kế hoạch thử\" | \"basis\": 5 | basis | must be a JSON string",
      })
  void shouldRejectInvalidTarget(
      String name, String from, String to, String field, String message) {
    ProblemAssertions.assertInvalid(postWith(from, to), field, message);
  }

  @Test
  void shouldRejectNaN() {
    postWith("\"value\": 0.14", "\"value\": NaN")
        .statusCode(400)
        .body("title", equalTo("Malformed request"));
  }

  @Test
  void shouldRejectHugeExponent() {
    ProblemAssertions.assertInvalid(
        postWith("\"value\": 0.14", "\"value\": 1e999999999"), "value", "digits");
  }

  @Test
  void shouldRejectUnknownIndicatorNamingIt() {
    ProblemAssertions.assertInvalid(
        postJson(PATH, targetJson("NO_SUCH_INDICATOR", "2021", "1")).then(),
        "indicator",
        "names no known indicator: NO_SUCH_INDICATOR");
  }

  @Test
  void shouldRejectInvalidReplacementAndKeepTheOriginal() {
    String indicator = createIndicator("TEST_TARGET_VALIDATION");
    String id = createTarget(indicator, "2021", "0.14");
    ProblemAssertions.assertInvalid(
        putJson(PATH + "/" + id, targetJson(indicator, "2021", "200")).then(),
        "value",
        "must be at most 100");
    given().get(PATH + "/" + id).then().body("value", equalTo(0.14f));
  }

  @Test
  void shouldAcceptAnExactExponent() {
    String indicator = createIndicator("TEST_TARGET_VALIDATION");
    postJson(PATH, targetJson(indicator, "2021", "1.4e1"))
        .then()
        .statusCode(201)
        .body("value", equalTo(14));
  }

  @ParameterizedTest(name = "{0}?area={1}")
  @CsvSource({
    "/api/v1/targets,      x",
    "/api/v1/targets,      2",
    "/api/v1/targets,      2222",
    "/api/v1/targets,      '22 '",
    "/api/v1/targets,      ' 22'",
    "/api/v1/targets,      '%'",
    "/api/v1/achievements, abc",
    "/api/v1/achievements, 123456",
    "/api/v1/achievements, '２２'",
  })
  void shouldRejectAListAreaFilterThatIsNotAGsoCode(String path, String area) {
    ProblemAssertions.assertInvalid(
        given().queryParam("area", area).get(path).then(), "area", "must be a GSO area code");
  }

  /** A province, a district and a commune of the shipped registry (docs/areas.md). */
  @ParameterizedTest(name = "{0}?area={1}")
  @CsvSource({"/api/v1/targets, 22", "/api/v1/achievements, 193", "/api/v1/targets, 06652"})
  void shouldAcceptAListAreaFilterThatIsAGsoCode(String path, String area) {
    given().queryParam("area", area).get(path).then().statusCode(200);
  }
}

package vn.chitieu.indicator;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.chitieu.Fixtures.ADMIN_USER;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.etagOf;
import static vn.chitieu.Fixtures.given;
import static vn.chitieu.Fixtures.indicatorJson;
import static vn.chitieu.Fixtures.postJson;
import static vn.chitieu.Fixtures.uniqueCode;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chitieu.ProblemAssertions;
import vn.chitieu.Tokens;

/** Every invalid indicator is a 400 naming the field, and nothing is stored. */
@QuarkusTest
class IndicatorValidationTest {

  private static final String PATH = "/api/v1/indicators";

  /** Posts the valid indicator with one piece replaced, and checks that it was not stored. */
  private static ValidatableResponse postWith(String code, String from, String to) {
    String body = indicatorJson(code, "TEST_VALIDATION", "PERCENT", 2);
    if (!body.contains(from)) {
      throw new IllegalArgumentException("fixture has no " + from);
    }
    ValidatableResponse response = postJson(PATH, body.replace(from, to)).then();
    given().get(PATH + "/" + code).then().statusCode(404);
    return response;
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "wrong code pattern        | \"code\": \"CODE\"          | \"code\": \"lower-case\"          | code      | must start with a letter",
        "missing vietnamese name   | \"vi\": \"Chỉ tiêu thử nghiệm\", | \"vi\": \"  \",                 | name.vi   | must not be blank",
        "missing name              | \"name\": {                 | \"nameX\": {                  | nameX     | is not a known property",
        "decimals above six        | \"decimals\": 2             | \"decimals\": 7               | decimals  | must be less than or equal to 6",
        "negative decimals         | \"decimals\": 2             | \"decimals\": -1              | decimals  | must be greater than or equal to 0",
        "fractional decimals       | \"decimals\": 2             | \"decimals\": 2.5             | decimals  | must be a whole JSON number",
        "decimals as string        | \"decimals\": 2             | \"decimals\": \"2\"           | decimals  | must be a whole JSON number",
        "unknown measure           | \"measure\": \"PERCENT\"    | \"measure\": \"PERCENTAGE\"   | measure   | must be one of [PERCENT, COUNT, AMOUNT, RATIO]",
        "unknown polarity          | \"LOWER_IS_BETTER\"         | \"lower\"                     | polarity  | must be one of [HIGHER_IS_BETTER, LOWER_IS_BETTER, NEUTRAL]",
        "unit as number            | \"unit\": \"%\"             | \"unit\": 5                   | unit      | must be a JSON string",
        "minValue as string        | \"decimals\": 2             | \"decimals\": 2, \"minValue\": \"0\" | minValue | must be a JSON number",
        "maxValue exponent past int | \"decimals\": 2            | \"decimals\": 2, \"maxValue\": 1e2147483647 | maxValue | must have at most 18 digits before",
        "min above max             | \"decimals\": 2             | \"decimals\": 2, \"minValue\": 50, \"maxValue\": 10 | maxValue | must not be less than minValue (50)",
        "min above default max     | \"decimals\": 2             | \"decimals\": 2, \"minValue\": 150 | maxValue | must not be less than minValue (150)",
        "bound too precise         | \"decimals\": 2             | \"decimals\": 2, \"maxValue\": 0.0000001 | maxValue | must have at most 6 digits after the decimal point",
        "bound too large           | \"decimals\": 2             | \"decimals\": 2, \"maxValue\": 1e30 | maxValue | must have at most 18 digits before the decimal point",
        "unknown property          | \"decimals\": 2             | \"decimals\": 2, \"colour\": \"red\" | colour | is not a known property",
        "active as string          | \"decimals\": 2             | \"decimals\": 2, \"active\": \"yes\" | active | must be true or false",
      })
  void shouldRejectInvalidIndicator(
      String name, String from, String to, String field, String message) {
    String code = uniqueCode("INVALID");
    ProblemAssertions.assertInvalid(postWith(code, from.replace("CODE", code), to), field, message);
  }

  @Test
  void shouldRequireCodeOnCreate() {
    String body =
        indicatorJson("X", "TEST_VALIDATION", "PERCENT", 2).replace("\"code\": \"X\",", "");
    ProblemAssertions.assertInvalid(postJson(PATH, body).then(), "code", "must not be blank");
  }

  @Test
  void shouldRejectMissingBody() {
    ProblemAssertions.assertInvalid(
        given().contentType(ContentType.JSON).post(PATH).then(), "body", "must not be null");
  }

  @Test
  void shouldRejectBodyThatIsNotAnObject() {
    ProblemAssertions.assertInvalid(
        postJson(PATH, "[1, 2]").then(), "body", "must be a JSON object");
  }

  @Test
  void shouldRejectMalformedJson() {
    String code = uniqueCode("MALFORMED");
    ProblemAssertions.assertMalformed(
        postJson(
                PATH,
                indicatorJson(code, "TEST_VALIDATION", "PERCENT", 2)
                    .replace("\"unit\": \"%\"", "unit: %"))
            .then(),
        "not valid JSON at line 2, column 53");
    given().get(PATH + "/" + code).then().statusCode(404);
  }

  @Test
  void shouldNotLeakTheParsersAdviceForAnUnclosedObject() {
    ProblemAssertions.assertMalformed(postJson(PATH, "{").then(), "end-of-input");
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "repeated before other keys | \"unit\": \"%\" | \"unit\": \"%\", \"unit\": \"người\"",
        "repeated as the last key   | \"polarity\": \"LOWER_IS_BETTER\" | \"polarity\": \"LOWER_IS_BETTER\", \"unit\": \"người\"",
      })
  void shouldRejectAKeyGivenTwiceInsteadOfKeepingOne(String name, String from, String to) {
    String code = uniqueCode("REPEATED");
    String body = indicatorJson(code, "TEST_VALIDATION", "PERCENT", 2);
    ProblemAssertions.assertMalformed(
        postJson(PATH, body.replace(from, to)).then(), "Duplicate field 'unit'");
    given().get(PATH + "/" + code).then().statusCode(404);
  }

  @ParameterizedTest(name = "q={0}")
  @CsvSource({"%", "_", "'%_'"})
  void shouldRejectASearchOfPunctuationAloneInsteadOfMatchingEverything(String q) {
    ProblemAssertions.assertInvalid(
        given().queryParam("q", q).get(PATH).then(), "q", "must contain a letter or a digit");
  }

  @Test
  void shouldRejectAQueryParameterGivenTwiceInsteadOfTakingTheFirst() {
    ProblemAssertions.assertInvalid(
        given().get(PATH + "?size=1&size=600").then(), "size", "is given 2 times; give it once");
  }

  @Test
  void shouldRejectNaN() {
    String code = uniqueCode("NAN");
    ValidatableResponse response =
        postWith(code, "\"decimals\": 2", "\"decimals\": 2, \"maxValue\": NaN");
    response.statusCode(400).body("detail", containsString("NaN"));
    ProblemAssertions.assertNoInternals(response);
  }

  @Test
  void shouldRejectWrongMediaType() {
    given()
        .contentType(ContentType.TEXT)
        .body("POOR_HOUSEHOLD_RATE")
        .post(PATH)
        .then()
        .statusCode(415)
        .contentType("application/problem+json")
        .body("status", equalTo(415));
  }

  /**
   * Sent with java.net.http, which adds no Content-Type of its own (RestAssured would add
   * text/plain).
   */
  @ParameterizedTest(name = "{0} {1} with Content-Type ''{2}''")
  @CsvSource({
    "POST,  '',           ''",
    "POST,  '',           */*",
    "POST,  '',           application/*",
    "PUT,   /CODE,        ''",
    "PATCH, /CODE,        ''",
    "PATCH, /CODE,        */*",
  })
  void shouldRejectABodyWithoutAContentTypeInsteadOfReadingItAsJson(
      String method, String suffix, String type) throws Exception {
    String existing = createIndicator("TEST_VALIDATION");
    String code = uniqueCode("UNTYPED");
    String path = PATH + suffix.replace("CODE", existing);
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(RestAssured.baseURI + ":" + RestAssured.port + path))
            .header("Authorization", "Bearer " + Tokens.withRoles(ADMIN_USER, "admin"))
            .header("If-Match", etagOf(PATH + "/" + existing))
            .method(
                method,
                HttpRequest.BodyPublishers.ofString(
                    indicatorJson(code, "TEST_VALIDATION", "PERCENT", 2)));
    if (!type.isEmpty()) {
      request.header("Content-Type", type);
    }
    HttpResponse<String> response =
        HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    assertEquals(415, response.statusCode(), response.body());
    assertEquals(
        "application/problem+json", response.headers().firstValue("Content-Type").orElse(""));
    given().get(PATH + "/" + code).then().statusCode(404);
    given().get(PATH + "/" + existing).then().statusCode(200).body("code", equalTo(existing));
  }

  @Test
  void shouldRejectWrongMethod() {
    given()
        .post(PATH + "/POOR_HOUSEHOLD_RATE")
        .then()
        .statusCode(405)
        .contentType("application/problem+json");
  }

  @ParameterizedTest(name = "{0}={1}")
  @CsvSource({
    "page, -1, must be greater than or equal to 0",
    "page, abc, must be a whole number",
    "size, 0, must be greater than or equal to 1",
    "size, 501, must be less than or equal to 500",
    "size, 1e3, must be a whole number",
    "page, 100000000, must be less than or equal to 1000000",
    "active, maybe, must be true or false",
  })
  void shouldRejectInvalidListParameter(String parameter, String value, String message) {
    ProblemAssertions.assertInvalid(
        given().queryParam(parameter, value).get(PATH).then(), parameter, message);
  }

  @ParameterizedTest(name = "{0}?{1}=''{2}''")
  @CsvSource({
    "/api/v1/indicators,   active, 'true ',                must be true or false",
    "/api/v1/indicators,   active, ' false',               must be true or false",
    "/api/v1/indicators,   size,   '5 ',                   must be a whole number",
    "/api/v1/indicators,   page,   ' 0',                   must be a whole number",
    "/api/v1/indicators,   asOf,   '2020-01-01T00:00:00Z ', must be an ISO-8601 instant",
    "/api/v1/targets,      period, '2020 ',                must be a period such as 2020",
    "/api/v1/achievements, from,   ' 2016',                must be a period such as 2020",
  })
  void shouldTakeAQueryParameterExactlyInsteadOfStrippingSpaces(
      String path, String parameter, String value, String message) {
    ProblemAssertions.assertInvalid(
        given().queryParam(parameter, value).get(path).then(), parameter, message);
  }

  @Test
  void shouldRejectNulCharactersWithoutStoringAnything() {
    given()
        .queryParam("sector", "\u0000")
        .get(PATH)
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    String code = uniqueCode("NUL");
    postJson(
            PATH,
            indicatorJson(code, "TEST_VALIDATION", "PERCENT", 2).replace("thử nghiệm", "\\u0000"))
        .then()
        .statusCode(400)
        .contentType("application/problem+json");
    given().get(PATH + "/" + code).then().statusCode(404);
  }

  @Test
  void shouldRejectABodyOverTheLimitWithAProblem() {
    postJson(PATH, "[" + "0,".repeat(600_000) + "0]")
        .then()
        .statusCode(413)
        .contentType("application/problem+json")
        .body("status", equalTo(413));
  }

  @Test
  void shouldAnswerUnknownPathsWithProblem() {
    given()
        .get("/api/v1/no-such-resource")
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("status", equalTo(404));
    given().get("/no-such-page").then().statusCode(404).contentType("application/problem+json");
  }

  @Test
  void shouldNameEveryInvalidField() {
    postJson(PATH, "{\"code\": \"MANY_ERRORS\", \"name\": {\"vi\": \"\"}, \"sector\": \"X\"}")
        .then()
        .statusCode(400)
        .body("errors.field", contains("decimals", "measure", "name.vi", "polarity", "unit"));
  }
}

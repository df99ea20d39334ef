package vn.chitieu.achievement;

import static org.hamcrest.Matchers.equalTo;
import static vn.chitieu.Fixtures.achievementJson;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.postFigureWith;
import static vn.chitieu.Fixtures.postJson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chitieu.ProblemAssertions;

/** Every invalid achievement is a 400 naming the field, and nothing is stored. */
@QuarkusTest
class AchievementValidationTest {

  private static final String PATH = "/api/v1/achievements";

  private static ValidatableResponse postWith(String from, String to) {
    String indicator = createIndicator("TEST_ACHIEVEMENT_VALIDATION");
    return postFigureWith(PATH, indicator, achievementJson(indicator, "2020", "0.23"), from, to);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "unknown status      | \"PRELIMINARY\" | \"FINAL\"        | status     | must be one of [ESTIMATED, PRELIMINARY, OFFICIAL]",
        "status with a space | \"PRELIMINARY\" | \"PRELIMINARY \"  | status     | must be one of [ESTIMATED, PRELIMINARY, OFFICIAL]",
        "status lower case   | \"PRELIMINARY\" | \"preliminary\"  | status     | must be one of [ESTIMATED, PRELIMINARY, OFFICIAL]",
        "missing status      | \"status\": \"PRELIMINARY\", | ''  | status     | must not be null",
        "bad date            | \"2020-12-16\"  | \"16/12/2020\"   | reportedOn | must be a date written as YYYY-MM-DD",
        "impossible date     | \"2020-12-16\"  | \"2020-02-30\"   | reportedOn | must be a date written as YYYY-MM-DD",
        "date as an array    | \"2020-12-16\"  | [2020, 12, 16]   | reportedOn | must be a date written as YYYY-MM-DD",
        "empty array         | \"2020-12-16\"  | []               | reportedOn | must be a date written as YYYY-MM-DD",
        "date and time       | \"2020-12-16\"  | \"2020-12-16T00:00:00\" | reportedOn | must be a date written as YYYY-MM-DD",
        "year zero           | \"2020-12-16\"  | \"0000-01-01\"   | reportedOn | in the years 1900 to 2199",
        "trailing NUL        | \"2020-12-16\"  | \"2020-12-16\\u0000\" | reportedOn | must be a date written as YYYY-MM-DD",
        "above maxValue      | \"value\": 0.23 | \"value\": 250   | value      | must be at most 100",
        "too many decimals   | \"value\": 0.23 | \"value\": 0.235 | value      | must have at most 2 digits",
        "exponent past int   | \"value\": 0.23 | \"value\": 1e2147483647 | value | must have at most 18 digits before",
        "value as string     | \"value\": 0.23 | \"value\": \"0.23\" | value   | must be a JSON number",
        "bad period          | \"period\": \"2020\" | \"period\": \"2020-13\" | period | must be a period such as 2020",
        "bad area            | \"area\": \"22\" | \"area\": \"x\"  | area       | must be a GSO area code",
        "unknown property    | \"source\"      | \"sauce\"         | sauce      | is not a known property",
      })
  void shouldRejectInvalidAchievement(
      String name, String from, String to, String field, String message) {
    ProblemAssertions.assertInvalid(postWith(from, to), field, message);
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        "lone high surrogate   | source | \"source\": \"a\\ud800b\"",
        "lone low surrogate    | note   | \"source\": \"x\", \"note\": \"a\\udc00b\"",
        "pair in reverse order | note   | \"source\": \"x\", \"note\": \"\\udc00\\ud800\"",
        "high surrogate at end | note   | \"source\": \"x\", \"note\": \"a\\ud800\"",
      })
  void shouldRejectTextWithALoneSurrogateInsteadOfStoringAQuestionMark(
      String name, String field, String to) {
    ProblemAssertions.assertInvalid(
        postWith("\"source\": \"Báo cáo thử\"", to), field, "must be valid Unicode text");
  }

  @Test
  void shouldAcceptTextWithAPairedSurrogate() {
    String indicator = createIndicator("TEST_ACHIEVEMENT_VALIDATION");
    postJson(
            PATH,
            achievementJson(indicator, "2020", "0.23")
                .replace("\"Báo cáo thử\"", "\"Báo cáo \\ud83d\\udcca\""))
        .then()
        .statusCode(201)
        .body("source", equalTo("Báo cáo \ud83d\udcca"));
  }

  @Test
  void shouldRejectReportDateInTheFuture() {
    String tomorrow = LocalDate.now().plusDays(2).toString();
    ProblemAssertions.assertInvalid(
        postWith("2020-12-16", tomorrow), "reportedOn", "must not be in the future");
  }

  @Test
  void shouldRejectUnknownIndicatorNamingIt() {
    ProblemAssertions.assertInvalid(
        postJson(PATH, achievementJson("NO_SUCH_INDICATOR", "2020", "1")).then(),
        "indicator",
        "names no known indicator: NO_SUCH_INDICATOR");
  }
}

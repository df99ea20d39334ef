package vn.chitieu.achievement;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static vn.chitieu.Fixtures.achievementJson;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.exactly;
import static vn.chitieu.Fixtures.given;
import static vn.chitieu.Fixtures.postJson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.ValidatableResponse;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Many achievements in one request: all of them, in the order given, or none. */
@QuarkusTest
class AchievementBatchTest {

  private static final String PATH = "/api/v1/achievements";

  @Test
  void shouldCreateAllInTheOrderGivenKeepingValuesExact() {
    String indicator = createIndicator("TEST_BATCH");
    List<String> items = new ArrayList<>();
    for (int year = 2011; year <= 2025; year++) {
      items.add(item(indicator, String.valueOf(year), "1." + (year - 2000)));
    }

    List<String> ids =
        postBatch(array(items))
            .statusCode(201)
            .body("", hasSize(15))
            .body("[0].period", equalTo("2011"))
            .body("[14].period", equalTo("2025"))
            .body("[14].createdBy", equalTo("test-admin"))
            .extract()
            .path("id");

    exactly()
        .get(PATH + "/" + ids.get(3))
        .then()
        .statusCode(200)
        .body("period", equalTo("2014"))
        .body("value", equalTo(new BigDecimal("1.14")));
    given()
        .queryParam("indicator", indicator)
        .queryParam("size", 100)
        .get(PATH)
        .then()
        .body("totalItems", equalTo(15));
  }

  @Test
  void shouldStoreNothingWhenOneItemIsInvalidAndNameItsIndex() {
    String indicator = createIndicator("TEST_BATCH");
    String batch =
        arrayOf(
            item(indicator, "2020", "1"),
            item(indicator, "2021", "1.234"),
            item("NO_SUCH_INDICATOR", "2022", "1"),
            item(indicator, "2023", "101"));

    postBatch(batch)
        .statusCode(400)
        .contentType("application/problem+json")
        .body("errors.field", contains("[1].value", "[2].indicator", "[3].value"))
        .body("errors[1].message", containsString("NO_SUCH_INDICATOR"));
    assertNothingStoredFor(indicator);
  }

  @Test
  void shouldNameTheIndexOfAFieldThatFailsBeanValidation() {
    String indicator = createIndicator("TEST_BATCH");
    String batch =
        arrayOf(
            item(indicator, "2020", "1"),
            item(indicator, "2021", "1").replace("\"area\": \"193\"", "\"area\": \"2\""));

    postBatch(batch).statusCode(400).body("errors.field", contains("[1].area"));
    assertNothingStoredFor(indicator);
  }

  @Test
  void shouldRefuseAKeyThatRepeatsWithinTheBatch() {
    String indicator = createIndicator("TEST_BATCH");
    String batch =
        arrayOf(
            item(indicator, "2020", "1"),
            item(indicator, "2021", "1"),
            item(indicator, "2020", "2"));

    postBatch(batch)
        .statusCode(400)
        .body("errors.field", contains("[2].indicator"))
        .body("errors[0].message", containsString("item 0"));
    assertNothingStoredFor(indicator);
  }

  @Test
  void shouldRefuseTheWholeBatchWhenOneExistsNamingIt() {
    String indicator = createIndicator("TEST_BATCH");
    String existing =
        postJson(PATH, item(indicator, "2021", "1")).then().statusCode(201).extract().path("id");
    String batch =
        arrayOf(
            item(indicator, "2020", "1"),
            item(indicator, "2021", "2"),
            item(indicator, "2022", "3"));

    postBatch(batch)
        .statusCode(409)
        .contentType("application/problem+json")
        .body("detail", containsString(existing));
    given()
        .queryParam("indicator", indicator)
        .get(PATH)
        .then()
        .body("totalItems", equalTo(1))
        .body("items.id", hasItem(existing));
  }

  @Test
  void shouldRefuseAnEmptyBatchAndOneTooLarge() {
    postBatch("[]").statusCode(400).body("errors.field", contains("body"));

    String indicator = createIndicator("TEST_BATCH");
    String item = item(indicator, "2020", "1");
    postBatch(array(IntStream.rangeClosed(0, 1000).mapToObj(i -> item).toList()))
        .statusCode(400)
        .body("errors.field", contains("body"))
        .body("errors[0].message", containsString("1000"));
    assertNothingStoredFor(indicator);
  }

  @Test
  void shouldRefuseAnObjectWhereAnArrayBelongs() {
    String indicator = createIndicator("TEST_BATCH");
    postBatch(item(indicator, "2020", "1")).statusCode(400).contentType("application/problem+json");
    assertNothingStoredFor(indicator);
  }

  /**
   * An achievement in district 193 (Thành phố Hạ Long, until 2025-06-30), away from the demo data's
   * province scorecards.
   */
  private static String item(String indicator, String period, String value) {
    return achievementJson(indicator, period, value)
        .replace("\"area\": \"22\"", "\"area\": \"193\"");
  }

  private static ValidatableResponse postBatch(String body) {
    return postJson(PATH + "/batch", body).then();
  }

  private static void assertNothingStoredFor(String indicator) {
    given().queryParam("indicator", indicator).get(PATH).then().body("totalItems", equalTo(0));
  }

  private static String arrayOf(String... items) {
    return array(List.of(items));
  }

  private static String array(List<String> items) {
    return items.stream().collect(Collectors.joining(",", "[", "]"));
  }
}

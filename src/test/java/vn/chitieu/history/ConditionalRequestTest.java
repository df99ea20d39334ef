package vn.chitieu.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static vn.chitieu.Fixtures.createAchievement;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.createTarget;
import static vn.chitieu.Fixtures.given;
import static vn.chitieu.Fixtures.targetJson;
import static vn.chitieu.ProblemAssertions.assertInvalid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import vn.chitieu.Fixtures;

/**
 * No lost update through the API: every single-resource GET carries a strong ETag, every change
 * names the version it was made from, and a partial change is a JSON merge patch.
 */
@QuarkusTest
class ConditionalRequestTest {

  private static final String TARGETS = "/api/v1/targets";
  private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

  @Test
  void shouldTagEachReadAndAnswer304ToACallerHoldingIt() {
    String path = TARGETS + "/" + createTarget(createIndicator("TEST_ETAG"), "2021", "0.1");
    given().get(path).then().statusCode(200).header("ETag", "\"0\"");
    given()
        .header("If-None-Match", "\"0\"")
        .get(path)
        .then()
        .statusCode(304)
        .header("ETag", "\"0\"");
    given().header("If-None-Match", "\"7\"").get(path).then().statusCode(200);
    given()
        .get("/api/v1/indicators/POOR_HOUSEHOLD_RATE")
        .then()
        .statusCode(200)
        .header(
            "ETag",
            equalTo(
                "\""
                    + given().get("/api/v1/indicators/POOR_HOUSEHOLD_RATE").path("version")
                    + "\""));
  }

  @Test
  void shouldRefuseAChangeWithoutIfMatchWith428AndAStaleOneWith412() {
    String indicator = createIndicator("TEST_ETAG");
    String path = TARGETS + "/" + createTarget(indicator, "2021", "0.1");
    Response missing =
        given().contentType(ContentType.JSON).body(targetJson(indicator, "2021", "0.2")).put(path);
    missing.then().statusCode(428).contentType("application/problem+json");
    assertThat(missing.jsonPath().getString("detail")).contains("If-Match");
    given().delete(path).then().statusCode(428);

    given()
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(targetJson(indicator, "2021", "0.2"))
        .put(path)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("version", equalTo(1));
    for (String stale : new String[] {"\"0\"", "W/\"1\""}) {
      given()
          .header("If-Match", stale)
          .contentType(MERGE_PATCH)
          .body("{\"value\": 0.3}")
          .patch(path)
          .then()
          .statusCode(412)
          .contentType("application/problem+json")
          .body("detail", equalTo(vn.chitieu.common.ETags.stale(1)));
      given().header("If-Match", stale).delete(path).then().statusCode(412);
    }
    given().get(path).then().body("value", equalTo(0.2f)).body("version", equalTo(1));
    given().header("If-Match", "*").delete(path).then().statusCode(204);
  }

  @Test
  void shouldChangeOnlyTheMembersAMergePatchNames() {
    String indicator = createIndicator("TEST_PATCH");
    String path = TARGETS + "/" + createTarget(indicator, "2021", "0.1");
    given()
        .header("If-Match", "\"0\"")
        .contentType(MERGE_PATCH)
        .body("{\"value\": 0.09, \"basis\": null}")
        .patch(path)
        .then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("value", equalTo(0.09f))
        .body("basis", nullValue())
        .body("period", equalTo("2021"))
        .body("operator", equalTo("AT_MOST"));
    given()
        .header("If-Match", "\"1\"")
        .contentType(MERGE_PATCH)
        .body("{\"note\": \"Điều chỉnh\"}")
        .patch("/api/v1/indicators/" + indicator)
        .then()
        .statusCode(412);
    given()
        .header("If-Match", "\"0\"")
        .contentType(MERGE_PATCH)
        .body("{\"unit\": \"phần trăm\"}")
        .patch("/api/v1/indicators/" + indicator)
        .then()
        .statusCode(200)
        .body("unit", equalTo("phần trăm"))
        .body("decimals", equalTo(2));
  }

  @Test
  void shouldCheckAPatchedResourceAsStrictlyAsAReplacement() {
    String indicator = createIndicator("TEST_PATCH");
    String path = TARGETS + "/" + createTarget(indicator, "2021", "0.1");
    assertInvalid(
        patch(path, "{\"value\": 0.123}").then(),
        "value",
        "must have at most 2 digits after the decimal point");
    assertInvalid(patch(path, "{\"value\": null}").then(), "value", "must not be null");
    patch(path, "{\"colour\": \"red\"}").then().statusCode(400);
    patch(path, "[1, 2]").then().statusCode(400);
    patch(path, "{").then().statusCode(400);
    given()
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body("{\"value\": 0.2}")
        .patch(path)
        .then()
        .statusCode(415);
    given().get(path).then().body("value", equalTo(0.1f)).body("version", equalTo(0));
  }

  /**
   * Many clerks send the same If-Match at once: exactly one wins, the others get 412, and the
   * stored value is the winner's.
   */
  @Test
  void shouldLetExactlyOneOfManyConcurrentChangesWin() throws Exception {
    String indicator = createIndicator("TEST_RACE");
    String path = "/api/v1/achievements/" + createAchievement(indicator, "2020", "1");
    int clerks = 12;
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(clerks);
    List<Future<Response>> answers = new ArrayList<>();
    for (int i = 0; i < clerks; i++) {
      String value = String.valueOf(10 + i);
      Callable<Response> clerk =
          () -> {
            start.await();
            return given()
                .header("If-Match", "\"0\"")
                .contentType(MERGE_PATCH)
                .body("{\"value\": " + value + "}")
                .patch(path);
          };
      answers.add(pool.submit(clerk));
    }
    start.countDown();
    List<Response> won = new ArrayList<>();
    int refused = 0;
    for (Future<Response> answer : answers) {
      Response response = answer.get();
      if (response.statusCode() == 200) {
        won.add(response);
      } else {
        assertThat(response.statusCode()).isEqualTo(412);
        refused++;
      }
    }
    pool.shutdown();
    assertThat(won).hasSize(1);
    assertThat(refused).isEqualTo(clerks - 1);
    int winner = won.get(0).path("value");
    given().get(path).then().body("value", equalTo(winner)).body("version", equalTo(1));
  }

  /** A deletion and changes at once, all naming version 0: exactly one of them wins. */
  @Test
  void shouldLetOneOfAConcurrentDeletionAndChangesWin() throws Exception {
    String indicator = createIndicator("TEST_RACE");
    String path = "/api/v1/achievements/" + createAchievement(indicator, "2020", "1");
    List<Callable<Response>> clerks = new ArrayList<>();
    clerks.add(() -> given().header("If-Match", "\"0\"").delete(path));
    for (int i = 0; i < 5; i++) {
      String value = String.valueOf(10 + i);
      clerks.add(
          () ->
              given()
                  .header("If-Match", "\"0\"")
                  .contentType(MERGE_PATCH)
                  .body("{\"value\": " + value + "}")
                  .patch(path));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Response answer : all(clerks)) {
      statuses.add(answer.statusCode());
    }
    assertThat(statuses).filteredOn(status -> status == 200 || status == 204).hasSize(1);
    // The losers read version 0 and find it changed (412), or find the row gone after the
    // deletion won (404).
    List<Integer> losers = statuses.contains(204) ? List.of(412, 404) : List.of(412);
    assertThat(statuses)
        .filteredOn(status -> status != 200 && status != 204)
        .hasSize(clerks.size() - 1)
        .allMatch(losers::contains);
  }

  /** Removals of one lock at once: one 204, the others find it gone. */
  @Test
  void shouldLetOneOfConcurrentLockRemovalsWin() throws Exception {
    String location =
        Fixtures.postJson("/api/v1/locks", "{\"period\": \"2151\", \"area\": \"96\"}")
            .then()
            .statusCode(201)
            .extract()
            .header("Location");
    List<Callable<Response>> approvers = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      approvers.add(() -> given().delete(location));
    }
    List<Integer> statuses = new ArrayList<>();
    for (Response answer : all(approvers)) {
      statuses.add(answer.statusCode());
    }
    assertThat(statuses).filteredOn(status -> status == 204).hasSize(1);
    assertThat(statuses).filteredOn(status -> status == 404).hasSize(approvers.size() - 1);
  }

  /** Runs the calls at once and answers their responses in order. */
  private static List<Response> all(List<Callable<Response>> calls) throws Exception {
    CountDownLatch start = new CountDownLatch(1);
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    List<Future<Response>> answers = new ArrayList<>();
    for (Callable<Response> call : calls) {
      answers.add(
          pool.submit(
              () -> {
                start.await();
                return call.call();
              }));
    }
    start.countDown();
    List<Response> responses = new ArrayList<>();
    for (Future<Response> answer : answers) {
      responses.add(answer.get());
    }
    pool.shutdown();
    return responses;
  }

  private static Response patch(String path, String body) {
    return given().header("If-Match", "\"0\"").contentType(MERGE_PATCH).body(body).patch(path);
  }
}

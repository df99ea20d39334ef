package vn.chitieu.history;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.createTarget;
import static vn.chitieu.Fixtures.given;
import static vn.chitieu.ProblemAssertions.assertInvalid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chitieu.Fixtures;
import vn.chitieu.system.TestClock;

/** Every read that takes asOf answers what the service held at that instant, filters included. */
@QuarkusTest
class AsOfTest {

  private static final String MERGE_PATCH = "application/merge-patch+json; charset=UTF-8";

  @AfterEach
  void comeBack() {
    TestClock.comeBack();
  }

  @Test
  void shouldReadIndicatorsAndTargetsAsOfAnInstantFiltersIncluded() {
    String sector = Fixtures.uniqueCode("SECTOR");
    String indicator = createIndicator(sector);
    String target = "/api/v1/targets/" + createTarget(indicator, "2021", "0.1");
    Instant before = Instant.parse(given().get(target).path("updatedAt"));
    patch("/api/v1/indicators/" + indicator, "{\"sector\": \"" + sector + "_MOVED\"}");
    patch(target, "{\"value\": 0.2}");

    given()
        .queryParam("asOf", before.toString())
        .get("/api/v1/indicators/" + indicator)
        .then()
        .statusCode(200)
        .body("sector", equalTo(sector))
        .header("ETag", "\"0\"");
    given()
        .queryParam("sector", sector)
        .queryParam("asOf", before.toString())
        .get("/api/v1/indicators")
        .then()
        .body("items.code", contains(indicator));
    given().queryParam("sector", sector).get("/api/v1/indicators").then().body("items", hasSize(0));
    // Targets listed by the sector their indicator had then; the value they had then.
    given()
        .queryParam("sector", sector)
        .queryParam("asOf", before.toString())
        .get("/api/v1/targets")
        .then()
        .body("items.value", contains(0.1f));
    given().queryParam("sector", sector).get("/api/v1/targets").then().body("items", hasSize(0));
    given()
        .queryParam("asOf", before.toString())
        .get(target)
        .then()
        .body("value", equalTo(0.1f))
        .body("version", equalTo(0));
    given()
        .queryParam("indicator", indicator)
        .queryParam("from", "2021")
        .queryParam("to", "2021")
        .queryParam("asOf", before.toString())
        .get("/api/v1/targets")
        .then()
        .body("items", hasSize(1));
    given()
        .get("/api/v1/indicators/" + indicator + "/history")
        .then()
        .body("items.changeType", contains("UPDATED", "CREATED"))
        .body("items.values.sector", contains(sector + "_MOVED", sector));
  }

  @Test
  void shouldListARowDeletedSinceAsOfBeforeItsDeletion() {
    String indicator = createIndicator("TEST_AS_OF");
    String target = "/api/v1/targets/" + createTarget(indicator, "2021", "0.1");
    Instant before = Instant.parse(given().get(target).path("updatedAt"));
    Fixtures.delete(target).then().statusCode(204);
    given()
        .queryParam("indicator", indicator)
        .queryParam("asOf", before.toString())
        .get("/api/v1/targets")
        .then()
        .body("totalItems", equalTo(1));
    given()
        .queryParam("indicator", indicator)
        .get("/api/v1/targets")
        .then()
        .body("totalItems", equalTo(0));
  }

  /**
   * A write is placed by when it was made, not by the order revisions were numbered in: here the
   * later-numbered revision carries the earlier instant, as a long transaction's would.
   */
  @Test
  void shouldPlaceEachWriteByItsInstantNotItsRevisionNumber() {
    TestClock.travelTo(Instant.parse("2020-06-01T00:00:00Z"));
    String late = createIndicator("TEST_ORDER");
    TestClock.travelTo(Instant.parse("2020-03-01T00:00:00Z"));
    String early = createIndicator("TEST_ORDER");
    TestClock.comeBack();
    given()
        .queryParam("asOf", "2020-04-01T00:00:00Z")
        .get("/api/v1/indicators/" + early)
        .then()
        .statusCode(200);
    given()
        .queryParam("asOf", "2020-04-01T00:00:00Z")
        .get("/api/v1/indicators/" + late)
        .then()
        .statusCode(404);
  }

  @Test
  void shouldRefuseAnAsOfBefore1900() {
    assertInvalid(
        given().queryParam("asOf", "-5000-01-01T00:00:00Z").get("/api/v1/targets").then(),
        "asOf",
        "must be an ISO-8601 instant with an offset, such as 2020-12-16T17:00:00Z, from the year"
            + " 1900");
    given()
        .queryParam("asOf", "1900-01-01T00:00:00Z")
        .get("/api/v1/targets")
        .then()
        .statusCode(200);
  }

  @Test
  void shouldAnswerTheKeptCurrentIndicatorAsRestWritesThatVersion() {
    String indicator = "/api/v1/indicators/" + createIndicator(Fixtures.uniqueCode("SECTOR"));
    given().get(indicator).then().statusCode(200).header("ETag", "\"0\"");
    patch(indicator, "{\"name\": {\"vi\": \"Tỷ lệ hộ thoát nghèo\"}}");

    // The current indicator's JSON is written once and kept; the first read after the change
    // writes it again, the second is the kept bytes. Read as of the change, the same version is
    // written by REST's own writer: the three answers are the same, byte for byte.
    Response first = given().get(indicator);
    Response kept = given().get(indicator);
    Instant changed = Instant.parse(first.path("updatedAt"));
    Response written = given().queryParam("asOf", changed.toString()).get(indicator);

    written.then().statusCode(200).header("ETag", "\"1\"");
    kept.then()
        .statusCode(200)
        .header("ETag", "\"1\"")
        .body("name.vi", equalTo("Tỷ lệ hộ thoát nghèo"));
    assertArrayEquals(written.asByteArray(), first.asByteArray());
    assertArrayEquals(written.asByteArray(), kept.asByteArray());
    assertEquals(written.contentType(), kept.contentType());
  }

  private static void patch(String path, String body) {
    Response answer =
        given()
            .header("If-Match", Fixtures.etagOf(path))
            .contentType(MERGE_PATCH)
            .body(body)
            .patch(path);
    answer.then().statusCode(200);
  }
}

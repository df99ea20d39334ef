package vn.chitieu.lock;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.given;
import static vn.chitieu.Fixtures.postJson;
import static vn.chitieu.Fixtures.putJson;
import static vn.chitieu.ProblemAssertions.assertInvalid;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import io.restassured.specification.RequestSpecification;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import vn.chitieu.Fixtures;
import vn.chitieu.Tokens;

/**
 * Period locks over HTTP, and what they refuse. Each test locks periods in areas of its own (random
 * five-digit communes), so that no lock touches the demo data or another test's figures.
 */
@QuarkusTest
class LockResourceTest {

  private static final String PATH = "/api/v1/locks";
  private static final String TARGETS = "/api/v1/targets";
  private static final String ACHIEVEMENTS = "/api/v1/achievements";
  private static final String APPROVER_USER = "test-approver";
  private static final String APPROVER = Tokens.withRoles(APPROVER_USER, "approver");
  private static final String EDITOR = Tokens.withRoles("test-editor", "editor");
  private static final String READER = Tokens.withRoles("test-reader", "reader");

  @Test
  void shouldCreateGetAndDeleteALockAsApprover() {
    String area = uniqueArea();
    String location =
        as(APPROVER)
            .contentType(ContentType.JSON)
            .body(lockJson("2020", area, "Số liệu năm 2020 đã công bố"))
            .post(PATH)
            .then()
            .statusCode(201)
            .header("Location", containsString(PATH + "/"))
            .body("period", equalTo("2020"))
            .body("area", equalTo(area))
            .body("note", equalTo("Số liệu năm 2020 đã công bố"))
            .body("createdBy", equalTo(APPROVER_USER))
            .body("createdAt", notNullValue())
            .extract()
            .header("Location");
    String id = location.substring(location.lastIndexOf('/') + 1);

    as(READER)
        .get(location)
        .then()
        .statusCode(200)
        .body("id", equalTo(id))
        .body("period", equalTo("2020"))
        .body("area", equalTo(area))
        .body("createdBy", equalTo(APPROVER_USER));

    as(APPROVER).queryParam("reason", "Đính chính số liệu").delete(location).then().statusCode(204);
    as(READER)
        .get(location)
        .then()
        .statusCode(404)
        .contentType("application/problem+json")
        .body("detail", equalTo("No lock has id " + id + "."));
    as(APPROVER).delete(location).then().statusCode(404);
    // History keeps who locked the period and who removed the lock, and why.
    as(READER)
        .get(location + "/history")
        .then()
        .statusCode(200)
        .body("items.changeType", contains("DELETED", "CREATED"))
        .body("items.changedBy", contains(APPROVER_USER, APPROVER_USER))
        .body("items.reason", contains("Đính chính số liệu", null))
        .body("items.values.period", contains("2020", "2020"));
  }

  @Test
  void shouldLockTheHomeAreaWhenNoneIsNamed() {
    String period = uniqueMonth();
    String id =
        as(APPROVER)
            .contentType(ContentType.JSON)
            .body("{\"period\": \"" + period + "\"}")
            .post(PATH)
            .then()
            .statusCode(201)
            .body("area", equalTo("22"))
            .body("note", nullValue())
            .extract()
            .path("id");
    as(APPROVER).delete(PATH + "/" + id).then().statusCode(204);
  }

  @Test
  void shouldLetOnlyApproversCreateAndDeleteAndReadersList() {
    String area = uniqueArea();
    as(EDITOR)
        .contentType(ContentType.JSON)
        .body(lockJson("2020", area, null))
        .post(PATH)
        .then()
        .statusCode(403)
        .contentType("application/problem+json");
    as(READER).queryParam("area", area).get(PATH).then().body("totalItems", equalTo(0));

    String id = lock("2020", area);
    as(EDITOR).delete(PATH + "/" + id).then().statusCode(403);
    as(READER)
        .queryParam("area", area)
        .get(PATH)
        .then()
        .statusCode(200)
        .body("totalItems", equalTo(1))
        .body("items[0].id", equalTo(id));
    as(READER).get(PATH + "/" + id).then().statusCode(200);
    RestAssured.given().get(PATH).then().statusCode(401);
    unlock(id);
  }

  @Test
  void shouldRefuseASecondLockOfThePeriodAndAreaNamingTheFirst() {
    String area = uniqueArea();
    String first = lock("2020", area);
    as(APPROVER)
        .contentType(ContentType.JSON)
        .body(lockJson("2020", area, "again"))
        .post(PATH)
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:chitieu:problem:conflict"))
        .body(
            "detail",
            equalTo("Period 2020 in area " + area + " is locked already by lock " + first + "."));
    as(READER).queryParam("area", area).get(PATH).then().body("totalItems", equalTo(1));

    // The same period elsewhere, and another period of the same area, are other locks.
    String elsewhere = lock("2020", uniqueArea());
    String quarter = lock("2020-Q1", area);
    as(READER).queryParam("area", area).get(PATH).then().body("totalItems", equalTo(2));
    List.of(first, elsewhere, quarter).forEach(LockResourceTest::unlock);
  }

  @Test
  void shouldListByPeriodThenAreaFilteredAndPaged() {
    String area = uniqueArea();
    List<String> ids =
        List.of(
            lock("2021", area), lock("2020-Q3", area), lock("2016-2020", area), lock("2020", area));
    as(READER)
        .queryParam("area", area)
        .get(PATH)
        .then()
        .statusCode(200)
        .body("items.period", contains("2016-2020", "2020", "2020-Q3", "2021"))
        .body("totalItems", equalTo(4));
    as(READER)
        .queryParam("area", area)
        .queryParam("size", 3)
        .queryParam("page", 1)
        .get(PATH)
        .then()
        .body("items.period", contains("2021"))
        .body("page", equalTo(1))
        .body("totalItems", equalTo(4))
        .body("totalPages", equalTo(2));
    as(READER)
        .queryParam("area", area)
        .queryParam("period", "2020")
        .get(PATH)
        .then()
        .body("items.period", contains("2020"))
        .body("totalItems", equalTo(1));

    String month = uniqueMonth();
    String high = "9" + uniqueArea().substring(1);
    String low = "1" + uniqueArea().substring(1);
    String highId = lock(month, high);
    String lowId = lock(month, low);
    as(READER)
        .queryParam("period", month)
        .get(PATH)
        .then()
        .body("items.area", contains(low, high))
        .body("items.id", contains(lowId, highId));
    ids.forEach(LockResourceTest::unlock);
    List.of(highId, lowId).forEach(LockResourceTest::unlock);
  }

  @Test
  void shouldRefuseInvalidLocksAndFilters() {
    String area = uniqueArea();
    assertInvalid(postLock("{\"area\": \"" + area + "\"}"), "period", "must not be null");
    assertInvalid(
        postLock("{\"period\": \"2020-Q5\", \"area\": \"" + area + "\"}"),
        "period",
        "must be a period such as 2020");
    assertInvalid(postLock("{\"period\": \"2020\", \"area\": \"2A\"}"), "area", "GSO area code");
    assertInvalid(
        postLock(lockJson("2020", area, "x".repeat(2001))),
        "note",
        "size must be between 0 and 2000");
    postLock("{\"period\": \"2020\", \"area\": \"" + area + "\", \"locked\": true}")
        .statusCode(400);
    as(READER).queryParam("area", area).get(PATH).then().body("totalItems", equalTo(0));

    assertInvalid(as(READER).queryParam("area", "ABC").get(PATH).then(), "area", "GSO area");
    assertInvalid(
        as(READER).queryParam("period", "2020-Q5").get(PATH).then(), "period", "must be a period");
    assertInvalid(as(READER).queryParam("size", 501).get(PATH).then(), "size", "500");
    as(READER).get(PATH + "/not-a-uuid").then().statusCode(404);
  }

  @Test
  void shouldRefuseTargetWritesInALockedPeriodUntilTheLockIsRemoved() {
    String indicator = createIndicator("TEST_LOCK");
    String area = uniqueArea();
    String other = uniqueArea();
    String year = createIn(TARGETS, targetJson(indicator, "2020", area, "1"));
    String quarter = createIn(TARGETS, targetJson(indicator, "2020-Q1", area, "1"));
    String later = createIn(TARGETS, targetJson(indicator, "2021", area, "1"));
    String lock = lock("2020", area);

    // A new target in the locked year: refused before the duplicate check, naming the lock.
    assertLocked(
        postJson(TARGETS, targetJson(indicator, "2020-Q2", area, "2")), "2020-Q2", area, lock);
    assertLocked(postJson(TARGETS, targetJson(indicator, "2020", area, "2")), "2020", area, lock);
    // Replacing a locked target, also out of the locked period, and moving one into it.
    assertLocked(
        putJson(TARGETS + "/" + year, targetJson(indicator, "2020", area, "2")),
        "2020",
        area,
        lock);
    assertLocked(
        putJson(TARGETS + "/" + quarter, targetJson(indicator, "2022", area, "2")),
        "2020-Q1",
        area,
        lock);
    assertLocked(
        putJson(TARGETS + "/" + later, targetJson(indicator, "2020-S2", area, "2")),
        "2020-S2",
        area,
        lock);
    assertLocked(Fixtures.delete(TARGETS + "/" + quarter), "2020-Q1", area, lock);
    // Nothing changed (periods order by start, then end: 2020-Q1 before 2020).
    given()
        .queryParam("indicator", indicator)
        .get(TARGETS)
        .then()
        .body("items.id", contains(quarter, year, later))
        .body("items.period", contains("2020-Q1", "2020", "2021"))
        .body("items.value", contains(1, 1, 1));

    // Another area, and a year the lock does not cover, are open.
    createIn(TARGETS, targetJson(indicator, "2020-Q2", other, "2"));
    putJson(TARGETS + "/" + later, targetJson(indicator, "2021", area, "3")).then().statusCode(200);

    unlock(lock);
    createIn(TARGETS, targetJson(indicator, "2020-Q2", area, "2"));
    putJson(TARGETS + "/" + year, targetJson(indicator, "2020", area, "2"))
        .then()
        .statusCode(200)
        .body("value", equalTo(2));
    Fixtures.delete(TARGETS + "/" + quarter).then().statusCode(204);
  }

  @Test
  void shouldRefuseAchievementWritesInALockedPeriodUntilTheLockIsRemoved() {
    String indicator = createIndicator("TEST_LOCK");
    String area = uniqueArea();
    String other = uniqueArea();
    String year = createIn(ACHIEVEMENTS, achievementJson(indicator, "2020", area, "1"));
    String quarter = createIn(ACHIEVEMENTS, achievementJson(indicator, "2020-Q1", area, "1"));
    String lock = lock("2020", area);

    assertLocked(
        postJson(ACHIEVEMENTS, achievementJson(indicator, "2020-Q2", area, "2")),
        "2020-Q2",
        area,
        lock);
    assertLocked(
        putJson(ACHIEVEMENTS + "/" + year, achievementJson(indicator, "2020", area, "2")),
        "2020",
        area,
        lock);
    assertLocked(
        putJson(ACHIEVEMENTS + "/" + quarter, achievementJson(indicator, "2021-Q1", area, "2")),
        "2020-Q1",
        area,
        lock);
    assertLocked(Fixtures.delete(ACHIEVEMENTS + "/" + quarter), "2020-Q1", area, lock);
    // A batch with one item in the locked period stores none of them.
    assertLocked(
        postJson(
            ACHIEVEMENTS + "/batch",
            "["
                + String.join(
                    ",",
                    achievementJson(indicator, "2021", area, "2"),
                    achievementJson(indicator, "2020-07", other, "2"),
                    achievementJson(indicator, "2020-07", area, "2"),
                    achievementJson(indicator, "2020-08", area, "2"))
                + "]"),
        "2020-07",
        area,
        lock);
    given()
        .queryParam("indicator", indicator)
        .get(ACHIEVEMENTS)
        .then()
        .body("items.id", contains(quarter, year))
        .body("items.value", contains(1, 1));

    postJson(
            ACHIEVEMENTS + "/batch",
            "["
                + String.join(
                    ",",
                    achievementJson(indicator, "2021", area, "2"),
                    achievementJson(indicator, "2020-07", other, "2"))
                + "]")
        .then()
        .statusCode(201)
        .body("", hasSize(2));

    unlock(lock);
    postJson(ACHIEVEMENTS + "/batch", "[" + achievementJson(indicator, "2020-07", area, "2") + "]")
        .then()
        .statusCode(201);
    putJson(ACHIEVEMENTS + "/" + year, achievementJson(indicator, "2020", area, "2"))
        .then()
        .statusCode(200)
        .body("value", equalTo(2));
    Fixtures.delete(ACHIEVEMENTS + "/" + quarter).then().statusCode(204);
  }

  @Test
  void shouldLockEveryPeriodWithinAPlanPeriodButNotAPlanPeriodFromOneOfItsYears() {
    String indicator = createIndicator("TEST_LOCK");
    String area = uniqueArea();
    String plan = lock("2021-2025", area);
    assertLocked(
        postJson(TARGETS, targetJson(indicator, "2023-Q4", area, "1")), "2023-Q4", area, plan);
    assertLocked(
        postJson(TARGETS, targetJson(indicator, "2021-2025", area, "1")), "2021-2025", area, plan);
    createIn(TARGETS, targetJson(indicator, "2026", area, "1"));
    unlock(plan);

    String year = lock("2021", area);
    createIn(TARGETS, targetJson(indicator, "2021-2025", area, "1"));
    assertLocked(postJson(TARGETS, targetJson(indicator, "2021", area, "1")), "2021", area, year);
    unlock(year);
  }

  private static void assertLocked(
      io.restassured.response.Response response, String period, String area, String lock) {
    response
        .then()
        .statusCode(409)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:chitieu:problem:conflict"))
        .body("detail", containsString(lock))
        .body(
            "detail",
            equalTo(
                PeriodLocks.locked(
                    period, area, lockedPeriod(lock), UUID.fromString(lock), APPROVER_USER)));
  }

  /** The period a lock holds, as the service reports it. */
  private static String lockedPeriod(String lock) {
    return as(READER).get(PATH + "/" + lock).then().statusCode(200).extract().path("period");
  }

  private static RequestSpecification as(String token) {
    return RestAssured.given().filter(Fixtures.CONTRACT).auth().oauth2(token);
  }

  private static ValidatableResponse postLock(String json) {
    return as(APPROVER).contentType(ContentType.JSON).body(json).post(PATH).then();
  }

  /** Locks a period in an area as the approver and returns the lock's id. */
  private static String lock(String period, String area) {
    return postLock(lockJson(period, area, null)).statusCode(201).extract().path("id");
  }

  private static void unlock(String id) {
    as(APPROVER).delete(PATH + "/" + id).then().statusCode(204);
  }

  private static String createIn(String path, String json) {
    return postJson(path, json).then().statusCode(201).extract().path("id");
  }

  private static String lockJson(String period, String area, String note) {
    return """
        {"period": "%s", "area": "%s", "note": %s}
        """
        .formatted(period, area, note == null ? "null" : "\"" + note + "\"");
  }

  private static String targetJson(String indicator, String period, String area, String value) {
    return """
        {"indicator": "%s", "period": "%s", "area": "%s", "value": %s}
        """
        .formatted(indicator, period, area, value);
  }

  private static String achievementJson(
      String indicator, String period, String area, String value) {
    return """
        {"indicator": "%s", "period": "%s", "area": "%s", "value": %s,
         "status": "PRELIMINARY", "reportedOn": "2020-12-16"}
        """
        .formatted(indicator, period, area, value);
  }

  /** A five-digit commune code that no other test (nor the demo data) uses, registered. */
  private static String uniqueArea() {
    return Fixtures.uniqueArea();
  }

  /** A month late in the 22nd century, which no other test writes or locks. */
  private static String uniqueMonth() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    return "%d-%02d".formatted(random.nextInt(2100, 2200), random.nextInt(1, 13));
  }
}

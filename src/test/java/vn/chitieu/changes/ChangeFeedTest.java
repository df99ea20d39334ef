package vn.chitieu.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static vn.chitieu.Fixtures.createAchievement;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.createTarget;
import static vn.chitieu.Fixtures.delete;
import static vn.chitieu.Fixtures.given;
import static vn.chitieu.Fixtures.postJson;
import static vn.chitieu.Fixtures.putJson;
import static vn.chitieu.Fixtures.targetJson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chitieu.ProblemAssertions;

/** The change feed read page by page: what each change says, and where the cursors lead. */
@QuarkusTest
class ChangeFeedTest {

  @Test
  void shouldListEveryWriteAfterTheCursorWithTheResourceItLeft() {
    String head = Feed.head();
    String indicator = createIndicator("TEST_CHANGES");
    String target = createTarget(indicator, "2021", "1.5");
    putJson("/api/v1/targets/" + target, targetJson(indicator, "2021", "1.25"))
        .then()
        .statusCode(200);
    String achievement = createAchievement(indicator, "2021", "1.75");
    delete("/api/v1/targets/" + target).then().statusCode(204);

    List<Map<String, Object>> changes = Feed.after(head, 100);

    assertThat(changes)
        .extracting(c -> c.get("resource") + " " + c.get("id") + " " + c.get("change"))
        .containsExactly(
            "indicator " + indicator + " CREATED",
            "target " + target + " CREATED",
            "target " + target + " UPDATED",
            "achievement " + achievement + " CREATED",
            "target " + target + " DELETED");
    assertThat(data(changes.get(0))).containsEntry("code", indicator);
    assertThat(data(changes.get(1))).containsEntry("value", 1.5f).containsEntry("version", 0);
    assertThat(data(changes.get(2))).containsEntry("value", 1.25f).containsEntry("version", 1);
    assertThat(data(changes.get(3))).containsEntry("id", achievement);
    assertThat(changes.get(4).get("data")).isNull();
    assertThat(changes).allSatisfy(c -> assertThat(c.get("by")).isEqualTo("test-admin"));
    assertThat(changes).allSatisfy(c -> assertThat(c.get("at")).isNotNull());
  }

  @Test
  void shouldGoOnFromAnItemsCursorWithTheChangeAfterIt() {
    String head = Feed.head();
    String indicator = createIndicator("TEST_CHANGES");
    String first = createTarget(indicator, "2021", "1");
    String second = createTarget(indicator, "2022", "2");

    List<Map<String, Object>> one = Feed.page(head, 2).getList("items");
    assertThat(one).extracting(c -> c.get("id")).containsExactly(indicator, first);
    String cursor = (String) one.get(1).get("cursor");
    assertThat(Feed.page(head, 2).getString("next")).isEqualTo(cursor);

    assertThat(Feed.page(cursor, 10).getList("items", Map.class))
        .extracting(c -> c.get("id"))
        .containsExactly(second);
  }

  @Test
  void shouldGiveTheSameCursorBackWhenNothingIsNew() {
    String head = Feed.head();

    given()
        .queryParam("after", head)
        .get("/api/v1/changes")
        .then()
        .statusCode(200)
        .body("items", hasSize(0))
        .body("next", equalTo(head));
  }

  @Test
  void shouldListTheLocksChangesToo() {
    String head = Feed.head();
    String lock =
        postJson("/api/v1/locks", "{\"period\": \"1907\", \"area\": \"22\"}")
            .then()
            .statusCode(201)
            .extract()
            .path("id");
    delete("/api/v1/locks/" + lock).then().statusCode(204);

    assertThat(Feed.after(head, 100))
        .extracting(c -> c.get("resource") + " " + c.get("id") + " " + c.get("change"))
        .containsExactly("lock " + lock + " CREATED", "lock " + lock + " DELETED");
  }

  @Test
  void shouldRefuseACursorTheFeedDidNotGive() {
    for (String cursor :
        List.of("x", "-1", "1.9.ABC", "1.2.not-a-uuid", "1.1.lower", "1.2", "1.1.A.B")) {
      ProblemAssertions.assertInvalid(
          given().queryParam("after", cursor).get("/api/v1/changes").then(),
          "after",
          "must be a cursor the feed gave");
    }
  }

  @Test
  void shouldRefuseALimitOutOfRange() {
    ProblemAssertions.assertInvalid(
        given().queryParam("limit", 0).get("/api/v1/changes").then(), "limit", "1");
    ProblemAssertions.assertInvalid(
        given().queryParam("limit", 1001).get("/api/v1/changes").then(), "limit", "1000");
  }

  @Test
  void shouldAskForAToken() {
    RestAssured.given()
        .get("/api/v1/changes")
        .then()
        .statusCode(401)
        .body("detail", containsString("token"));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> data(Map<String, Object> change) {
    return (Map<String, Object>) change.get("data");
  }
}

package vn.chitieu.history;

import static org.hamcrest.Matchers.contains;
import static org.hamcrest.Matchers.equalTo;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.given;
import static vn.chitieu.Fixtures.putJson;
import static vn.chitieu.Fixtures.targetJson;

import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import vn.chitieu.Fixtures;

/** updatedAfter: what a consumer that read the lists before has not seen yet. */
@QuarkusTest
class UpdatedAfterTest {

  private static String updatedAt(String path) {
    return given().get(path).then().statusCode(200).extract().path("updatedAt");
  }

  @Test
  void shouldListTheFiguresCreatedOrChangedAfterAnInstant() {
    String indicator = createIndicator("TEST_UPDATED_AFTER");
    String first = Fixtures.createTarget(indicator, "2021", "1.5");
    String second = Fixtures.createTarget(indicator, "2022", "1.5");
    String firstAt = updatedAt("/api/v1/targets/" + first);
    String secondAt = updatedAt("/api/v1/targets/" + second);

    given()
        .queryParam("indicator", indicator)
        .queryParam("updatedAfter", firstAt)
        .get("/api/v1/targets")
        .then()
        .statusCode(200)
        .body("items.id", contains(second));

    putJson("/api/v1/targets/" + first, targetJson(indicator, "2021", "1.25"))
        .then()
        .statusCode(200);
    given()
        .queryParam("indicator", indicator)
        .queryParam("updatedAfter", secondAt)
        .get("/api/v1/targets")
        .then()
        .body("items.id", contains(first));
    given()
        .queryParam("indicator", indicator)
        .queryParam("updatedAfter", updatedAt("/api/v1/targets/" + first))
        .get("/api/v1/targets")
        .then()
        .body("totalItems", equalTo(0));

    String achievement = Fixtures.createAchievement(indicator, "2021", "1.5");
    given()
        .queryParam("indicator", indicator)
        .queryParam("updatedAfter", secondAt)
        .get("/api/v1/achievements")
        .then()
        .body("items.id", contains(achievement));
  }

  @Test
  void shouldListTheIndicatorsCreatedOrChangedAfterAnInstant() {
    String sector = "TEST_UPDATED_AFTER_" + System.nanoTime();
    String first = createIndicator(sector);
    String second = createIndicator(sector);

    given()
        .queryParam("sector", sector)
        .queryParam("updatedAfter", updatedAt("/api/v1/indicators/" + first))
        .get("/api/v1/indicators")
        .then()
        .statusCode(200)
        .body("items.code", contains(second));
  }

  @Test
  void shouldRefuseAnUpdatedAfterThatIsNotAnInstant() {
    given()
        .queryParam("updatedAfter", "yesterday")
        .get("/api/v1/achievements")
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("updatedAfter"));
  }
}

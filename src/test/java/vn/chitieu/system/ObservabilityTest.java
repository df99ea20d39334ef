package vn.chitieu.system;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static vn.chitieu.Fixtures.createAchievement;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.given;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;

@QuarkusTest
class ObservabilityTest {

  @Test
  void shouldEchoTheCallersRequestIdInHeaderAndProblem() {
    given()
        .header("X-Request-Id", "sys-hcm-42")
        .get("/api/v1/indicators/NO_SUCH_INDICATOR")
        .then()
        .statusCode(404)
        .header("X-Request-Id", "sys-hcm-42")
        .body("requestId", equalTo("sys-hcm-42"));
  }

  @Test
  void shouldGiveEachRequestAnIdWhenTheCallerSendsNoneOrAnInsaneOne() {
    Response response = given().header("X-Request-Id", "<script>").get("/api/v1/indicators?size=0");
    String id = response.getHeader("X-Request-Id");
    response.then().statusCode(400).body("requestId", equalTo(id));
    org.assertj.core.api.Assertions.assertThat(id).matches("[0-9a-f-]{36}");
    given()
        .get("/api/v1/indicators")
        .then()
        .header("X-Request-Id", matchesPattern("[0-9a-f-]{36}"));
  }

  @Test
  void shouldServeHttpHistogramsAndBusinessCounters() {
    createAchievement(createIndicator("TEST_METRICS"), "2020", "1");
    RestAssured.given()
        .get(vn.chitieu.Fixtures.management("/metrics"))
        .then()
        .statusCode(200)
        .body(containsString("http_server_requests_seconds_bucket"))
        .body(containsString("chitieu_achievements_written_total{status=\"PRELIMINARY\"}"))
        .body(containsString("chitieu_targets_written_total"));
  }
}

package vn.chitieu.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The contract promises of docs/design.md ("The contract"), checked on the served document. */
@QuarkusTest
class OpenApiDocumentTest {

  @Test
  @SuppressWarnings("unchecked")
  void shouldDescribeEveryOperationFully() {
    JsonPath document =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
    List<String> gaps = new ArrayList<>();
    paths.forEach(
        (path, operations) ->
            operations.forEach(
                (method, operation) -> {
                  String name = method.toUpperCase() + " " + path;
                  if (operation.get("operationId") == null) {
                    gaps.add(name + ": no operationId");
                  }
                  if (operation.get("summary") == null) {
                    gaps.add(name + ": no summary");
                  }
                  if (operation.get("tags") == null) {
                    gaps.add(name + ": no tag");
                  }
                  Map<String, Map<String, Object>> responses =
                      (Map<String, Map<String, Object>>) operation.get("responses");
                  if (!responses.containsKey("400") || !responses.containsKey("500")) {
                    gaps.add(name + ": no 400 or 500 response");
                  }
                  responses.forEach(
                      (code, response) -> {
                        Map<String, Object> content = (Map<String, Object>) response.get("content");
                        if (code.matches("[45]..")
                            && (content == null
                                || !content.containsKey("application/problem+json"))) {
                          gaps.add(name + " " + code + ": not a problem+json response");
                        } else if (code.matches("[45]..")
                            && !hasOwnExample(code, response, content)) {
                          gaps.add(name + " " + code + ": no example or description of its own");
                        }
                      });
                }));
    assertThat(gaps).isEmpty();
    assertThat(paths)
        .containsKeys(
            "/api/v1/indicators", "/api/v1/targets", "/api/v1/achievements", "/api/v1/progress");
  }

  /** An example problem with this status, and a description that is not a framework default. */
  @SuppressWarnings("unchecked")
  private static boolean hasOwnExample(
      String code, Map<String, Object> response, Map<String, Object> content) {
    Map<String, Object> problem = (Map<String, Object>) content.get("application/problem+json");
    Map<String, Map<String, Map<String, Object>>> examples =
        (Map<String, Map<String, Map<String, Object>>>) problem.get("examples");
    return examples != null
        && !examples.isEmpty()
        && examples.values().stream()
            .allMatch(example -> code.equals(String.valueOf(example.get("value").get("status"))))
        && !List.of("Bad Request", "Not Authorized", "Not Allowed")
            .contains(response.get("description"));
  }

  @Test
  void shouldSayWhatTheServiceIsFor() {
    JsonPath document =
        given().queryParam("format", "json").get("/q/openapi").then().extract().jsonPath();
    assertThat(document.getString("info.title")).isEqualTo("Chỉ tiêu");
    assertThat(document.getString("info.description")).contains("did the province meet its plan");
    assertThat(document.getString("components.schemas.Problem.type")).isEqualTo("object");
  }

  @Test
  void shouldServeSwaggerUi() {
    given().get("/q/swagger-ui/").then().statusCode(200);
  }

  @Test
  void shouldServeHealth() {
    vn.chitieu.Fixtures.awaitReady();
    given()
        .get(vn.chitieu.Fixtures.management("/health/ready"))
        .then()
        .statusCode(200)
        .body("checks.name", org.hamcrest.Matchers.hasItem("Database connections health check"))
        .body("checks.find { it.name == 'Query warm-up' }.status", equalTo("UP"));
    given().get(vn.chitieu.Fixtures.management("/health/live")).then().statusCode(200);
  }
}

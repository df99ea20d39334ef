package vn.chitieu.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chitieu.Fixtures;

/**
 * What Swagger UI offers to try must work: each create operation's request example in the committed
 * contract, posted to a service holding the demo data, is created (201) and answered as its 201
 * example shows, but for what the server assigns. What the test creates, it deletes.
 */
@QuarkusTest
class CreateExamplesTest {

  /** Set by the server, so different in every answer. */
  private static final List<String> ASSIGNED =
      List.of("id", "createdBy", "createdAt", "updatedBy", "updatedAt");

  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void shouldCreateWhatEachCreateExampleDescribes() throws Exception {
    List<CommittedContract.Operation> creates =
        CommittedContract.operations().stream()
            .filter(operation -> operation.id().startsWith("create"))
            .toList();
    assertThat(creates)
        .extracting(CommittedContract.Operation::id)
        .containsExactlyInAnyOrder(
            "createIndicator",
            "createTarget",
            "createAchievement",
            "createAchievements",
            "createLock");
    for (CommittedContract.Operation create : creates) {
      List<Map.Entry<String, JsonNode>> requests = create.examples("request", "application/json");
      assertThat(requests).as("request examples of %s", create).isNotEmpty();
      for (Map.Entry<String, JsonNode> request : requests) {
        JsonNode promised =
            create.examples("201", "application/json").stream()
                .filter(response -> response.getKey().equals(request.getKey()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("No 201 example " + request.getKey()))
                .getValue()
                .path("value");
        Response response =
            Fixtures.given()
                .contentType(ContentType.JSON)
                .body(JSON.writeValueAsString(request.getValue().path("value")))
                .post(create.path());
        List<String> created = new ArrayList<>();
        try {
          assertThat(response.statusCode())
              .as("%s with example %s: %s", create, request.getKey(), response.asString())
              .isEqualTo(201);
          JsonNode answer = JSON.readTree(response.asString());
          for (JsonNode item : answer.isArray() ? answer : List.of(answer)) {
            created.add(location(create.path(), item));
          }
          assertThat(
                  withoutAssigned(answer)
                      .equals(CommittedContract.NUMBERS_BY_VALUE, withoutAssigned(promised)))
              .as(
                  "%s answered %s; its 201 example %s shows %s",
                  create, answer, request.getKey(), promised)
              .isTrue();
        } finally {
          created.forEach(
              path ->
                  Fixtures.given()
                      .header("If-Match", Fixtures.etagOf(path))
                      .queryParam("reason", "Test clean-up")
                      .delete(path)
                      .then()
                      .statusCode(204));
        }
      }
    }
  }

  /** Where the created item lives: under its code (indicators) or its id. */
  private static String location(String path, JsonNode item) {
    String collection = path.replace("/batch", "");
    return collection
        + "/"
        + (item.has("id") ? item.get("id").asText() : item.get("code").asText());
  }

  private static JsonNode withoutAssigned(JsonNode node) {
    JsonNode copy = node.deepCopy();
    for (JsonNode item : copy.isArray() ? copy : List.of(copy)) {
      ((ObjectNode) item).remove(ASSIGNED);
    }
    return copy;
  }
}

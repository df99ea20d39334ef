package vn.chitieu.contract;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import vn.chitieu.Tokens;

/**
 * The error examples of the committed contract are what the service sends: each 401, 403, 404 (of a
 * read or delete), 413 and 415 example is provoked at the path it names and compared with the
 * answer, field by field, but for the request id: a new one in each answer.
 */
@QuarkusTest
class ErrorExamplesTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String UUID = "\\p{XDigit}{8}(-\\p{XDigit}{4}){3}-\\p{XDigit}{12}";
  private static final String ADMIN = Tokens.withRoles("error-examples", "admin");
  private static final String NO_ROLE = Tokens.withRoles("error-examples-nobody");

  @Test
  void shouldSendWhatEachErrorExampleShows() throws Exception {
    List<String> checked = new ArrayList<>();
    for (CommittedContract.Operation operation : CommittedContract.operations()) {
      String body = mediaType(operation);
      check(operation, "401", () -> json(RestAssured.given(), body), checked);
      check(
          operation, "403", () -> json(RestAssured.given().auth().oauth2(NO_ROLE), body), checked);
      if (operation.method().equals("get") || operation.method().equals("delete")) {
        check(operation, "404", ErrorExamplesTest::admin, checked);
      }
      check(
          operation,
          "413",
          () -> json(admin(), body).body("[" + "0,".repeat(600_000) + "0]"),
          checked);
      check(operation, "415", () -> admin().contentType(ContentType.TEXT).body("x"), checked);
    }
    assertThat(checked).hasSizeGreaterThan(40);
  }

  private static void check(
      CommittedContract.Operation operation,
      String status,
      Supplier<RequestSpecification> request,
      List<String> checked)
      throws Exception {
    for (Map.Entry<String, JsonNode> example :
        operation.examples(status, "application/problem+json")) {
      JsonNode promised = example.getValue().path("value");
      Response response =
          request.get().request(operation.method(), promised.path("instance").asText());
      JsonNode answer = JSON.readTree(response.asString());
      assertThat(response.statusCode())
          .as("%s %s", operation, status)
          .isEqualTo(Integer.parseInt(status));
      assertThat(answer.path("requestId").asText())
          .matches(UUID)
          .isNotEqualTo(promised.path("requestId").asText());
      assertThat(promised.path("requestId").asText()).matches(UUID);
      assertThat(withoutRequestId(answer))
          .as("%s %s example %s", operation, status, example.getKey())
          .isEqualTo(withoutRequestId(promised));
      checked.add(operation.id() + " " + status);
    }
  }

  private static RequestSpecification admin() {
    return RestAssured.given().auth().oauth2(ADMIN);
  }

  /** A body of the media type the operation takes: an empty object. */
  private static RequestSpecification json(RequestSpecification request, String mediaType) {
    return mediaType == null ? request : request.contentType(mediaType).body("{}");
  }

  /** The media type of the operation's request body, or null for none. */
  private static String mediaType(CommittedContract.Operation operation) {
    JsonNode content = operation.node().path("requestBody").path("content");
    return content.isObject() ? content.fieldNames().next() : null;
  }

  private static JsonNode withoutRequestId(JsonNode problem) {
    ObjectNode copy = problem.deepCopy();
    copy.remove("requestId");
    return copy;
  }
}

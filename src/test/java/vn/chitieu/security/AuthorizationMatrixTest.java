package vn.chitieu.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import vn.chitieu.Tokens;

/**
 * Reads the served OpenAPI document and, for every operation under /api, checks that it names a
 * role, and that no token gets 401, the role below gets 403 and the role itself gets neither. An
 * endpoint without a rule fails here.
 */
@QuarkusTest
class AuthorizationMatrixTest {

  @Test
  @SuppressWarnings("unchecked")
  void shouldEnforceTheDocumentedRoleOnEveryOperation() {
    Map<String, Map<String, Map<String, Object>>> paths =
        given()
            .queryParam("format", "json")
            .get("/q/openapi")
            .then()
            .extract()
            .jsonPath()
            .getMap("paths");
    List<String> failures = new ArrayList<>();
    int checked = 0;
    for (var path : paths.entrySet()) {
      if (!path.getKey().startsWith("/api/")) {
        continue;
      }
      for (var operation : path.getValue().entrySet()) {
        String method = operation.getKey().toUpperCase();
        String url =
            path.getKey()
                .replace("{code}", "POOR_HOUSEHOLD_RATE")
                .replace("{id}", "6f1c2a4e-8b7d-4c55-9e3a-2d6f0b1a9c10");
        String name = method + " " + path.getKey();
        String role = role((List<Map<String, List<String>>>) operation.getValue().get("security"));
        if (role == null) {
          failures.add(name + ": no role in the document");
          continue;
        }
        expect(failures, name + " without token", call(given(), method, url), 401);
        String below = Roles.below(role);
        String lowToken =
            below == null ? Tokens.withRoles("nobody") : Tokens.withRoles("low", below);
        expect(
            failures,
            name + " as " + (below == null ? "no role" : below),
            call(given().auth().oauth2(lowToken), method, url),
            403);
        int status = call(given().auth().oauth2(Tokens.withRoles("right", role)), method, url);
        if (status == 401 || status == 403) {
          failures.add(name + " as " + role + ": got " + status);
        }
        checked++;
      }
    }
    assertThat(failures).isEmpty();
    assertThat(checked).isGreaterThanOrEqualTo(17);
  }

  private static String role(List<Map<String, List<String>>> security) {
    if (security == null || security.isEmpty()) {
      return null;
    }
    return security.get(0).values().stream().flatMap(List::stream).findFirst().orElse(null);
  }

  /** Sends a harmless request: bodies are empty objects, so nothing valid is ever written. */
  private static int call(RequestSpecification request, String method, String url) {
    if (method.equals("POST") || method.equals("PUT")) {
      request.contentType(ContentType.JSON).body("{}");
    }
    return request.request(method, url).statusCode();
  }

  private static void expect(List<String> failures, String what, int status, int expected) {
    if (status != expected) {
      failures.add(what + ": got " + status + ", expected " + expected);
    }
  }
}

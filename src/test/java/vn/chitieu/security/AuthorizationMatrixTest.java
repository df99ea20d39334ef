package vn.chitieu.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.chitieu.Fixtures;
import vn.chitieu.Tokens;

/**
 * Reads the served OpenAPI document and, for every operation under /api, checks that it has a
 * bearer requirement and names a role in its description, and that no token gets 401, the role
 * below gets 403 and the role itself gets neither. An endpoint without a rule fails here.
 */
@QuarkusTest
class AuthorizationMatrixTest {

  private static final Pattern ROLE = Pattern.compile("Needs the `(\\w+)` role");

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
        Object security = operation.getValue().get("security");
        String role = role((String) operation.getValue().get("description"));
        if (security == null || role == null) {
          failures.add(name + ": no bearer requirement or no role in the document");
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

  /** The role the operation's description names: "Needs the `editor` role (or a higher one)." */
  private static String role(String description) {
    Matcher role = description == null ? null : ROLE.matcher(description);
    return role != null && role.find() ? role.group(1) : null;
  }

  /** Sends a harmless request: bodies are empty objects, so nothing valid is ever written. */
  private static int call(RequestSpecification request, String method, String url) {
    request.filter(Fixtures.CONTRACT);
    if (url.endsWith("/stream")) {
      // A live stream never ends; a cursor it cannot read makes it answer at once, with 400,
      // after the token and the role have been checked.
      request.header("Last-Event-ID", "not-a-cursor");
    }
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

package vn.chitieu.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import vn.chitieu.Tokens;
import vn.chitieu.security.KeycloakRealm;

/**
 * The packaged jar deployed for open data, with the two security settings a deployment chooses:
 * anyone may read while only token holders write ({@code chitieu.security.anonymous-read}), and
 * Swagger UI's Authorize signs people in at the realm ({@code chitieu.security.sign-in-realm}) as
 * the realm's public client, with PKCE, on every operation that needs a token.
 */
@Tag("slow")
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = "machine", mode = ResourceAccessMode.READ)
class OpenDataDeploymentIT {

  private static EmbeddedPostgres postgres;
  private static ServiceProcess service;

  @BeforeAll
  static void deploy() throws Exception {
    postgres = ServiceProcess.startPostgres("open-data-postgres");
    service =
        ServiceProcess.start(
            postgres,
            "-Dchitieu.demo-data=true",
            "-Dchitieu.security.anonymous-read=true",
            "-Dchitieu.security.sign-in-realm=" + Tokens.ISSUER);
  }

  @AfterAll
  static void stop() throws Exception {
    if (service != null) {
      service.close();
    }
    if (postgres != null) {
      postgres.close();
    }
  }

  @Test
  void shouldLetAnyoneRead() {
    given().port(service.port).get("/api/v1/progress?period=2020").then().statusCode(200);
    given().port(service.port).get("/api/v1/indicators/NEW_JOBS").then().statusCode(200);
  }

  @Test
  void shouldStillRequireATokenToWrite() {
    given()
        .port(service.port)
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/v1/targets")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", "Bearer");
  }

  @Test
  void shouldOfferSigningInAtTheRealmOnEveryOperationThatNeedsAToken() {
    JsonPath document =
        given()
            .port(service.port)
            .get("/q/openapi?format=json")
            .then()
            .statusCode(200)
            .extract()
            .jsonPath();
    assertThat(document.getString("components.securitySchemes.signIn.type"))
        .isEqualTo("openIdConnect");
    assertThat(document.getString("components.securitySchemes.signIn.openIdConnectUrl"))
        .isEqualTo("https://sso.example.gov.vn/realms/chitieu/.well-known/openid-configuration");

    Map<String, Map<String, Map<String, Object>>> paths = document.getMap("paths");
    int operations = 0;
    for (Map<String, Map<String, Object>> path : paths.values()) {
      for (Map<String, Object> operation : path.values()) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> security = (List<Map<String, Object>>) operation.get("security");
        assertThat(security)
            .containsExactly(Map.of("bearerAuth", List.of()), Map.of("signIn", List.of()));
        operations++;
      }
    }
    assertThat(operations).isGreaterThan(30);
  }

  @Test
  void shouldSignInAsTheRealmsPublicClientWithPkce() {
    given()
        .port(service.port)
        .get("/q/swagger-ui/")
        .then()
        .statusCode(200)
        .body(containsString("clientId: '" + KeycloakRealm.PUBLIC_CLIENT + "'"))
        .body(containsString("usePkceWithAuthorizationCodeGrant: true"));
  }
}

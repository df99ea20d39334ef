package vn.chitieu.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With a sign-in realm configured, Swagger UI's Authorize offers signing in there as the realm's
 * public client, with PKCE, on every operation that needs a token.
 */
@QuarkusTest
@TestProfile(KeycloakRealmProfile.class)
class SwaggerUiSignInTest {

  @Test
  void shouldOfferSigningInAtTheRealmOnEveryOperationThatNeedsAToken() {
    JsonPath document =
        given().get("/q/openapi?format=json").then().statusCode(200).extract().jsonPath();
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
        .get("/q/swagger-ui/")
        .then()
        .statusCode(200)
        .body(containsString("clientId: '" + KeycloakRealm.PUBLIC_CLIENT + "'"))
        .body(containsString("usePkceWithAuthorizationCodeGrant: true"));
  }
}

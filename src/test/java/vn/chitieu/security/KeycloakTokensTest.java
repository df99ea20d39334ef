package vn.chitieu.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;

import com.fasterxml.jackson.databind.JsonNode;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import io.smallrye.jwt.build.Jwt;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.chitieu.Fixtures;
import vn.chitieu.TestKeys;
import vn.chitieu.Tokens;

/**
 * Access tokens shaped as the realm of docs/keycloak issues them — issuer the realm's URL, {@code
 * aud} an array, {@code azp} the calling client, the realm roles in {@code realm_access.roles} and,
 * by the realm's mapper, in {@code groups} — pass the service's checks, and grant what their roles
 * allow. The claims the realm decides are read from its export.
 */
@QuarkusTest
class KeycloakTokensTest {

  private final KeycloakRealm realm = KeycloakRealm.load();

  @Test
  void shouldLetTheServiceAccountOfTheConfidentialClientRead() {
    String token =
        token(KeycloakRealm.CONFIDENTIAL_CLIENT, serviceAccount(), List.of("reader"), true);
    as(token).get("/api/v1/indicators/POOR_HOUSEHOLD_RATE").then().statusCode(200);
    as(token)
        .contentType(ContentType.JSON)
        .body(Fixtures.targetJson("POOR_HOUSEHOLD_RATE", "2031", "0.2"))
        .post("/api/v1/targets")
        .then()
        .statusCode(403);
  }

  @Test
  void shouldLetAnEditorSignedInThroughSwaggerUiWrite() {
    String admin = token(KeycloakRealm.PUBLIC_CLIENT, "tran.thi.b", List.of("admin"), true);
    String code = Fixtures.uniqueCode("KEYCLOAK");
    as(admin)
        .contentType(ContentType.JSON)
        .body(Fixtures.indicatorJson(code, "TEST_KEYCLOAK", "PERCENT", 2))
        .post("/api/v1/indicators")
        .then()
        .statusCode(201);

    String editor = token(KeycloakRealm.PUBLIC_CLIENT, "nguyen.van.a", List.of("editor"), true);
    as(editor)
        .contentType(ContentType.JSON)
        .body(Fixtures.targetJson(code, "2020", "0.36"))
        .post("/api/v1/targets")
        .then()
        .statusCode(201)
        .body("createdBy", equalTo("nguyen.van.a"));
  }

  @Test
  void shouldRefuseATokenIssuedWithoutTheServiceInItsAudience() {
    String token =
        Jwt.claims(
                claims(KeycloakRealm.CONFIDENTIAL_CLIENT, serviceAccount(), List.of("admin"), true))
            .audience("account")
            .sign(TestKeys.trusted());
    as(token).get("/api/v1/indicators/POOR_HOUSEHOLD_RATE").then().statusCode(401);
  }

  @Test
  void shouldRefuseATokenOfAnotherRealm() {
    String token =
        Jwt.claims(
                claims(KeycloakRealm.CONFIDENTIAL_CLIENT, serviceAccount(), List.of("admin"), true))
            .issuer("https://sso.example.gov.vn/realms/other")
            .sign(TestKeys.trusted());
    as(token).get("/api/v1/indicators/POOR_HOUSEHOLD_RATE").then().statusCode(401);
  }

  /** Without the realm's roles mapper the roles are only in realm_access, which grants nothing. */
  @Test
  void shouldGrantNothingFromRealmAccessAlone() {
    String token =
        token(KeycloakRealm.CONFIDENTIAL_CLIENT, serviceAccount(), List.of("admin"), false);
    as(token).get("/api/v1/indicators/POOR_HOUSEHOLD_RATE").then().statusCode(403);
  }

  private static RequestSpecification as(String token) {
    return given().filter(Fixtures.CONTRACT).auth().oauth2(token);
  }

  private static String serviceAccount() {
    return "service-account-" + KeycloakRealm.CONFIDENTIAL_CLIENT;
  }

  private String token(String clientId, String user, List<String> roles, boolean mapped) {
    return Jwt.claims(claims(clientId, user, roles, mapped)).sign(TestKeys.trusted());
  }

  /**
   * An access token's claims as Keycloak writes them for this client: its realm roles include the
   * realm's defaults, and the client's mappers add the audience and (when mapped) the groups.
   */
  private Map<String, Object> claims(
      String clientId, String user, List<String> roles, boolean mapped) {
    List<String> realmRoles = new ArrayList<>(roles);
    realmRoles.addAll(List.of("offline_access", "uma_authorization", "default-roles-chitieu"));
    long now = Instant.now().getEpochSecond();
    Map<String, Object> claims = new LinkedHashMap<>();
    claims.put("exp", now + 300);
    claims.put("iat", now);
    claims.put("jti", UUID.randomUUID().toString());
    claims.put("iss", Tokens.ISSUER);
    JsonNode audience = realm.mapper(clientId, "oidc-audience-mapper").path("config");
    claims.put("aud", List.of(audience.path("included.client.audience").asText(), "account"));
    claims.put("sub", UUID.randomUUID().toString());
    claims.put("typ", "Bearer");
    claims.put("azp", clientId);
    claims.put("scope", "profile email");
    claims.put("realm_access", Map.of("roles", realmRoles));
    claims.put("preferred_username", user);
    if (mapped) {
      JsonNode groups = realm.mapper(clientId, "oidc-usermodel-realm-role-mapper").path("config");
      claims.put(groups.path("claim.name").asText(), realmRoles);
    }
    return claims;
  }
}

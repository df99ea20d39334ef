package vn.chitieu.security;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.targetJson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.chitieu.Fixtures;
import vn.chitieu.Tokens;

/** Tokens with a valid signature whose claims break a rule of security/TokenRules get 401. */
@QuarkusTest
class TokenRulesTest {

  private static final String INDICATORS = "/api/v1/indicators";
  private static final long DAY = 86_400;

  private static long now() {
    return System.currentTimeMillis() / 1000;
  }

  private static ValidatableResponse read(String token) {
    return given().filter(Fixtures.CONTRACT).auth().oauth2(token).get(INDICATORS).then();
  }

  private static ValidatableResponse write(String token) {
    String indicator = createIndicator("TEST_TOKEN_RULES");
    return given()
        .filter(Fixtures.CONTRACT)
        .auth()
        .oauth2(token)
        .contentType(ContentType.JSON)
        .body(targetJson(indicator, "2021", "1"))
        .post("/api/v1/targets")
        .then();
  }

  private static void assertRefused(ValidatableResponse response) {
    response
        .statusCode(401)
        .header("WWW-Authenticate", "Bearer")
        .contentType("application/problem+json")
        .body("status", equalTo(401))
        .body("detail", equalTo("Send a valid bearer token in the Authorization header."));
  }

  private static String payload(String token) {
    return new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
  }

  @ParameterizedTest
  @ValueSource(strings = {"admin", "reader admin", "editor"})
  void shouldGrantNoRoleForGroupsSentAsAString(String groups) {
    String token = Tokens.shaped("stringly", claims -> claims.claim("groups", groups));
    assertThat(payload(token)).contains("\"groups\":\"" + groups + "\"");

    assertRefused(read(token));
    assertRefused(write(token));
  }

  @Test
  void shouldRefuseGroupsHoldingSomethingOtherThanStrings() {
    String token = Tokens.shaped("numbers", claims -> claims.claim("groups", List.of("editor", 7)));
    assertRefused(write(token));
  }

  @Test
  void shouldRefuseATokenIssuedInTheFuture() {
    long iat = now() + DAY;
    String token =
        Tokens.shaped(
            "early", claims -> claims.groups("reader").issuedAt(iat).expiresAt(iat + 1800));
    assertRefused(read(token));
  }

  @Test
  void shouldAcceptAnIatWithinTheClockSkew() {
    long iat = now() + 20;
    String token =
        Tokens.shaped(
            "skewed", claims -> claims.groups("reader").issuedAt(iat).expiresAt(iat + 1800));
    read(token).statusCode(200);
  }

  @Test
  void shouldRefuseATokenLivingLongerThanTheMaximumLifetime() {
    long iat = now() - 60;
    String tenYears =
        Tokens.shaped(
            "forever", claims -> claims.groups("reader").issuedAt(iat).expiresAt(iat + 3650 * DAY));
    String justOver =
        Tokens.shaped(
            "long", claims -> claims.groups("reader").issuedAt(iat).expiresAt(iat + 12 * 3600 + 1));
    String justUnder =
        Tokens.shaped(
            "day-long", claims -> claims.groups("reader").issuedAt(iat).expiresAt(iat + 12 * 3600));

    assertRefused(read(tenYears));
    assertRefused(read(justOver));
    read(justUnder).statusCode(200);
  }

  @ParameterizedTest
  @ValueSource(strings = {"system", "SYSTEM", "System", " system "})
  void shouldRefuseTheNameTheServiceWritesItsOwnRowsAs(String name) {
    assertRefused(write(Tokens.withRoles(name, Roles.EDITOR)));
  }

  @Test
  void shouldRefuseTheServicesNameInTheSubjectWhenNoOtherNameIsGiven() {
    String token =
        Tokens.shaped(
            "ignored",
            claims -> {
              claims.groups("editor").subject("system");
              claims.remove("preferred_username");
              return claims;
            });
    assertRefused(write(token));
  }

  @Test
  void shouldRefuseAUserNameLongerThanTheAuditColumnsAtTheDoor() {
    String huge =
        Tokens.shaped(
            "short-subject",
            claims -> claims.groups("editor").preferredUserName("u".repeat(10_000)));
    assertRefused(read(huge));
    assertRefused(write(huge));
    assertRefused(write(Tokens.withRoles("u".repeat(201), Roles.EDITOR)));
  }

  @Test
  void shouldStampAUserNameAsLongAsTheAuditColumns() {
    String name = "ư".repeat(200);
    write(Tokens.withRoles(name, Roles.EDITOR)).statusCode(201).body("createdBy", equalTo(name));
  }
}

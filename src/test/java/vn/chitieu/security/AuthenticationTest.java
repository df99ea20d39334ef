package vn.chitieu.security;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.targetJson;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.chitieu.Fixtures;
import vn.chitieu.Tokens;

@QuarkusTest
class AuthenticationTest {

  private static final String INDICATORS = "/api/v1/indicators";
  private static final String UNAUTHORIZED_DETAIL =
      "Send a valid bearer token in the Authorization header.";

  /** Posts a target as a user who holds one role. */
  private static Response postTargetAs(String user, String role, String json) {
    return as(Tokens.withRoles(user, role))
        .contentType(ContentType.JSON)
        .body(json)
        .post("/api/v1/targets");
  }

  private static RequestSpecification as(String token) {
    return given().filter(Fixtures.CONTRACT).auth().oauth2(token);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {"none", "malformed", "expired", "unknownKey", "otherIssuer", "otherAudience"})
  void shouldRefuseBadTokensAlikeWith401(String kind) {
    RequestSpecification request =
        switch (kind) {
          case "none" -> given();
          case "malformed" -> as("not.a.token");
          case "expired" -> as(Tokens.expired("admin"));
          case "unknownKey" -> as(Tokens.signedByUnknownKey("admin"));
          case "otherIssuer" -> as(Tokens.fromOtherIssuer("admin"));
          case "otherAudience" -> as(Tokens.forOtherAudience("admin"));
          default -> throw new IllegalArgumentException(kind);
        };
    request
        .get(INDICATORS)
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", "Bearer")
        .contentType("application/problem+json")
        .body("status", equalTo(401))
        .body("detail", equalTo(UNAUTHORIZED_DETAIL));
  }

  @Test
  void shouldLetAReaderRead() {
    as(Tokens.withRoles("ana", "reader")).get(INDICATORS).then().statusCode(200);
  }

  @Test
  void shouldForbidAReaderToWriteWith403() {
    String indicator = createIndicator("TEST_AUTH");
    postTargetAs("ana", "reader", targetJson(indicator, "2021", "1"))
        .then()
        .statusCode(403)
        .contentType("application/problem+json")
        .body("title", equalTo("Forbidden"));
  }

  @Test
  void shouldForbidAnEditorToChangeTheCatalogue() {
    as(Tokens.withRoles("ed", "editor"))
        .delete(INDICATORS + "/POOR_HOUSEHOLD_RATE")
        .then()
        .statusCode(403);
  }

  @Test
  void shouldLetAnApproverEditFiguresThroughTheLadder() {
    String indicator = createIndicator("TEST_AUTH");
    postTargetAs("approver-an", "approver", targetJson(indicator, "2021", "1"))
        .then()
        .statusCode(201);
  }

  @Test
  void shouldRecordWhoCreatedAndWhoChanged() {
    String indicator = createIndicator("TEST_AUTH");
    String id =
        postTargetAs("nguyen.van.a", "editor", targetJson(indicator, "2021", "1"))
            .then()
            .statusCode(201)
            .body("createdBy", equalTo("nguyen.van.a"))
            .body("updatedBy", equalTo("nguyen.van.a"))
            .body("createdAt", notNullValue())
            .extract()
            .path("id");
    as(Tokens.withRoles("tran.thi.b", "editor"))
        .header("If-Match", "\"0\"")
        .contentType(ContentType.JSON)
        .body(targetJson(indicator, "2021", "2"))
        .put("/api/v1/targets/" + id)
        .then()
        .statusCode(200)
        .body("createdBy", equalTo("nguyen.van.a"))
        .body("updatedBy", equalTo("tran.thi.b"));
  }

  @Test
  void shouldNotLetACallerSetTheAuditFields() {
    String indicator = createIndicator("TEST_AUTH");
    postTargetAs(
            "ed",
            "editor",
            targetJson(indicator, "2021", "1").replace("}", ", \"createdBy\": \"someone-else\"}"))
        .then()
        .statusCode(400)
        .body("errors[0].field", equalTo("createdBy"));
  }

  @Test
  void shouldMarkTheDemoDataAsTheSystems() {
    as(Tokens.withRoles("ana", "reader"))
        .get(INDICATORS + "/NEW_JOBS")
        .then()
        .body("createdBy", equalTo("system"));
  }

  @Test
  void shouldKeepHealthAndTheContractOpen() {
    vn.chitieu.Fixtures.awaitReady();
    given().get(Fixtures.management("/health/ready")).then().statusCode(200);
    given().get("/q/openapi").then().statusCode(200);
  }

  @Test
  void shouldSendProtectiveHeaders() {
    as(Tokens.withRoles("ana", "reader"))
        .get(INDICATORS)
        .then()
        .header("X-Content-Type-Options", "nosniff")
        .header("Cache-Control", "no-store");
  }

  @Test
  void shouldNotAllowCrossOriginCallsByDefault() {
    given()
        .header("Origin", "https://evil.example")
        .header("Access-Control-Request-Method", "GET")
        .options(INDICATORS)
        .then()
        .header("Access-Control-Allow-Origin", (String) null);
  }
}

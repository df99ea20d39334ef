package vn.chitieu.security;

import static io.restassured.RestAssured.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** An open-data deployment: anyone may read, only token holders may write. */
@QuarkusTest
@TestProfile(AnonymousReadTest.AnonymousRead.class)
class AnonymousReadTest {

  public static class AnonymousRead implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("chitieu.security.anonymous-read", "true");
    }
  }

  @Test
  void shouldLetAnyoneRead() {
    given().get("/api/v1/progress?period=2020").then().statusCode(200);
    given().get("/api/v1/indicators/NEW_JOBS").then().statusCode(200);
  }

  @Test
  void shouldStillRequireATokenToWrite() {
    given()
        .contentType(ContentType.JSON)
        .body("{}")
        .post("/api/v1/targets")
        .then()
        .statusCode(401)
        .header("WWW-Authenticate", "Bearer");
  }
}

package vn.chitieu.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.startsWith;

import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import vn.chitieu.Fixtures;

@QuarkusTest
class RootPageTest {

  private static final Pattern LINK = Pattern.compile("href=\"([^\"]+)\"");

  @Test
  void shouldPointToSwaggerUiAndOpenApiWithoutToken() {
    String page =
        given()
            .get("/")
            .then()
            .statusCode(200)
            .contentType(startsWith("text/html"))
            .header("X-Content-Type-Options", "nosniff")
            .extract()
            .asString();

    List<String> links = LINK.matcher(page).results().map(link -> link.group(1)).toList();
    assertThat(links).containsExactly("/q/swagger-ui", "/q/openapi");
    Fixtures.awaitReady();
    for (String link : links) {
      given().get(link).then().statusCode(200);
    }
  }

  @Test
  void shouldLeaveOtherPathsAsTheyWere() {
    given().get("/index.html").then().statusCode(404).contentType("application/problem+json");
    given().get("/api/v1/indicators").then().statusCode(401);
  }
}

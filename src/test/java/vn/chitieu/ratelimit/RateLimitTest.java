package vn.chitieu.ratelimit;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import org.junit.jupiter.api.Test;
import vn.chitieu.Fixtures;
import vn.chitieu.Tokens;

/**
 * Two clients with the same limit of their own (application.properties, test profile: 1 request a
 * second, 3 at once): one that exceeds it is refused, the other is still served.
 */
@QuarkusTest
class RateLimitTest {

  private static final String PATH = "/api/v1/indicators?size=1";
  private static final int BURST = 3;

  private static Response getAs(String client) {
    String token = Tokens.shaped("user-of-" + client, c -> c.claim("azp", client).groups("reader"));
    return given().filter(Fixtures.CONTRACT).auth().oauth2(token).get(PATH);
  }

  @Test
  void shouldRefuseTheClientOverItsLimitAndServeAnother() {
    // A bucket of 3 refilled at 1 a second: the burst passes, then (unless a second goes by
    // between two requests) the next is refused; a refill at most adds one pass per second.
    int served = 0;
    Response refused = null;
    for (int attempt = 0; attempt < BURST + 30 && refused == null; attempt++) {
      Response response = getAs("noisy-client");
      if (response.statusCode() == 429) {
        refused = response;
      } else {
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.header("RateLimit-Policy")).isEqualTo("\"per-client\";q=3;w=3");
        served++;
      }
    }
    assertThat(refused).as("a 429 once the burst is spent").isNotNull();
    assertThat(served).isGreaterThanOrEqualTo(BURST);
    refused
        .then()
        .contentType("application/problem+json")
        .body("status", equalTo(429))
        .body("title", equalTo("Too many requests"))
        .header("Retry-After", "1")
        .header("RateLimit", "\"per-client\";r=0;t=3")
        .header("RateLimit-Policy", "\"per-client\";q=3;w=3");

    getAs("quiet-client")
        .then()
        .statusCode(200)
        .header("RateLimit", "\"per-client\";r=2;t=1")
        .header("RateLimit-Policy", "\"per-client\";q=3;w=3");
  }

  @Test
  void shouldNotLimitClientsWithoutALimit() {
    for (int i = 0; i < BURST + 2; i++) {
      getAs("unlimited-client").then().statusCode(200);
    }
    assertThat(getAs("unlimited-client").header("RateLimit")).isNull();
  }
}

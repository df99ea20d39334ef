package vn.chitieu.system;

import static io.restassured.RestAssured.given;
import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Anonymous requests to made-up paths with methods the routes lack (405 and the like) must not each
 * add a uri label to the HTTP server metrics: Micrometer stops recording new labels at a cap, so an
 * attacker could otherwise blind the metrics without a token.
 */
@QuarkusTest
class MetricsCardinalityTest {

  private static final Pattern HTTP_SERVER_URI =
      Pattern.compile(
          "^http_server_requests_seconds_count\\{[^}]*uri=\"([^\"]*)\"", Pattern.MULTILINE);
  private static final Pattern LOCK_HISTORY_COUNT =
      Pattern.compile(
          "^http_server_requests_seconds_count\\{[^}]*uri=\"/api/v1/locks/\\{id}/history\"[^}]*}"
              + " ([0-9.E]+)$",
          Pattern.MULTILINE);

  private static String scrape() {
    return given()
        .get(vn.chitieu.Fixtures.management("/metrics"))
        .then()
        .statusCode(200)
        .extract()
        .asString();
  }

  private static Set<String> uris(String scrape) {
    Set<String> uris = new TreeSet<>();
    Matcher matcher = HTTP_SERVER_URI.matcher(scrape);
    while (matcher.find()) {
      uris.add(matcher.group(1));
    }
    return uris;
  }

  private static double lockHistoryRequests(String scrape) {
    double total = 0;
    Matcher matcher = LOCK_HISTORY_COUNT.matcher(scrape);
    while (matcher.find()) {
      total += Double.parseDouble(matcher.group(1));
    }
    return total;
  }

  @Test
  void shouldKeepTheUriLabelsBoundedWhenUnknownPathsAreFlooded() {
    Set<String> before = uris(scrape());
    Map<Integer, Integer> statuses = new TreeMap<>();
    for (int i = 0; i < 300; i++) {
      String id = UUID.randomUUID().toString();
      int status =
          switch (i % 5) {
            case 0 -> given().patch("/api/v1/locks/" + id).statusCode();
            case 1 -> given().put("/api/v1/locks/" + id).statusCode();
            case 2 -> given().put("/api/v1/indicators/" + id + "/nothing").statusCode();
            case 3 -> given().post("/api/v1/indicators/X" + i + "/progress").statusCode();
            default -> given().delete("/api/v1/targets/" + id + "/history").statusCode();
          };
      statuses.merge(status, 1, Integer::sum);
    }
    System.out.println("Flood statuses: " + statuses);
    assertThat(statuses.keySet()).doesNotContain(200, 201, 204, 500);

    String afterFlood = scrape();
    Set<String> added = new TreeSet<>(uris(afterFlood));
    added.removeAll(before);
    // At most the fixed labels for unmatched requests (UNKNOWN, NOT_FOUND) are new; no raw path.
    assertThat(added).allMatch(uri -> !uri.matches(".*[0-9a-f]{8}-[0-9a-f]{4}.*|.*/X[0-9]+/.*"));
    assertThat(added).hasSizeLessThanOrEqualTo(2);
    assertThat(uris(afterFlood)).hasSizeLessThanOrEqualTo(60);

    double lockHistoryBefore = lockHistoryRequests(afterFlood);
    given().get("/api/v1/locks/" + UUID.randomUUID() + "/history").then().statusCode(401);
    assertThat(lockHistoryRequests(scrape())).isEqualTo(lockHistoryBefore + 1);
  }
}

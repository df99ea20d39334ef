package vn.chitieu.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.given;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A consumer that fell behind the feed's retention is sent back to the lists: 410. */
@QuarkusTest
@TestProfile(ChangeRetentionTest.ShortRetention.class)
class ChangeRetentionTest {

  public static class ShortRetention implements QuarkusTestProfile {
    @Override
    public Map<String, String> getConfigOverrides() {
      return Map.of("chitieu.changes.retention", "PT3S");
    }
  }

  @Test
  void shouldAnswer410WithTheCursorToFollowFromOnceTheListsAreRead() throws Exception {
    Thread.sleep(4_000);
    String head = gone(null);
    assertThat(Feed.page(head, 10).getList("items")).isEmpty();

    String first = createIndicator("TEST_RETENTION");
    assertThat(ids(head)).containsExactly(first);
    Thread.sleep(4_000);
    String next = gone(head);
    given()
        .queryParam("after", head)
        .accept("text/event-stream")
        .get("/api/v1/changes/stream")
        .then()
        .statusCode(410)
        .body("type", equalTo("urn:chitieu:problem:gone"));

    String later = createIndicator("TEST_RETENTION");
    assertThat(ids(next)).containsExactly(later);
  }

  /** Reads after the cursor (from the beginning if null), expecting 410; returns its next. */
  private static String gone(String after) {
    var request = given();
    if (after != null) {
      request = request.queryParam("after", after);
    }
    return request
        .get("/api/v1/changes")
        .then()
        .statusCode(410)
        .contentType("application/problem+json")
        .body("type", equalTo("urn:chitieu:problem:gone"))
        .body("detail", containsString("more than PT3S ago"))
        .body("next", matchesPattern("[0-9]+"))
        .extract()
        .path("next");
  }

  private static List<Object> ids(String after) {
    return Feed.page(after, 10).getList("items", Map.class).stream()
        .map(change -> change.get("id"))
        .toList();
  }
}

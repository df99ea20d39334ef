package vn.chitieu.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.given;

import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.chitieu.system.TestClock;

/**
 * A consumer that fell behind the feed's retention (chitieu.changes.retention, 30 days unless
 * configured) is sent back to the lists: 410. The service's clock travels past the retention, the
 * changes themselves are written at the present.
 */
@QuarkusTest
class ChangeRetentionTest {

  private static final Duration RETENTION = Duration.ofDays(30);

  @AfterEach
  void comeBack() {
    TestClock.comeBack();
  }

  @Test
  void shouldAnswer410WithTheCursorToFollowFromOnceTheListsAreRead() {
    String head = Feed.head();
    String first = createIndicator("TEST_RETENTION");

    TestClock.travelTo(Instant.now().plus(RETENTION).minusSeconds(60));
    assertThat(ids(head)).as("a minute inside the retention").containsExactly(first);

    TestClock.travelTo(Instant.now().plus(RETENTION).plusSeconds(60));
    String next = gone(head);
    assertThat(gone(null)).as("from the beginning").isEqualTo(next);
    assertThat(Feed.page(next, 10).getList("items")).isEmpty();
    given()
        .queryParam("after", head)
        .accept("text/event-stream")
        .get("/api/v1/changes/stream")
        .then()
        .statusCode(410)
        .body("type", equalTo("urn:chitieu:problem:gone"));

    TestClock.comeBack();
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
        .body("detail", containsString("more than 30 days ago"))
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

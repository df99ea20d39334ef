package vn.chitieu.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chitieu.Fixtures.createIndicator;
import static vn.chitieu.Fixtures.given;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.net.URI;
import org.junit.jupiter.api.Test;
import vn.chitieu.ProblemAssertions;

/** The live stream: what it sends when nothing changes, and whom it refuses. */
@QuarkusTest
class ChangeStreamTest {

  @TestHTTPResource("/api/v1/changes/stream")
  URI stream;

  @Test
  void shouldSendAHeartbeatWhileNothingChangesThenTheNextChange() throws Exception {
    try (EventStream events = EventStream.open(stream, "after", Feed.head())) {
      events.awaitComment(); // the stream opens
      long quietSince = System.nanoTime();
      events.awaitComment(); // a heartbeat: chitieu.changes.heartbeat is 1 s in tests
      assertThat(System.nanoTime() - quietSince).isGreaterThan(500_000_000L);

      String indicator = createIndicator("TEST_STREAM");
      Mirror mirror = new Mirror();
      events.applyUntil(mirror, "indicator " + indicator);
      assertThat(mirror.size()).isEqualTo(1);
    }
  }

  @Test
  void shouldRefuseAnAnonymousReaderAndAMalformedLastEventId() {
    RestAssured.given().accept("text/event-stream").get(stream).then().statusCode(401);
    ProblemAssertions.assertInvalid(
        given()
            .accept("text/event-stream")
            .header("Last-Event-ID", "12.x")
            .get("/api/v1/changes/stream")
            .then(),
        "Last-Event-ID",
        "must be a cursor the feed gave");
  }
}

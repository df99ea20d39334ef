package vn.chitieu.changes;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chitieu.Fixtures.createIndicator;

import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A consuming system follows the feed while writers change data at once: at the end its copy equals
 * the service's, and no change came twice or went missing (issue 16).
 */
@QuarkusTest
class ChangeMirrorTest {

  @TestHTTPResource("/api/v1/changes/stream")
  URI stream;

  @Test
  void shouldKeepAnExactMirrorByPollingSmallPagesWhileWritersRace() throws Exception {
    String cursor = Feed.head();
    String indicator = createIndicator("TEST_MIRROR");
    Mirror mirror = new Mirror();
    Writers writers = new Writers(indicator);

    writers.start();
    int polls = 0;
    while (!writers.done()) {
      cursor = poll(mirror, cursor);
      polls++;
    }
    writers.await();
    mirror.applyAll(Feed.after(cursor, 7));

    assertThat(polls).as("the consumer polled while the writers wrote").isGreaterThan(1);
    assertMirrorsTheService(mirror, indicator);
  }

  @Test
  void shouldKeepAnExactMirrorOverServerSentEventsAcrossAReconnect() throws Exception {
    String head = Feed.head();
    String indicator = createIndicator("TEST_MIRROR");
    Mirror mirror = new Mirror();
    Writers writers = new Writers(indicator);

    writers.start();
    String lastId;
    try (EventStream events = EventStream.open(stream, "after", head)) {
      lastId = events.apply(mirror, 40);
    }
    try (EventStream events = EventStream.resume(stream, lastId)) {
      events.apply(mirror, 40);
      writers.await();
      String end = createIndicator("TEST_MIRROR_END");
      events.applyUntil(mirror, "indicator " + end);
    }

    assertMirrorsTheService(mirror, indicator);
  }

  private static String poll(Mirror mirror, String cursor) {
    JsonPath page = Feed.page(cursor, 7);
    List<Map<String, Object>> items = page.getList("items");
    mirror.applyAll(items);
    return page.getString("next");
  }

  private static void assertMirrorsTheService(Mirror mirror, String indicator) {
    Map<String, String> targets = Writers.stored("target", indicator);
    Map<String, String> achievements = Writers.stored("achievement", indicator);
    // Each writer keeps its targets but every third, and all of its achievements; one shared
    // target.
    assertThat(targets).hasSize(Writers.WRITERS * (Writers.ROUNDS - Writers.ROUNDS / 3) + 1);
    assertThat(achievements).hasSize(Writers.WRITERS * Writers.ROUNDS);
    assertThat(mirror.figures("target", indicator)).isEqualTo(targets);
    assertThat(mirror.figures("achievement", indicator)).isEqualTo(achievements);
  }
}

package vn.chitieu.changes;

import static org.assertj.core.api.Assertions.assertThat;

import io.restassured.path.json.JsonPath;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import vn.chitieu.Tokens;

/** A reader of the live stream, as an EventSource reads it: events of id and data lines. */
final class EventStream implements AutoCloseable {

  private static final String TOKEN = Tokens.withRoles("test-reader", "reader");
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  private final InputStream body;
  private final BufferedReader lines;
  private String lastId;
  private int comments;

  private EventStream(HttpResponse<InputStream> response) {
    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
    this.body = response.body();
    this.lines = new BufferedReader(new InputStreamReader(body, StandardCharsets.UTF_8));
  }

  static EventStream open(URI stream, String parameter, String value) throws Exception {
    return connect(HttpRequest.newBuilder(URI.create(stream + "?" + parameter + "=" + value)));
  }

  /** Reconnects as an EventSource does, naming the last event it received. */
  static EventStream resume(URI stream, String lastEventId) throws Exception {
    return connect(HttpRequest.newBuilder(stream).header("Last-Event-ID", lastEventId));
  }

  private static EventStream connect(HttpRequest.Builder request) throws Exception {
    return new EventStream(
        HTTP.send(
            request
                .header("Authorization", "Bearer " + TOKEN)
                .header("Accept", "text/event-stream")
                .GET()
                .build(),
            HttpResponse.BodyHandlers.ofInputStream()));
  }

  /** Applies this many changes to the mirror; returns the last one's id. */
  String apply(Mirror mirror, int changes) throws IOException {
    for (int i = 0; i < changes; i++) {
      mirror.apply(next());
    }
    return lastId;
  }

  /** Applies changes until the one of this resource ("indicator CODE") has been applied. */
  void applyUntil(Mirror mirror, String resource) throws IOException {
    while (true) {
      Map<String, Object> change = next();
      mirror.apply(change);
      if (resource.equals(change.get("resource") + " " + change.get("id"))) {
        return;
      }
    }
  }

  /** Waits for the next comment (the stream's opening line or a heartbeat). */
  void awaitComment() throws IOException {
    int seen = comments;
    while (comments == seen) {
      readLine();
    }
  }

  /** The next change event's data; its id must be its cursor. */
  private Map<String, Object> next() throws IOException {
    String id = null;
    StringBuilder data = new StringBuilder();
    while (true) {
      String line = readLine();
      if (line.isEmpty()) {
        if (data.length() > 0) {
          Map<String, Object> change = JsonPath.from(data.toString()).getMap("");
          assertThat(id).isEqualTo(change.get("cursor"));
          lastId = id;
          return change;
        }
      } else if (line.startsWith("id:")) {
        id = line.substring(3).strip();
      } else if (line.startsWith("data:")) {
        data.append(line.substring(5).strip());
      }
    }
  }

  private String readLine() throws IOException {
    String line = lines.readLine();
    if (line == null) {
      throw new IOException("the stream ended");
    }
    if (line.startsWith(":")) {
      comments++;
    }
    return line;
  }

  @Override
  public void close() throws IOException {
    body.close();
  }
}

package vn.chitieu.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import vn.chitieu.Tokens;

/**
 * Slow clients, against the packaged jar with its shipped configuration: a request whose headers
 * never finish, one whose body never finishes, and a connection that sends nothing are each closed
 * once {@code quarkus.http.idle-timeout} has passed without a byte, instead of staying open. It
 * runs beside the other packaged-jar tests (its own database and ports): it mostly waits.
 */
@Tag("slow")
@Execution(ExecutionMode.CONCURRENT)
class SlowClientIT {

  /** Time allowed beyond the configured timeout, for the server's idle check to come round. */
  private static final Duration MARGIN = Duration.ofSeconds(5);

  @Test
  void shouldCloseHalfSentRequestsAfterTheIdleTimeout() throws Exception {
    Duration idleTimeout = configuredIdleTimeout();
    String token = Tokens.withRoles("slow", "admin");
    Map<String, String> halfSent = new LinkedHashMap<>();
    halfSent.put("headers never finished", "GET /api/v1/indicators HTTP/1.1\r\nHost: x\r\nX-Slo");
    halfSent.put(
        "body never finished",
        "POST /api/v1/indicators HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer "
            + token
            + "\r\nContent-Type: application/json\r\nContent-Length: 1000\r\n\r\n{\"code\": \"SL");
    halfSent.put("nothing sent", "");
    try (EmbeddedPostgres postgres = ServiceProcess.startPostgres("slow-postgres");
        ServiceProcess service = ServiceProcess.start(postgres)) {
      Map<String, CompletableFuture<String>> closed = new LinkedHashMap<>();
      halfSent.forEach(
          (what, bytes) ->
              closed.put(
                  what,
                  CompletableFuture.supplyAsync(
                      () -> waitForClose(service.port, bytes, idleTimeout.plus(MARGIN)))));
      for (Map.Entry<String, CompletableFuture<String>> entry : closed.entrySet()) {
        String outcome = entry.getValue().get();
        System.out.printf(
            "Slow client, %s: %s (quarkus.http.idle-timeout %d s)%n",
            entry.getKey(), outcome, idleTimeout.toSeconds());
        assertThat(outcome).as(entry.getKey()).startsWith("closed");
      }
    }
  }

  /** Sends the bytes, then nothing, and reports when and how the server ended the connection. */
  private static String waitForClose(int port, String bytes, Duration patience) {
    long start = System.nanoTime();
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout((int) patience.toMillis());
      socket.getOutputStream().write(bytes.getBytes(StandardCharsets.ISO_8859_1));
      socket.getOutputStream().flush();
      InputStream in = socket.getInputStream();
      String answer = new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
      long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
      return "closed after "
          + took
          + " ms"
          + (answer.isEmpty()
              ? " without an answer"
              : ", answered " + answer.lines().findFirst().orElse(""));
    } catch (SocketTimeoutException stillOpen) {
      return "still open after " + patience.toSeconds() + " s";
    } catch (IOException reset) {
      long took = Duration.ofNanos(System.nanoTime() - start).toMillis();
      return "closed after " + took + " ms (" + reset.getMessage() + ")";
    }
  }

  /** The value the jar ships with, as application.properties states it (such as 65S). */
  static Duration configuredIdleTimeout() throws IOException {
    Properties properties = new Properties();
    try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
      properties.load(in);
    }
    return Duration.parse("PT" + properties.getProperty("quarkus.http.idle-timeout"));
  }
}

package vn.chitieu.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import vn.chitieu.Tokens;

/**
 * Errors the HTTP layer raises before the REST layer sees a request — a URI too long (414), headers
 * too large (431), a chunked body over the limit (413), a path that cannot be decoded (400) — are
 * problems like every other error; a request line too broken to parse closes the connection
 * (README, "HTTP limits").
 */
@QuarkusTest
class HttpLayerErrorsTest {

  private static final Duration WAIT = Duration.ofSeconds(10);
  private static final String TOKEN = Tokens.withRoles("raw", "admin");

  private static int port() {
    return RestAssured.port;
  }

  private static String get(String target, String... headers) {
    StringBuilder request = new StringBuilder("GET " + target + " HTTP/1.1\r\nHost: localhost\r\n");
    request.append("Authorization: Bearer ").append(TOKEN).append("\r\n");
    for (String header : headers) {
      request.append(header).append("\r\n");
    }
    return request.append("Connection: close\r\n\r\n").toString();
  }

  private static void print(String what, RawHttp.Answer answer) {
    System.out.printf(
        "%s: %d %s in %d ms %s%n",
        what,
        answer.status(),
        answer.header("content-type"),
        answer.took().toMillis(),
        answer.body().substring(0, Math.min(300, answer.body().length())));
  }

  @Test
  void shouldAnswerAUriTooLongWith414Problem() throws Exception {
    RawHttp.Answer answer =
        RawHttp.send(port(), get("/api/v1/indicators?q=" + "a".repeat(9000)), WAIT);
    print("URI of 9,021 characters", answer);
    assertThat(answer.status()).isEqualTo(414);
    assertThat(answer.isProblem()).as(answer.body()).isTrue();
    assertThat(answer.body()).contains("urn:chitieu:problem:uri-too-long").contains("8192");
  }

  @Test
  void shouldNameTheRequestIdOfAnHttpLayerProblemInItsHeader() throws Exception {
    RawHttp.Answer answer =
        RawHttp.send(port(), get("/api/v1/indicators?q=" + "a".repeat(9000)), WAIT);
    assertThat(answer.header("x-request-id")).isNotBlank();
    assertThat(answer.body()).contains("\"requestId\":\"" + answer.header("x-request-id") + "\"");
  }

  /** Refused before any route, these must not each add a uri label (see Metrics). */
  @Test
  void shouldKeepHttpLayerRefusalsOutOfTheUriLabels() throws Exception {
    String id = java.util.UUID.randomUUID().toString();
    RawHttp.send(port(), get("/api/v1/targets/" + id + "?q=" + "a".repeat(9000)), WAIT);
    RawHttp.send(port(), get("/api/v1/targets/" + id, "X-Filler: " + "b".repeat(20_000)), WAIT);
    String metrics =
        RestAssured.given()
            .get(vn.chitieu.Fixtures.management("/metrics"))
            .then()
            .extract()
            .asString();
    assertThat(metrics).contains("http_server_requests").doesNotContain(id);
  }

  @Test
  void shouldAnswerHeadersTooLargeWith431Problem() throws Exception {
    RawHttp.Answer answer =
        RawHttp.send(port(), get("/api/v1/indicators", "X-Filler: " + "b".repeat(20_000)), WAIT);
    print("headers of 20 kB", answer);
    assertThat(answer.status()).isEqualTo(431);
    assertThat(answer.isProblem()).as(answer.body()).isTrue();
    assertThat(answer.body()).contains("urn:chitieu:problem:headers-too-large");
  }

  @Test
  void shouldAnswerAnOversizedTokenWith431Problem() throws Exception {
    RawHttp.Answer answer =
        RawHttp.send(
            port(),
            "GET /api/v1/indicators HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + "e".repeat(30_000)
                + "\r\nConnection: close\r\n\r\n",
            WAIT);
    assertThat(answer.status()).isEqualTo(431);
    assertThat(answer.isProblem()).as(answer.body()).isTrue();
  }

  @Test
  void shouldAnswerAChunkedBodyOverTheLimitWith413Problem() throws Exception {
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes(
        ("POST /api/v1/indicators HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TOKEN
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    byte[] chunk = ("[" + "1,".repeat(32_767) + "1]").getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < 24; i++) { // 24 × 64 kB: 1.5 MB, over the 1 MiB limit
      request.writeBytes((Integer.toHexString(chunk.length) + "\r\n").getBytes());
      request.writeBytes(chunk);
      request.writeBytes("\r\n".getBytes());
    }
    request.writeBytes("0\r\n\r\n".getBytes());
    RawHttp.Answer answer = RawHttp.send(port(), request.toByteArray(), WAIT);
    print("chunked body of 1.5 MB", answer);
    assertThat(answer.status()).isEqualTo(413);
    assertThat(answer.isProblem()).as(answer.body()).isTrue();
    assertThat(answer.body()).contains("1048576 bytes");
  }

  @Test
  void shouldStillTakeASmallChunkedBody() throws Exception {
    String code = vn.chitieu.Fixtures.uniqueCode("CHUNKED");
    byte[] json =
        vn.chitieu.Fixtures.indicatorJson(code, "LABOUR", "PERCENT", 1)
            .getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream request = new ByteArrayOutputStream();
    request.writeBytes(
        ("POST /api/v1/indicators HTTP/1.1\r\nHost: localhost\r\nAuthorization: Bearer "
                + TOKEN
                + "\r\nContent-Type: application/json\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n"
                + Integer.toHexString(json.length)
                + "\r\n")
            .getBytes(StandardCharsets.ISO_8859_1));
    request.writeBytes(json);
    request.writeBytes("\r\n0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    RawHttp.Answer answer = RawHttp.send(port(), request.toByteArray(), WAIT);
    print("small chunked body", answer);
    assertThat(answer.status()).isEqualTo(201);
    assertThat(answer.body()).contains(code);
  }

  /**
   * A path whose percent-encoding is broken is refused by Vert.x before the router's handlers run:
   * a bare 400 without a body (README, "HTTP limits"). Kept so that a change of that is noticed.
   */
  @Test
  void shouldRefuseAPathThatCannotBeDecodedWith400() throws Exception {
    RawHttp.Answer answer = RawHttp.send(port(), get("/api/v1/indicators/%ZZ"), WAIT);
    print("path /api/v1/indicators/%ZZ", answer);
    assertThat(answer.status()).isEqualTo(400);
    assertThat(answer.body()).isEmpty();
  }

  /**
   * Beyond Vert.x's own limits no handler of the service runs: the answer is Vert.x's bare 414 and
   * the connection closes (what README says). Kept so that a change of that is noticed.
   */
  @Test
  void shouldCloseTheConnectionAfterARequestLineBeyondVertxLimit() throws Exception {
    RawHttp.Answer answer =
        RawHttp.send(port(), get("/api/v1/indicators?q=" + "a".repeat(20_000)), WAIT);
    print("URI of 20,021 characters (beyond Vert.x's limit)", answer);
    assertThat(answer.status()).isEqualTo(414);
    assertThat(answer.body()).isEmpty();
  }

  /** A request line that is not HTTP at all: Vert.x closes the connection without an answer. */
  @Test
  void shouldCloseTheConnectionOnAMalformedRequestLine() throws Exception {
    RawHttp.Answer answer = RawHttp.send(port(), "GARBAGE\r\n\r\n", WAIT);
    print("request line GARBAGE", answer);
    assertThat(answer.status()).isIn(0, 400);
    assertThat(answer.body()).doesNotContain("Exception").doesNotContain("at io.");
  }
}

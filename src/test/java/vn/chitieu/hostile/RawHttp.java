package vn.chitieu.hostile;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * HTTP/1.1 spoken over a plain socket, for requests no HTTP client would send: over-long lines,
 * malformed request lines, bodies that never finish.
 */
final class RawHttp {

  /** What came back: the status (0 when the connection closed without an answer). */
  record Answer(int status, Map<String, String> headers, String body, Duration took) {

    String header(String name) {
      return headers.get(name.toLowerCase(Locale.ROOT));
    }

    boolean isProblem() {
      return "application/problem+json".equals(header("content-type"))
          && body.startsWith("{")
          && body.contains("\"status\":" + status);
    }
  }

  private RawHttp() {}

  /** Sends the bytes as they are and reads until the server closes the connection. */
  static Answer send(int port, byte[] request, Duration wait) throws IOException {
    long start = System.nanoTime();
    try (Socket socket = new Socket("localhost", port)) {
      socket.setSoTimeout((int) wait.toMillis());
      OutputStream out = socket.getOutputStream();
      try {
        out.write(request);
        out.flush();
      } catch (IOException closedWhileSending) {
        // the server may answer and close before reading all of a request it refuses
      }
      return read(socket.getInputStream(), start);
    }
  }

  static Answer send(int port, String request, Duration wait) throws IOException {
    return send(port, request.getBytes(StandardCharsets.ISO_8859_1), wait);
  }

  /**
   * Reads what the server sends until it closes the connection; a read that waits longer than the
   * socket's timeout fails with SocketTimeoutException.
   */
  static Answer read(InputStream in, long start) throws IOException {
    ByteArrayOutputStream received = new ByteArrayOutputStream();
    byte[] buffer = new byte[8192];
    try {
      for (int n; (n = in.read(buffer)) != -1; ) {
        received.write(buffer, 0, n);
      }
    } catch (SocketTimeoutException stillOpen) {
      throw stillOpen;
    } catch (IOException reset) {
      // a reset after the answer ends the exchange as well
    }
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    return parse(received.toString(StandardCharsets.UTF_8), took);
  }

  private static Answer parse(String text, Duration took) {
    if (!text.startsWith("HTTP/1.")) {
      return new Answer(0, Map.of(), text, took);
    }
    int headEnd = text.indexOf("\r\n\r\n");
    String head = headEnd < 0 ? text : text.substring(0, headEnd);
    String body = headEnd < 0 ? "" : text.substring(headEnd + 4);
    String[] lines = head.split("\r\n");
    int status = Integer.parseInt(lines[0].substring(9, 12));
    Map<String, String> headers = new TreeMap<>();
    for (int i = 1; i < lines.length; i++) {
      int colon = lines[i].indexOf(':');
      if (colon > 0) {
        headers.put(
            lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT),
            lines[i].substring(colon + 1).trim());
      }
    }
    return new Answer(status, headers, body, took);
  }
}

package vn.chitieu.system;

import io.vertx.core.MultiMap;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import vn.chitieu.common.problem.ProblemType;

/**
 * Answers a request URI longer than {@value #MAX_URI} characters with 414, and request headers
 * larger than {@value #MAX_HEADERS} bytes with 431, both as problems.
 *
 * <p>Vert.x refuses requests beyond its own limits ({@code
 * quarkus.http.limits.max-initial-line-length} and {@code max-header-size}, set well above these)
 * before any handler of ours runs, with a bare 414 or 431 and no body: Quarkus does not let an
 * application replace that (the server's invalid-request handler). These smaller limits make every
 * such request a caller can send short of those hard limits get a problem.
 */
@ApplicationScoped
class HttpLimits {

  static final int MAX_URI = 8192;
  static final int MAX_HEADERS = 16384;

  void install(@Observes Router router) {
    router.route().order(-1100).handler(this::check);
  }

  private void check(RoutingContext context) {
    if (context.request().uri().length() > MAX_URI) {
      RouterProblems.send(
          context,
          ProblemType.URI_TOO_LONG,
          "The request URI may be at most " + MAX_URI + " characters long.");
      return;
    }
    if (headerBytes(context.request().headers()) > MAX_HEADERS) {
      RouterProblems.send(
          context,
          ProblemType.HEADERS_TOO_LARGE,
          "The request headers may be at most " + MAX_HEADERS + " bytes in all.");
      return;
    }
    context.next();
  }

  /** Names and values as they came on the wire, with ": " and the line end of each. */
  static long headerBytes(MultiMap headers) {
    long bytes = 0;
    for (Map.Entry<String, String> header : headers) {
      bytes += header.getKey().length() + header.getValue().length() + 4;
    }
    return bytes;
  }
}

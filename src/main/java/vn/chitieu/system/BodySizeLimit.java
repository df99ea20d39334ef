package vn.chitieu.system;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.chitieu.common.problem.ProblemType;
import vn.chitieu.config.ChitieuConfig;

/**
 * Holds each body to its route's limit: an import's to {@code chitieu.imports.max-size}, any other
 * to {@code chitieu.max-body-size}. A body declared larger (Content-Length) gets a 413 problem
 * before it is read; one sent without a length (chunked) is counted as it is read, and fails with a
 * 413 in the HTTP layer once over the limit, which HttpErrors answers with the same problem. The
 * HTTP layer's own limit ({@code quarkus.http.limits.max-body-size}) is the import's.
 */
@ApplicationScoped
class BodySizeLimit {

  private static final String IMPORTS = "/api/v1/imports";

  private final ChitieuConfig config;
  private final BodyHandler counted;
  private final BodyHandler countedImport;

  BodySizeLimit(ChitieuConfig config) {
    this.config = config;
    this.counted = counting(config.maxBodySize().asLongValue());
    this.countedImport = counting(config.imports().maxSize().asLongValue());
  }

  private static BodyHandler counting(long limit) {
    return BodyHandler.create(false).setBodyLimit(limit).setHandleFileUploads(false);
  }

  void install(@Observes Router router) {
    router.route().order(-1000).handler(this::check);
    router.route().order(-999).handler(this::countUndeclared);
  }

  static boolean isImport(String path) {
    return path.equals(IMPORTS) || path.startsWith(IMPORTS + "/");
  }

  /** The largest body a path takes. */
  static long limitFor(ChitieuConfig config, String path) {
    return isImport(path)
        ? config.imports().maxSize().asLongValue()
        : config.maxBodySize().asLongValue();
  }

  static String detail(long limit) {
    return "The request body may be at most " + limit + " bytes.";
  }

  private void check(RoutingContext context) {
    long allowed = limitFor(config, context.normalizedPath());
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null
        && length.chars().allMatch(Character::isDigit)
        && length.length() < 19
        && Long.parseLong(length) > allowed) {
      RouterProblems.send(context, ProblemType.PAYLOAD_TOO_LARGE, detail(allowed));
      return;
    }
    context.next();
  }

  /**
   * A body sent without Content-Length (chunked) is read here, counting as it comes: over the limit
   * the read fails with 413, which HttpErrors answers as a problem. The REST layer does not hold
   * such a body to the limit by itself (a chunked 1.5 MB body was read whole).
   */
  private void countUndeclared(RoutingContext context) {
    if (context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
        && context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
      (isImport(context.normalizedPath()) ? countedImport : counted).handle(context);
      return;
    }
    context.next();
  }
}

package vn.chitieu.system;

import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import vn.chitieu.common.problem.Problem;
import vn.chitieu.common.problem.ProblemType;
import vn.chitieu.common.problem.Problems;
import vn.chitieu.config.ChitieuConfig;

/**
 * Answers a body declared larger than its route allows with a 413 problem before it is read: an
 * import's up to {@code chitieu.imports.max-size}, any other up to {@code chitieu.max-body-size}.
 * The HTTP layer's own limit ({@code quarkus.http.limits.max-body-size}) is the import's, so a body
 * sent without a length (chunked) to another route is refused with a 411: its size could only be
 * known by reading it.
 */
@ApplicationScoped
class BodySizeLimit {

  private static final String IMPORTS = "/api/v1/imports";

  private final long limit;
  private final long importLimit;

  BodySizeLimit(ChitieuConfig config) {
    this.limit = config.maxBodySize().asLongValue();
    this.importLimit = config.imports().maxSize().asLongValue();
  }

  void install(@Observes Router router) {
    router.route().order(-1000).handler(this::check);
  }

  static boolean isImport(String path) {
    return path.equals(IMPORTS) || path.startsWith(IMPORTS + "/");
  }

  static String detail(long limit) {
    return "The request body may be at most " + limit + " bytes.";
  }

  private void check(RoutingContext context) {
    String path = context.request().path();
    boolean imports = isImport(path);
    long allowed = imports ? importLimit : limit;
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length == null
        && !imports
        && context.request().headers().contains(HttpHeaders.TRANSFER_ENCODING)) {
      refuse(
          context,
          411,
          Problems.of(
              ProblemType.LENGTH_REQUIRED,
              "Send the body with a Content-Length header; only imports may be sent without.",
              path));
      return;
    }
    if (length != null
        && length.chars().allMatch(Character::isDigit)
        && length.length() < 19
        && Long.parseLong(length) > allowed) {
      refuse(context, 413, Problems.of(ProblemType.PAYLOAD_TOO_LARGE, detail(allowed), path));
      return;
    }
    context.next();
  }

  private static void refuse(RoutingContext context, int status, Problem problem) {
    context
        .response()
        .setStatusCode(status)
        .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(Problems.write(problem));
  }
}

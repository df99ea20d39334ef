package vn.chitieu.system;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.chitieu.common.problem.ProblemType;

/**
 * Answers a body declared larger than {@code quarkus.http.limits.max-body-size} with a 413 problem
 * before it is read, instead of the HTTP layer's bare 413. A chunked body that outgrows the limit
 * while it is read fails in the HTTP layer, which HttpErrors answers with the same problem.
 */
@ApplicationScoped
class BodySizeLimit {

  private final long limit;
  private final BodyHandler counted;

  BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
    this.limit = limit.asLongValue();
    this.counted = BodyHandler.create(false).setBodyLimit(this.limit).setHandleFileUploads(false);
  }

  void install(@Observes Router router) {
    router.route().order(-1000).handler(this::check);
    router.route().order(-999).handler(this::countUndeclared);
  }

  /**
   * A body sent without Content-Length (chunked) is read here, counting as it comes: over the limit
   * the read fails with 413, which HttpErrors answers as a problem. The REST layer does not hold
   * such a body to the limit by itself (a chunked 1.5 MB body was read whole).
   */
  private void countUndeclared(RoutingContext context) {
    if (context.request().getHeader(HttpHeaders.CONTENT_LENGTH) == null
        && context.request().getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
      counted.handle(context);
      return;
    }
    context.next();
  }

  static String detail(long limit) {
    return "The request body may be at most " + limit + " bytes.";
  }

  private void check(RoutingContext context) {
    String length = context.request().getHeader(HttpHeaders.CONTENT_LENGTH);
    if (length != null
        && length.chars().allMatch(Character::isDigit)
        && length.length() < 19
        && Long.parseLong(length) > limit) {
      RouterProblems.send(context, ProblemType.PAYLOAD_TOO_LARGE, detail(limit));
      return;
    }
    context.next();
  }
}

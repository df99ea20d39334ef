package vn.chitieu.system;

import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.chitieu.common.problem.Problem;
import vn.chitieu.common.problem.ProblemType;
import vn.chitieu.common.problem.Problems;

/**
 * Answers a body declared larger than {@code quarkus.http.limits.max-body-size} with a 413 problem
 * before it is read, instead of the HTTP layer's bare 413.
 */
@ApplicationScoped
class BodySizeLimit {

  private final long limit;

  BodySizeLimit(@ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize limit) {
    this.limit = limit.asLongValue();
  }

  void install(@Observes Router router) {
    router.route().order(-1000).handler(this::check);
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
      Problem problem =
          Problems.of(ProblemType.PAYLOAD_TOO_LARGE, detail(limit), context.request().path());
      context
          .response()
          .setStatusCode(413)
          .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
          .putHeader(HttpHeaders.CONNECTION, "close")
          .end(Problems.write(problem));
      return;
    }
    context.next();
  }
}

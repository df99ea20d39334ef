package vn.chitieu.system;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import org.jboss.logging.Logger;
import vn.chitieu.common.problem.ProblemType;
import vn.chitieu.config.ChitieuConfig;

/**
 * Failures of the HTTP layer itself, before the REST layer sees a request (a chunked body over the
 * size limit), answered as problems instead of Quarkus's default error page or Vert.x's bare
 * status.
 */
@ApplicationScoped
class HttpErrors {

  private static final Logger LOG = Logger.getLogger(HttpErrors.class);

  private final ChitieuConfig config;

  HttpErrors(ChitieuConfig config) {
    this.config = config;
  }

  void install(@Observes Router router) {
    router.route().order(-1200).failureHandler(this::answer);
  }

  private void answer(RoutingContext context) {
    if (context.response().closed() || context.failure() instanceof IOException) {
      // The caller went away (a client timing out): nobody is left to answer.
      LOG.debugf("Request to %s ended: the connection is gone", context.request().path());
      return;
    }
    int status = context.statusCode();
    if (status >= 400 && status < 500) {
      ProblemType type = ProblemType.forStatus(status);
      RouterProblems.send(context, type, detail(type, status, context.request().path()));
      return;
    }
    LOG.errorf(
        context.failure(), "Request to %s failed in the HTTP layer", context.request().path());
    RouterProblems.send(
        context,
        ProblemType.INTERNAL,
        "The service could not complete the request; try again, and report it if it persists.");
  }

  private String detail(ProblemType type, int status, String path) {
    return switch (type) {
      case PAYLOAD_TOO_LARGE -> BodySizeLimit.detail(BodySizeLimit.limitFor(config, path));
      case NOT_FOUND -> "No resource exists at this path.";
      case METHOD_NOT_ALLOWED -> "This path does not support the HTTP method used.";
      default -> "The request could not be understood (HTTP " + status + ").";
    };
  }
}

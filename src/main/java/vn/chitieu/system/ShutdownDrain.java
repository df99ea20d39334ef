package vn.chitieu.system;

import io.quarkus.runtime.ShutdownDelayInitiatedEvent;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import vn.chitieu.common.problem.ProblemType;

/**
 * On SIGTERM readiness goes DOWN for quarkus.shutdown.delay while requests are still served, so
 * that the load balancer stops sending; after it, in the drain, a new API request is refused with a
 * 503 problem (Retry-After: 1, connection closed) while those in flight complete. Quarkus itself
 * would go on serving them, with the database about to stop.
 */
@ApplicationScoped
class ShutdownDrain {

  static final String DETAIL =
      "The service is shutting down; send the request again and another instance will answer.";

  private final Duration delay;

  /** System.nanoTime() from which requests are refused; 0 until the shutdown begins. */
  private volatile long refuseFrom;

  ShutdownDrain(@ConfigProperty(name = "quarkus.shutdown.delay") Duration delay) {
    this.delay = delay;
  }

  void delayStarted(@Observes ShutdownDelayInitiatedEvent event) {
    refuseFrom = System.nanoTime() + delay.toNanos();
  }

  void install(@Observes Router router) {
    router.route("/api/*").order(-1300).handler(this::check);
  }

  private void check(RoutingContext context) {
    long from = refuseFrom;
    if (from != 0 && System.nanoTime() - from >= 0) {
      context.response().putHeader("Retry-After", "1");
      RouterProblems.send(context, ProblemType.UNAVAILABLE, DETAIL);
      return;
    }
    context.next();
  }
}

package vn.chitieu.system;

import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** Tells whoever started the service where to point a browser. */
@ApplicationScoped
class StartupLog {

  private static final Logger LOG = Logger.getLogger(StartupLog.class);

  void onStart(
      @Observes StartupEvent event,
      @ConfigProperty(name = "quarkus.http.port") int port,
      @ConfigProperty(name = "quarkus.swagger-ui.enabled") boolean swaggerUi) {
    if (swaggerUi) {
      LOG.infof("Swagger UI: http://localhost:%d/q/swagger-ui  (API under /api/v1)", port);
    }
  }
}

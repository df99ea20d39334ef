package vn.chitieu.system;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

/**
 * Tells the embedded database's shutdown hook when the service no longer needs it: Quarkus fires
 * ShutdownEvent after the HTTP drain (quarkus.shutdown.delay, then up to quarkus.shutdown.timeout
 * for requests in flight), so the database stops only after the last request has been answered.
 */
@ApplicationScoped
class EmbeddedDatabaseRelease {

  void started(@Observes StartupEvent event) {
    if (System.getProperty(EmbeddedDatabase.EMBEDDED_URL_PROPERTY) != null) {
      System.setProperty(EmbeddedDatabase.SERVICE_STATE_PROPERTY, "running");
    }
  }

  void stopped(@Observes @Priority(Interceptor.Priority.LIBRARY_AFTER + 1000) ShutdownEvent event) {
    if (System.getProperty(EmbeddedDatabase.SERVICE_STATE_PROPERTY) != null) {
      System.setProperty(EmbeddedDatabase.SERVICE_STATE_PROPERTY, "stopped");
    }
  }
}

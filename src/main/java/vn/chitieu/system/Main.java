package vn.chitieu.system;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point: starts an embedded PostgreSQL first when no datasource URL is configured, so that
 * the service runs on a fresh machine with nothing installed; where that is switched off ({@code
 * chitieu.embedded.enabled=false}), a missing URL ends the process with exit code 1.
 */
@QuarkusMain
public class Main {

  public static void main(String... args) {
    // The AppCDS training run of the build (quarkus.appcds.generate) stops before any database use.
    if (!Boolean.getBoolean("quarkus.appcds.generate")) {
      try {
        EmbeddedDatabase.startIfNoDatasourceConfigured();
      } catch (EmbeddedDatabase.MissingDatabase e) {
        // Logging is set up by Quarkus, which has not started: straight to standard error.
        System.err.println("ERROR " + e.getMessage());
        System.exit(1);
      }
    }
    Quarkus.run(args);
  }
}

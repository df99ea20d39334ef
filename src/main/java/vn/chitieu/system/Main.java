package vn.chitieu.system;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

/**
 * Entry point: starts an embedded PostgreSQL first when no datasource URL is configured, so that
 * the service runs on a fresh machine with nothing installed.
 */
@QuarkusMain
public class Main {

  public static void main(String... args) {
    // The AppCDS training run of the build (quarkus.appcds.generate) stops before any database use.
    if (!Boolean.getBoolean("quarkus.appcds.generate")) {
      EmbeddedDatabase.startIfNoDatasourceConfigured();
    }
    Quarkus.run(args);
  }
}

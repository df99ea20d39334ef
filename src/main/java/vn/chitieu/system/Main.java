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
    EmbeddedDatabase.startIfNoDatasourceConfigured();
    Quarkus.run(args);
  }
}

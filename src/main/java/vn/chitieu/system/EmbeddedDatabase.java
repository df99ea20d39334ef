package vn.chitieu.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.jboss.logging.Logger;
import vn.chitieu.config.ChitieuConfig;

/**
 * The PostgreSQL the service starts for itself when no {@code quarkus.datasource.jdbc.url} is
 * given, unless {@code chitieu.embedded.enabled} is false: then a missing URL stops the service
 * before Quarkus starts. Its data survives restarts in {@code chitieu.embedded.data-dir}.
 *
 * <p>Its URL goes out as {@code embedded-postgres.jdbc-url}, which application.properties maps to
 * the datasource, and never as a {@code quarkus.datasource.jdbc.url} system property: dev mode's
 * continuous testing runs in the same JVM, and would take such a property for a database the user
 * configured (and let it outrank the tests' own database).
 */
public final class EmbeddedDatabase {

  static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
  static final String DATA_DIR_PROPERTY = "chitieu.embedded.data-dir";
  static final String ENABLED_PROPERTY = "chitieu.embedded.enabled";
  // Outside the chitieu.* mapping, which refuses names it does not declare.
  static final String EMBEDDED_URL_PROPERTY = "embedded-postgres.jdbc-url";
  static final String EMBEDDED_USERNAME_PROPERTY = "embedded-postgres.username";

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

  private static EmbeddedPostgres instance;

  private EmbeddedDatabase() {}

  static synchronized void startIfNoDatasourceConfigured() {
    // A dev-mode restart calls main again with this class loaded afresh; the system property, not
    // the field, tells that the database already runs in this JVM.
    if (setting(URL_PROPERTY).isPresent() || System.getProperty(EMBEDDED_URL_PROPERTY) != null) {
      return;
    }
    if (!setting(ENABLED_PROPERTY).map(Boolean::parseBoolean).orElse(true)) {
      throw new MissingDatabase(
          "No database: set QUARKUS_DATASOURCE_JDBC_URL ("
              + URL_PROPERTY
              + ") to the PostgreSQL to use. The embedded one is off ("
              + ENABLED_PROPERTY
              + "=false).");
    }
    Path dataDir =
        Path.of(setting(DATA_DIR_PROPERTY).orElse(ChitieuConfig.Embedded.DEFAULT_DATA_DIR))
            .toAbsolutePath();
    instance = start(dataDir);
    LOG.infof(
        "No %s configured: started embedded PostgreSQL on port %d with its data in %s",
        URL_PROPERTY, instance.getPort(), dataDir);
    System.setProperty(EMBEDDED_URL_PROPERTY, instance.getJdbcUrl("postgres", "postgres"));
    System.setProperty(EMBEDDED_USERNAME_PROPERTY, "postgres");
  }

  /** Start-up cannot go on: no datasource URL, and the embedded database is off. */
  static final class MissingDatabase extends RuntimeException {
    private static final long serialVersionUID = 1L;

    MissingDatabase(String message) {
      super(message);
    }
  }

  /** Stops the database started above and withdraws its settings; for tests in a shared JVM. */
  static synchronized void stop() throws IOException {
    System.clearProperty(EMBEDDED_URL_PROPERTY);
    System.clearProperty(EMBEDDED_USERNAME_PROPERTY);
    if (instance != null) {
      instance.close();
      instance = null;
    }
  }

  /**
   * Starts PostgreSQL on a free port, creating the data directory on first use. It holds real
   * figures, so it is durable: the library starts PostgreSQL with {@code -F} (fsync off) and {@code
   * synchronous_commit=off}, fine for its own purpose of tests but able to lose acknowledged writes
   * on a crash or power loss; both are turned back on here (a later {@code -c} wins over {@code
   * -F}). The tests' databases keep the library's fast defaults (see EmbeddedPostgresResource).
   */
  public static EmbeddedPostgres start(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      return EmbeddedPostgres.builder()
          .setDataDirectory(dataDir)
          .setCleanDataDirectory(false)
          .setServerConfig("fsync", "on")
          .setServerConfig("synchronous_commit", "on")
          .start();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not start embedded PostgreSQL in " + dataDir, e);
    }
  }

  /** A system property, else its environment variable form (as MicroProfile Config maps it). */
  static Optional<String> setting(String name) {
    String value = System.getProperty(name);
    if (value == null) {
      value = System.getenv(name.toUpperCase().replaceAll("[^A-Z0-9]", "_"));
    }
    return Optional.ofNullable(value).filter(v -> !v.isBlank());
  }
}

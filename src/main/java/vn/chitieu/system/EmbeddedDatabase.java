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
 * given. Its data survives restarts in {@code chitieu.embedded.data-dir}.
 */
public final class EmbeddedDatabase {

  static final String URL_PROPERTY = "quarkus.datasource.jdbc.url";
  static final String DATA_DIR_PROPERTY = "chitieu.embedded.data-dir";

  private static final Logger LOG = Logger.getLogger(EmbeddedDatabase.class);

  /** Kept across dev-mode reloads, which call {@code main} again. */
  private static EmbeddedPostgres instance;

  private EmbeddedDatabase() {}

  static synchronized void startIfNoDatasourceConfigured() {
    if (setting(URL_PROPERTY).isPresent()) {
      return;
    }
    if (instance == null) {
      Path dataDir =
          Path.of(setting(DATA_DIR_PROPERTY).orElse(ChitieuConfig.Embedded.DEFAULT_DATA_DIR))
              .toAbsolutePath();
      instance = start(dataDir);
      LOG.infof(
          "No %s configured: started embedded PostgreSQL on port %d with its data in %s",
          URL_PROPERTY, instance.getPort(), dataDir);
    }
    System.setProperty(URL_PROPERTY, instance.getJdbcUrl("postgres", "postgres"));
    System.setProperty("quarkus.datasource.username", "postgres");
  }

  /** Starts PostgreSQL on a free port, creating the data directory on first use. */
  public static EmbeddedPostgres start(Path dataDir) {
    try {
      Files.createDirectories(dataDir);
      return EmbeddedPostgres.builder()
          .setDataDirectory(dataDir)
          .setCleanDataDirectory(false)
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

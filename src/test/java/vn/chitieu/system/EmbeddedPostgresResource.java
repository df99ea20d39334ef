package vn.chitieu.system;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * The tests' PostgreSQL: the one the user names (QUARKUS_DATASOURCE_JDBC_URL, or
 * -Dquarkus.datasource.jdbc.url), else a fresh embedded one that lives as long as the test run —
 * also in dev mode's continuous testing, where Main's embedded database holds the dev data.
 *
 * <p>The one place that says so: the tests' databases run with the library's defaults, fsync and
 * synchronous_commit off, for speed; the service's own embedded database turns both on ({@link
 * EmbeddedDatabase#start}, checked by EmbeddedDatabaseDurabilityTest).
 */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

  private EmbeddedPostgres postgres;

  @Override
  public Map<String, String> start() {
    if (EmbeddedDatabase.setting(EmbeddedDatabase.URL_PROPERTY).isPresent()) {
      return Map.of();
    }
    try {
      postgres = EmbeddedPostgres.builder().start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Map.of(
        EmbeddedDatabase.URL_PROPERTY,
        postgres.getJdbcUrl("postgres", "postgres"),
        "quarkus.datasource.username",
        "postgres");
  }

  @Override
  public void stop() {
    try {
      if (postgres != null) {
        postgres.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

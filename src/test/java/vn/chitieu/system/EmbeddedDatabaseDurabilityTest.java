package vn.chitieu.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The embedded PostgreSQL the service starts for itself (the path Main takes when no datasource is
 * configured) keeps acknowledged writes through a crash: fsync and synchronous commit are on.
 */
@Execution(ExecutionMode.CONCURRENT)
class EmbeddedDatabaseDurabilityTest {

  @TempDir Path dataDir;

  @ParameterizedTest(name = "{0} = on")
  @ValueSource(strings = {"fsync", "synchronous_commit"})
  void shouldRunTheServicesEmbeddedDatabaseDurably(String setting) throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedDatabase.start(dataDir)) {
      assertThat(show(postgres, setting)).isEqualTo("on");
    }
  }

  /** The contrast, so that the check above can tell: the library alone is not durable. */
  @Test
  void shouldShowThatTheLibrarysDefaultsAreNotDurable() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      assertThat(show(postgres, "fsync")).isEqualTo("off");
      assertThat(show(postgres, "synchronous_commit")).isEqualTo("off");
    }
  }

  private static String show(EmbeddedPostgres postgres, String setting) throws Exception {
    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement statement = connection.createStatement();
        ResultSet result = statement.executeQuery("show " + setting)) {
      result.next();
      return result.getString(1);
    }
  }
}

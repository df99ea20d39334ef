package vn.chitieu.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Several pods starting together all run Flyway at start-up; on PostgreSQL Flyway serialises them
 * with an advisory lock, so each migration is applied exactly once.
 */
@Execution(ExecutionMode.CONCURRENT)
class ConcurrentMigrationTest {

  private static final int PODS = 4;

  @Test
  void shouldApplyEachMigrationOnceWhenPodsStartTogether() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      ExecutorService pods = Executors.newFixedThreadPool(PODS);
      List<Future<Integer>> applied = new ArrayList<>();
      for (int i = 0; i < PODS; i++) {
        Callable<Integer> pod =
            () ->
                Flyway.configure()
                    .dataSource(url, "postgres", null)
                    .locations("classpath:db/migration")
                    .load()
                    .migrate()
                    .migrationsExecuted;
        applied.add(pods.submit(pod));
      }
      int total = 0;
      for (Future<Integer> result : applied) {
        total += result.get();
      }
      pods.shutdown();

      try (Connection connection = postgres.getPostgresDatabase().getConnection();
          ResultSet rows =
              connection
                  .createStatement()
                  .executeQuery(
                      "select count(*), count(distinct version), bool_and(success)"
                          + " from flyway_schema_history where version is not null")) {
        rows.next();
        int migrations = rows.getInt(1);
        assertThat(migrations).isGreaterThanOrEqualTo(4);
        assertThat(rows.getInt(2)).isEqualTo(migrations);
        assertThat(rows.getBoolean(3)).isTrue();
        assertThat(total).as("migrations run across all pods").isEqualTo(migrations);
      }
    }
  }
}

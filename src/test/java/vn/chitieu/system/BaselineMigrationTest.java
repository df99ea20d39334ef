package vn.chitieu.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;

/**
 * Introducing history keeps the rows a database holds: each becomes its first version, created by
 * the system, with its values as they stood.
 */
@Execution(ExecutionMode.CONCURRENT)
class BaselineMigrationTest {

  @Test
  void shouldGiveEveryExistingRowABaselineVersionBySystem() throws Exception {
    try (EmbeddedPostgres postgres = EmbeddedPostgres.builder().start()) {
      String url = postgres.getJdbcUrl("postgres", "postgres");
      migrate(url, MigrationVersion.fromVersion("4"));
      try (Connection connection = postgres.getPostgresDatabase().getConnection();
          Statement sql = connection.createStatement()) {
        sql.execute(
            "insert into indicator (code, name_vi, sector, measure, unit, decimals, polarity,"
                + " frequency, search_text, updated_by) values ('POOR_HOUSEHOLD_RATE',"
                + " 'Tỷ lệ hộ nghèo', 'POVERTY_REDUCTION', 'PERCENT', '%', 2, 'LOWER_IS_BETTER',"
                + " 'ANNUAL', 'poor household rate', 'nguyen.van.a')");
        sql.execute(
            "insert into achievement (id, indicator_code, period, period_start, period_end, area,"
                + " value, status, reported_on) values ('3f1c2a4e-8b7d-4c55-9e3a-2d6f0b1a9c10',"
                + " 'POOR_HOUSEHOLD_RATE', '2020', '2020-01-01', '2020-12-31', '22', 0.23,"
                + " 'ESTIMATED', '2020-12-16')");
      }

      migrate(url, MigrationVersion.LATEST);

      try (Connection connection = postgres.getPostgresDatabase().getConnection();
          Statement sql = connection.createStatement();
          ResultSet rows =
              sql.executeQuery(
                  "select r.changed_by, r.reason, i.revtype, i.name_vi, i.updated_by, i.version,"
                      + " a.revtype, a.value, a.status, a.rev = i.rev, i.aggregation"
                      + " from indicator_aud i join revision r on r.id = i.rev"
                      + " join achievement_aud a on a.indicator_code = i.code")) {
        assertThat(rows.next()).isTrue();
        assertThat(rows.getString(1)).isEqualTo("system");
        assertThat(rows.getString(2)).startsWith("Baseline");
        assertThat(rows.getInt(3)).as("created").isZero();
        assertThat(rows.getString(4)).isEqualTo("Tỷ lệ hộ nghèo");
        assertThat(rows.getString(5)).isEqualTo("nguyen.van.a");
        assertThat(rows.getLong(6)).isZero();
        assertThat(rows.getInt(7)).as("created").isZero();
        assertThat(rows.getBigDecimal(8)).isEqualByComparingTo("0.23");
        assertThat(rows.getString(9)).isEqualTo("ESTIMATED");
        assertThat(rows.getBoolean(10)).as("one baseline revision").isTrue();
        assertThat(rows.getString(11)).as("a level, as every indicator was (V7)").isEqualTo("LAST");
        assertThat(rows.next()).as("one version per row").isFalse();
      }
    }
  }

  private static void migrate(String url, MigrationVersion target) {
    Flyway.configure()
        .dataSource(url, "postgres", null)
        .locations("classpath:db/migration")
        .target(target)
        .load()
        .migrate();
  }
}

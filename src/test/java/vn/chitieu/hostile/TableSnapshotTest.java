package vn.chitieu.hostile;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import vn.chitieu.Fixtures;

/**
 * The hostile suite's check that a refused request wrote nothing is only as good as its
 * fingerprint: a change of content shows, a rewrite of the same content and a rolled-back write do
 * not.
 */
@QuarkusTest
class TableSnapshotTest {

  @Inject DataSource database;

  @Test
  void shouldShowAChangedRowAndNothingElse() throws Exception {
    String code = Fixtures.createIndicator("SNAPSHOT");
    TableSnapshot tables = new TableSnapshot(database);
    Map<String, String> before = tables.take();
    assertThat(tables.take()).as("taken twice, nothing written").isEqualTo(before);

    update("update indicator set description = description where code = ?", code, true);
    assertThat(tables.take()).as("the same content written again").isEqualTo(before);

    update("update indicator set description = 'rolled back' where code = ?", code, false);
    assertThat(tables.take()).as("a write rolled back").isEqualTo(before);

    update("update indicator set description = 'TableSnapshotTest' where code = ?", code, true);
    Map<String, String> after = tables.take();
    assertThat(after.get("indicator"))
        .as("the indicator table")
        .isNotEqualTo(before.get("indicator"));
    after.forEach(
        (table, state) -> {
          if (!table.equals("indicator")) {
            assertThat(state).as(table).isEqualTo(before.get(table));
          }
        });
    assertThat(TableSnapshot.rows(after)).isEqualTo(TableSnapshot.rows(before));
  }

  private void update(String sql, String code, boolean commit) throws SQLException {
    try (Connection connection = database.getConnection()) {
      connection.setAutoCommit(false);
      try (PreparedStatement statement = connection.prepareStatement(sql)) {
        statement.setString(1, code);
        assertThat(statement.executeUpdate()).isEqualTo(1);
      }
      if (commit) {
        connection.commit();
      } else {
        connection.rollback();
      }
    }
  }
}

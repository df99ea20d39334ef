package vn.chitieu.exchange;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import vn.chitieu.achievement.Achievement;
import vn.chitieu.figure.Figure;
import vn.chitieu.plan.Target;

/**
 * Inserts an import's new figures in JDBC batches (which the driver sends as multi-row inserts),
 * and their first history version in one statement each, under the import's revision: the rows
 * Hibernate and Envers would write one by one, at a fraction of the cost. The columns are those of
 * migrations V2, V3, V4 and V5; the history tests read what this writes back through Envers.
 */
final class FigureInserts {

  private static final int BATCH = 1000;

  private static final String COMMON =
      "id, indicator_code, period, period_start, period_end, area, value, note,"
          + " created_by, created_at, updated_by, updated_at, version";

  private static final String ACHIEVEMENT_COLUMNS = COMMON + ", status, reported_on, source";
  private static final String TARGET_COLUMNS =
      COMMON + ", operator, baseline_period, baseline_value, basis";

  private FigureInserts() {}

  static void insertAchievements(
      Connection connection, List<Achievement> achievements, long revision) throws SQLException {
    insert(
        connection,
        "achievement",
        ACHIEVEMENT_COLUMNS,
        16,
        achievements,
        (statement, achievement) -> {
          statement.setString(14, achievement.status.name());
          statement.setObject(15, achievement.reportedOn);
          statement.setString(16, achievement.source);
        },
        revision);
  }

  static void insertTargets(Connection connection, List<Target> targets, long revision)
      throws SQLException {
    insert(
        connection,
        "target",
        TARGET_COLUMNS,
        17,
        targets,
        (statement, target) -> {
          statement.setString(14, target.operator.name());
          statement.setString(15, target.baselinePeriod);
          statement.setBigDecimal(16, target.baselineValue);
          statement.setString(17, target.basis);
        },
        revision);
  }

  /** The columns only one kind has, from parameter 14 on. */
  @FunctionalInterface
  private interface Own<F> {
    void bind(PreparedStatement statement, F figure) throws SQLException;
  }

  private static <F extends Figure> void insert(
      Connection connection,
      String table,
      String columns,
      int count,
      List<F> figures,
      Own<F> own,
      long revision)
      throws SQLException {
    if (figures.isEmpty()) {
      return;
    }
    String marks = "?" + ", ?".repeat(count - 1);
    try (PreparedStatement statement =
        connection.prepareStatement(
            "insert into " + table + " (" + columns + ") values (" + marks + ")")) {
      int pending = 0;
      for (F figure : figures) {
        statement.setObject(1, figure.id);
        statement.setString(2, figure.indicator.code);
        statement.setString(3, figure.period);
        statement.setObject(4, figure.periodStart);
        statement.setObject(5, figure.periodEnd);
        statement.setString(6, figure.area);
        statement.setBigDecimal(7, figure.value);
        if (figure.note == null) {
          statement.setNull(8, Types.VARCHAR);
        } else {
          statement.setString(8, figure.note);
        }
        statement.setString(9, figure.createdBy);
        statement.setObject(10, timestamp(figure.createdAt));
        statement.setString(11, figure.updatedBy);
        statement.setObject(12, timestamp(figure.updatedAt));
        statement.setLong(13, figure.version);
        own.bind(statement, figure);
        statement.addBatch();
        if (++pending == BATCH) {
          statement.executeBatch();
          pending = 0;
        }
      }
      if (pending > 0) {
        statement.executeBatch();
      }
    }
    // Created (revtype 0), as Envers writes a creation.
    try (PreparedStatement history =
        connection.prepareStatement(
            "insert into "
                + table
                + "_aud (rev, revtype, "
                + columns
                + ") select ?, 0, "
                + columns
                + " from "
                + table
                + " where id = any(?)")) {
      history.setLong(1, revision);
      history.setArray(
          2,
          connection.createArrayOf("uuid", figures.stream().map(f -> f.id).toArray(UUID[]::new)));
      history.executeUpdate();
    }
  }

  private static OffsetDateTime timestamp(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}

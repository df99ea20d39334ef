package vn.chitieu.exchange;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.chitieu.achievement.Achievement;
import vn.chitieu.figure.Figure;
import vn.chitieu.plan.Target;

/**
 * Inserts an import's new figures, and their first history version under the import's revision,
 * with PostgreSQL's COPY (through the JDBC driver's copy API, in the import's transaction): the
 * rows Hibernate and Envers would insert one by one, at a fraction of the cost. The columns are
 * those of migrations V2 to V5; a version is the row with the revision and change type 0 (created)
 * before it, as Envers writes a creation. The import tests read both back.
 */
final class FigureInserts {

  /** Rows sent to the database per chunk of COPY data. */
  private static final int CHUNK = 1000;

  /**
   * PostgreSQL's CSV: a null unquoted and empty, every other value quoted (so "" is empty text).
   */
  private static final CSVFormat COPY_CSV = CSVFormat.POSTGRESQL_CSV;

  private static final String COMMON =
      "id, indicator_code, period, period_start, period_end, area, value, note,"
          + " created_by, created_at, updated_by, updated_at, version";

  private FigureInserts() {}

  static void insertAchievements(
      Connection connection, List<Achievement> achievements, long revision) throws SQLException {
    copy(
        connection,
        "achievement",
        COMMON + ", status, reported_on, source",
        achievements,
        achievement ->
            Arrays.asList(achievement.status.name(), achievement.reportedOn, achievement.source),
        revision);
  }

  static void insertTargets(Connection connection, List<Target> targets, long revision)
      throws SQLException {
    copy(
        connection,
        "target",
        COMMON + ", operator, baseline_period, baseline_value, basis",
        targets,
        target ->
            Arrays.asList(
                target.operator.name(),
                target.baselinePeriod,
                target.baselineValue == null ? null : target.baselineValue.toPlainString(),
                target.basis),
        revision);
  }

  private static <F extends Figure> void copy(
      Connection connection,
      String table,
      String columns,
      List<F> figures,
      Function<F, List<Object>> own,
      long revision)
      throws SQLException {
    if (figures.isEmpty()) {
      return;
    }
    List<List<Object>> rows = new ArrayList<>(figures.size());
    for (F figure : figures) {
      List<Object> row = new ArrayList<>(17);
      row.add(figure.id);
      row.add(figure.indicator.code);
      row.add(figure.period);
      row.add(figure.periodStart);
      row.add(figure.periodEnd);
      row.add(figure.area);
      row.add(figure.value.toPlainString());
      row.add(figure.note);
      row.add(figure.createdBy);
      row.add(timestamp(figure.createdAt));
      row.add(figure.updatedBy);
      row.add(timestamp(figure.updatedAt));
      row.add(figure.version);
      row.addAll(own.apply(figure));
      rows.add(row);
    }
    var copies = connection.unwrap(PGConnection.class).getCopyAPI();
    send(
        copies.copyIn("copy " + table + " (" + columns + ") from stdin (format csv)"),
        rows,
        List.of());
    send(
        copies.copyIn(
            "copy " + table + "_aud (rev, revtype, " + columns + ") from stdin (format csv)"),
        rows,
        List.of(revision, 0));
  }

  /** Sends the rows, each after the given leading values, in chunks, and ends the copy. */
  private static void send(CopyIn copy, List<List<Object>> rows, List<Object> leading)
      throws SQLException {
    try {
      StringWriter chunk = new StringWriter();
      CSVPrinter printer = new CSVPrinter(chunk, COPY_CSV);
      int pending = 0;
      for (List<Object> row : rows) {
        List<Object> values = new ArrayList<>(leading.size() + row.size());
        values.addAll(leading);
        values.addAll(row);
        printer.printRecord(values);
        if (++pending == CHUNK) {
          write(copy, chunk);
          pending = 0;
        }
      }
      printer.flush();
      write(copy, chunk);
      copy.endCopy();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      if (copy.isActive()) {
        copy.cancelCopy();
      }
    }
  }

  private static void write(CopyIn copy, StringWriter chunk) throws SQLException {
    byte[] bytes = chunk.toString().getBytes(StandardCharsets.UTF_8);
    copy.writeToCopy(bytes, 0, bytes.length);
    chunk.getBuffer().setLength(0);
  }

  private static String timestamp(Instant instant) {
    return instant.toString();
  }
}

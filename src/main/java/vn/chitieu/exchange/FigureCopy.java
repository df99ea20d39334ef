package vn.chitieu.exchange;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import vn.chitieu.achievement.Achievement;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.figure.Figure;
import vn.chitieu.plan.Target;

/**
 * Writes an import's figures, and their history versions under the import's revision, with
 * PostgreSQL's COPY (through the JDBC driver's copy API, in the import's transaction): the rows
 * Hibernate and Envers would write one by one, at a fraction of the cost and holding nothing until
 * the commit. New figures are copied into their table; changed ones into a temporary table, then
 * updated from it where their version is still the one read. A version is the row with the revision
 * and change type before it (0 created, 1 updated), as Envers writes them; versions are staged in a
 * temporary table until {@link #keep} gives them the import's revision at its end, once every row
 * it changes is locked (docs/design.md, "The change feed": a revision id is taken after the rows it
 * changes are locked, so two writes of one row are numbered in commit order). The columns are those
 * of migrations V2 to V5; the import tests read both back.
 */
final class FigureCopy {

  /** Rows sent to the database per chunk of COPY data. */
  private static final int CHUNK = 1000;

  /**
   * PostgreSQL's CSV: a null unquoted and empty, every other value quoted (so "" is empty text).
   */
  private static final CSVFormat COPY_CSV = CSVFormat.POSTGRESQL_CSV;

  private static final List<String> COMMON =
      List.of(
          "id",
          "indicator_code",
          "period",
          "period_start",
          "period_end",
          "area",
          "value",
          "note",
          "created_by",
          "created_at",
          "updated_by",
          "updated_at",
          "version");

  /** Envers's change types. */
  private static final int CREATED = 0;

  private static final int UPDATED = 1;

  /** A figure table: its name, the columns of its kind, and a figure's values for them. */
  private record Table<F extends Figure>(
      String name, List<String> own, Function<F, List<Object>> values) {

    List<String> columns() {
      List<String> columns = new ArrayList<>(COMMON);
      columns.addAll(own);
      return columns;
    }
  }

  private static final Table<Achievement> ACHIEVEMENTS =
      new Table<>(
          "achievement",
          List.of("status", "reported_on", "source"),
          achievement ->
              Arrays.asList(achievement.status.name(), achievement.reportedOn, achievement.source));

  private static final Table<Target> TARGETS =
      new Table<>(
          "target",
          List.of("operator", "baseline_period", "baseline_value", "basis"),
          target ->
              Arrays.asList(
                  target.operator.name(),
                  target.baselinePeriod,
                  target.baselineValue == null ? null : target.baselineValue.toPlainString(),
                  target.basis));

  private FigureCopy() {}

  /** Inserts new figures, staging their first versions. */
  static void insert(Connection connection, List<Target> targets, List<Achievement> achievements)
      throws SQLException {
    insert(connection, TARGETS, targets);
    insert(connection, ACHIEVEMENTS, achievements);
  }

  /**
   * Stores changed figures, each holding its new values and the version after the one read, with
   * that version staged for history. A figure whose stored version is no longer the one read was
   * changed by another request meanwhile: the import is refused (409) and rolls back.
   */
  static void update(Connection connection, List<Target> targets, List<Achievement> achievements)
      throws SQLException {
    update(connection, TARGETS, targets);
    update(connection, ACHIEVEMENTS, achievements);
  }

  /** Keeps every staged version in history under the revision, made now, at the import's end. */
  static void keep(Connection connection, long revision) throws SQLException {
    for (Table<?> table : List.of(TARGETS, ACHIEVEMENTS)) {
      String columns = String.join(", ", table.columns());
      try (Statement statement = connection.createStatement()) {
        statement.execute(stage(table));
        statement.executeUpdate(
            "insert into "
                + table.name()
                + "_aud (rev, revtype, "
                + columns
                + ") select "
                + revision
                + ", revtype, "
                + columns
                + " from "
                + staged(table));
        statement.execute("drop table " + staged(table));
      }
    }
  }

  private static String staged(Table<?> table) {
    return "staged_" + table.name() + "_aud";
  }

  /** Creates, unless there, the temporary table of a figure table's staged versions. */
  private static String stage(Table<?> table) {
    return "create temporary table if not exists "
        + staged(table)
        + " on commit drop as select revtype, "
        + String.join(", ", table.columns())
        + " from "
        + table.name()
        + "_aud with no data";
  }

  private static <F extends Figure> void insert(
      Connection connection, Table<F> table, List<F> figures) throws SQLException {
    if (figures.isEmpty()) {
      return;
    }
    List<List<Object>> rows = rows(table, figures);
    String columns = String.join(", ", table.columns());
    copy(connection, "copy " + table.name() + " (" + columns + ")", rows, List.of());
    history(connection, table, rows, CREATED);
  }

  private static <F extends Figure> void update(
      Connection connection, Table<F> table, List<F> figures) throws SQLException {
    if (figures.isEmpty()) {
      return;
    }
    List<List<Object>> rows = rows(table, figures);
    String changed = "changed_" + table.name();
    String columns = String.join(", ", table.columns());
    try (Statement statement = connection.createStatement()) {
      statement.execute(
          "create temporary table " + changed + " (like " + table.name() + ") on commit drop");
      copy(connection, "copy " + changed + " (" + columns + ")", rows, List.of());
      int updated =
          statement.executeUpdate(
              "update "
                  + table.name()
                  + " f set "
                  + table.columns().stream()
                      .filter(column -> !column.equals("id"))
                      .map(column -> column + " = c." + column)
                      .collect(Collectors.joining(", "))
                  + " from "
                  + changed
                  + " c where f.id = c.id and f.version = c.version - 1");
      statement.execute("drop table " + changed);
      if (updated != figures.size()) {
        throw ApiException.conflict(ImportResource.CHANGED_MEANWHILE);
      }
    }
    history(connection, table, rows, UPDATED);
  }

  private static <F extends Figure> List<List<Object>> rows(Table<F> table, List<F> figures) {
    List<List<Object>> rows = new ArrayList<>(figures.size());
    for (F figure : figures) {
      List<Object> row = new ArrayList<>(COMMON.size() + table.own().size());
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
      row.addAll(table.values().apply(figure));
      rows.add(row);
    }
    return rows;
  }

  /** Stages the figures' versions, with their change type, until {@link #keep}. */
  private static void history(
      Connection connection, Table<?> table, List<List<Object>> rows, int change)
      throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.execute(stage(table));
    }
    copy(
        connection,
        "copy " + staged(table) + " (revtype, " + String.join(", ", table.columns()) + ")",
        rows,
        List.of(change));
  }

  /** Sends the rows, each after the given leading values, in chunks, and ends the copy. */
  private static void copy(
      Connection connection, String into, List<List<Object>> rows, List<Object> leading)
      throws SQLException {
    CopyIn copy =
        connection
            .unwrap(PGConnection.class)
            .getCopyAPI()
            .copyIn(into + " from stdin (format csv)");
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

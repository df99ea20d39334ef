package vn.chitieu.hostile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A fingerprint of every table the service writes (row count and a digest of all rows), so that a
 * refused request that wrote anything is caught, whatever it wrote.
 *
 * <p>The digest reads every row, so it is taken again only when a transaction may have finished
 * since the last one: PostgreSQL assigns a transaction ID to every transaction that writes (even
 * one rolled back), and the current snapshot ({@code xmin:xmax:in-progress IDs}) changes whenever
 * such a transaction finishes — xmax moves on when it is the highest one yet, else it leaves the
 * in-progress list. While the snapshot is the same, no row can have changed and the last
 * fingerprint still stands.
 */
final class TableSnapshot {

  /**
   * A row as text, without revision.position: the change feed numbers committed revisions when it
   * is read (changes/ChangeSequencer), which is no write of the request being checked.
   */
  private static final String ROW = "(to_jsonb(t) - 'position')::text";

  private static final String SNAPSHOT = "select pg_current_snapshot()::text";

  private final DataSource database;
  private final String query;
  private String digestedIn;
  private Map<String, String> last;

  TableSnapshot(DataSource database) throws SQLException {
    this.database = database;
    List<String> parts = new ArrayList<>();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet tables =
            statement.executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public'"
                    + " and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'"
                    + " order by table_name")) {
      while (tables.next()) {
        String table = tables.getString(1);
        parts.add(
            "select '"
                + table
                + "', count(*) || ':' || coalesce(md5(string_agg("
                + ROW
                + ", '|' order by "
                + ROW
                + ")),"
                + " '') from \""
                + table
                + "\" t");
      }
    }
    this.query = String.join(" union all ", parts);
  }

  /** Table name → "rows:digest". */
  Map<String, String> take() throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      String current = single(statement, SNAPSHOT);
      if (current.equals(digestedIn)) {
        return last;
      }
      Map<String, String> snapshot = new TreeMap<>();
      try (ResultSet rows = statement.executeQuery(query)) {
        while (rows.next()) {
          snapshot.put(rows.getString(1), rows.getString(2));
        }
      }
      // Read before the digest: a transaction that finishes during it, or after, changes the
      // snapshot, so the next call digests again.
      digestedIn = current;
      last = snapshot;
      return snapshot;
    }
  }

  private static String single(Statement statement, String sql) throws SQLException {
    try (ResultSet result = statement.executeQuery(sql)) {
      result.next();
      return result.getString(1);
    }
  }

  static long rows(Map<String, String> snapshot) {
    return snapshot.values().stream()
        .mapToLong(v -> Long.parseLong(v.substring(0, v.indexOf(':'))))
        .sum();
  }
}

package vn.chitieu.hostile;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * A fingerprint of every table the service writes (row count and a hash of all rows), so that a
 * refused request that wrote anything is caught, whatever it wrote.
 *
 * <p>Hashing reads every row, so it is done only where something may have changed, in two steps:
 *
 * <ol>
 *   <li>While PostgreSQL's current snapshot ({@code xmin:xmax:in-progress IDs}) is the same, no row
 *       can have changed: every transaction that writes gets a transaction ID (even one rolled
 *       back), and the snapshot changes when such a transaction finishes — xmax moves on when it is
 *       the highest one yet, else it leaves the in-progress list.
 *   <li>Otherwise each table's row versions are counted and their creating transaction IDs ({@code
 *       xmin}) summed. Any committed insert, update or delete changes that pair: a new version
 *       carries the ID of the transaction that wrote it, higher than those of the versions it joins
 *       or replaces as long as transactions commit in the order of their IDs (the requests here run
 *       one after another, and none nests a transaction of its own), so the sum cannot come back to
 *       where it was with the count unchanged. Only the tables whose pair changed are hashed again.
 * </ol>
 */
final class TableSnapshot {

  /**
   * A row as text, without revision.position: the change feed numbers committed revisions when it
   * is read (changes/ChangeSequencer), which is no write of the request being checked.
   */
  private static final String ROW = "(to_jsonb(t) - 'position')::text";

  private static final String SNAPSHOT = "select pg_current_snapshot()::text";

  private final DataSource database;
  private final List<String> tables = new ArrayList<>();
  private final String versionsQuery;
  private String snapshotSeen;
  private final Map<String, String> versionsSeen = new HashMap<>();
  private final Map<String, String> last = new TreeMap<>();

  TableSnapshot(DataSource database) throws SQLException {
    this.database = database;
    List<String> parts = new ArrayList<>();
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet names =
            statement.executeQuery(
                "select table_name from information_schema.tables where table_schema = 'public'"
                    + " and table_type = 'BASE TABLE' and table_name <> 'flyway_schema_history'"
                    + " order by table_name")) {
      while (names.next()) {
        String table = names.getString(1);
        tables.add(table);
        parts.add(
            "select '"
                + table
                + "', count(*) || ':' || coalesce(sum(xmin::text::bigint), 0) from \""
                + table
                + "\"");
      }
    }
    this.versionsQuery = String.join(" union all ", parts);
  }

  /** Table name → "rows:hash". */
  Map<String, String> take() throws SQLException {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement()) {
      String snapshot = single(statement, SNAPSHOT);
      if (snapshot.equals(snapshotSeen)) {
        return Map.copyOf(last);
      }
      // Read before the tables: a transaction that finishes during the reads, or after, changes
      // the snapshot, so the next call reads them again.
      snapshotSeen = snapshot;
      Map<String, String> versions = new HashMap<>();
      try (ResultSet rows = statement.executeQuery(versionsQuery)) {
        while (rows.next()) {
          versions.put(rows.getString(1), rows.getString(2));
        }
      }
      for (String table : tables) {
        if (!versions.get(table).equals(versionsSeen.get(table))) {
          last.put(table, single(statement, hashQuery(table)));
          versionsSeen.put(table, versions.get(table));
        }
      }
      return Map.copyOf(last);
    }
  }

  /** The row count and the sum of the rows' 64-bit hashes: the same whatever order they come in. */
  private static String hashQuery(String table) {
    return "select count(*) || ':' || coalesce(sum(hashtextextended("
        + ROW
        + ", 0)), 0) from \""
        + table
        + "\" t";
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

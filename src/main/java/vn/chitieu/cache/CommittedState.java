package vn.chitieu.cache;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * Which transactions have committed in the database, as PostgreSQL names it: its current snapshot
 * ({@code pg_current_snapshot()}: the lowest transaction still running, the next to start and those
 * running in between). Every replica reads the same database, so two reads that find the same
 * snapshot see the same committed data; a commit anywhere, through any replica or none, gives a
 * different one.
 */
@ApplicationScoped
public class CommittedState {

  private static final String SELECT = "select pg_current_snapshot()::text";

  private final AgroalDataSource dataSource;
  private final TransactionSynchronizationRegistry transactions;

  CommittedState(AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions) {
    this.dataSource = dataSource;
    this.transactions = transactions;
  }

  /** The database's current snapshot, read now, in one statement of its own. */
  public String current() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(SELECT);
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getString(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the database's snapshot", e);
    }
  }

  /** Whether the caller is inside a transaction, which may hold changes not yet committed. */
  boolean inTransaction() {
    return transactions.getTransactionKey() != null;
  }

  /** A cache of at most this many answers, each kept with the snapshot it was read after. */
  public <K, V> SnapshotCache<K, V> cache(int maxEntries) {
    return new SnapshotCache<>(this, maxEntries);
  }
}

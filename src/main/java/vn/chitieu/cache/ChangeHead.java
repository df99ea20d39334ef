package vn.chitieu.cache;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * The database's latest change position: {@code change_head.position}, which every committing
 * transaction that writes indicators, targets, achievements or locks advances, in commit order
 * (migration V9). Whoever reads position p sees every change up to p.
 */
@ApplicationScoped
public class ChangeHead {

  private static final String SELECT = "select position from change_head";

  private final AgroalDataSource dataSource;
  private final TransactionSynchronizationRegistry transactions;

  ChangeHead(AgroalDataSource dataSource, TransactionSynchronizationRegistry transactions) {
    this.dataSource = dataSource;
    this.transactions = transactions;
  }

  /** Whether the caller is inside a transaction, which may hold changes not yet committed. */
  boolean inTransaction() {
    return transactions.getTransactionKey() != null;
  }

  /** The latest committed change position, read now. */
  public long position() {
    try (Connection connection = dataSource.getConnection();
        PreparedStatement statement = connection.prepareStatement(SELECT);
        ResultSet result = statement.executeQuery()) {
      if (!result.next()) {
        throw new IllegalStateException("change_head holds no row");
      }
      return result.getLong(1);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the change position", e);
    }
  }

  /** A cache of at most this many answers, each kept with the position it was read at. */
  public <K, V> PositionCache<K, V> cache(int maxEntries) {
    return new PositionCache<>(this, maxEntries);
  }
}

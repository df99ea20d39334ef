package vn.chitieu.cache;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.locks.ReentrantLock;
import org.hibernate.Session;

/**
 * Which transactions have committed in the database, as PostgreSQL names it: its current snapshot
 * ({@code pg_current_snapshot()}: the lowest transaction still running, the next to start and those
 * running in between). Every replica reads the same database, so two reads that find the same
 * snapshot see the same committed data; a commit anywhere, through any replica or none, gives a
 * different one.
 *
 * <p>Callers who arrive while a read of the snapshot is under way share the next read: one of them
 * starts it once the read under way has ended, after all of them arrived, so it names every commit
 * that came before any of them. Each read uses the connection its caller's request already holds
 * (never a second one, which a full pool could not give).
 */
@ApplicationScoped
public class CommittedState {

  private static final String SELECT = "select pg_current_snapshot()::text";

  private final Session session;
  private final TransactionSynchronizationRegistry transactions;

  /** Held while the snapshot is read: one read at a time. */
  private final ReentrantLock reading = new ReentrantLock();

  /** The read that callers arriving now will share, not started yet; null when none waits. */
  private CompletableFuture<String> next;

  CommittedState(Session session, TransactionSynchronizationRegistry transactions) {
    this.session = session;
    this.transactions = transactions;
  }

  /** The database's current snapshot, read after the call began, in one statement of its own. */
  public String current() {
    CompletableFuture<String> shared;
    boolean starts;
    synchronized (this) {
      starts = next == null;
      if (starts) {
        next = new CompletableFuture<>();
      }
      shared = next;
    }
    if (starts) {
      reading.lock();
      try {
        synchronized (this) {
          next = null; // whoever arrives from now on waits for a later read
        }
        shared.complete(read());
      } catch (RuntimeException | Error e) {
        shared.completeExceptionally(e);
      } finally {
        reading.unlock();
      }
    }
    try {
      return shared.join();
    } catch (CompletionException e) {
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw (RuntimeException) e.getCause();
    }
  }

  private String read() {
    return session.doReturningWork(
        connection -> {
          try (PreparedStatement statement = connection.prepareStatement(SELECT);
              ResultSet result = statement.executeQuery()) {
            result.next();
            return result.getString(1);
          }
        });
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

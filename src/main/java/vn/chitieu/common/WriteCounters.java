package vn.chitieu.common;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;

/**
 * The business counters of what was written ({@code chitieu.achievements.written}, {@code
 * chitieu.targets.written}): a write is counted once the transaction that made it has committed,
 * never when it rolls back.
 */
@ApplicationScoped
public class WriteCounters {

  private final MeterRegistry meters;
  private final TransactionSynchronizationRegistry transactions;

  WriteCounters(MeterRegistry meters, TransactionSynchronizationRegistry transactions) {
    this.meters = meters;
    this.transactions = transactions;
  }

  /** Adds {@code amount} to the counter with this tag when the current transaction commits. */
  public void onCommit(String name, String tag, String value, double amount) {
    Counter counter = meters.counter(name, tag, value);
    transactions.registerInterposedSynchronization(
        new Synchronization() {
          @Override
          public void beforeCompletion() {
            // nothing is counted before the outcome is known
          }

          @Override
          public void afterCompletion(int status) {
            if (status == Status.STATUS_COMMITTED) {
              counter.increment(amount);
            }
          }
        });
  }
}

package vn.chitieu.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import jakarta.transaction.UserTransaction;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A write is counted when its transaction commits: not before, and not when it rolls back. */
@QuarkusTest
class WriteCountersTest {

  private static final String NAME = "chitieu.test.written";

  @Inject WriteCounters counters;
  @Inject MeterRegistry meters;
  @Inject UserTransaction transaction;

  @Test
  void shouldCountOnCommitOnly() throws Exception {
    String tag = UUID.randomUUID().toString();

    transaction.begin();
    counters.onCommit(NAME, "case", tag, 2);
    assertThat(count(tag)).as("before the commit").isZero();
    transaction.rollback();
    assertThat(count(tag)).as("rolled back").isZero();

    transaction.begin();
    counters.onCommit(NAME, "case", tag, 3);
    counters.onCommit(NAME, "case", tag, 1);
    assertThat(count(tag)).as("before the commit").isZero();
    transaction.commit();
    assertThat(count(tag)).as("committed").isEqualTo(4);
  }

  private double count(String tag) {
    return meters.counter(NAME, "case", tag).count();
  }
}

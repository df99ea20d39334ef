package vn.chitieu.cache;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.arc.Arc;
import io.quarkus.arc.ManagedContext;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The snapshot callers share must have been read after each of them arrived: a caller who has just
 * committed must find its own commit in it, however many others ask at the same time.
 */
@QuarkusTest
class CommittedStateTest {

  @Inject CommittedState committed;
  @Inject DataSource database;

  @Test
  void everyCallerFindsTheCommitsBeforeItsCallWhileManyAskAtOnce() throws Exception {
    int callers = 12;
    int rounds = 40;
    ExecutorService threads = Executors.newFixedThreadPool(callers);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int i = 0; i < callers; i++) {
        results.add(threads.submit(commitThenAsk(rounds)));
      }
      List<String> missed = new ArrayList<>();
      for (Future<List<String>> result : results) {
        missed.addAll(result.get());
      }
      assertThat(missed).as("commits a later snapshot did not name").isEmpty();
    } finally {
      threads.shutdownNow();
    }
  }

  @Test
  void aCommitChangesTheSnapshot() throws Exception {
    String before = inRequest(committed::current);
    commit();
    assertThat(inRequest(committed::current)).isNotEqualTo(before);
  }

  /** Rounds of: commit a transaction, then ask for the snapshot; the commits it does not name. */
  private Callable<List<String>> commitThenAsk(int rounds) {
    return () -> {
      List<String> missed = new ArrayList<>();
      for (int round = 0; round < rounds; round++) {
        String transaction = commit();
        String snapshot = inRequest(committed::current);
        if (!visible(transaction, snapshot)) {
          missed.add(transaction + " not in " + snapshot);
        }
      }
      return missed;
    };
  }

  /** Commits a transaction of its own (asking for its id gives it one) and returns the id. */
  private String commit() throws SQLException {
    return query("select pg_current_xact_id()::text");
  }

  private boolean visible(String transaction, String snapshot) throws SQLException {
    return Boolean.parseBoolean(
        query(
            "select pg_visible_in_snapshot(cast(? as xid8), cast(? as pg_snapshot))::text",
            transaction,
            snapshot));
  }

  private String query(String sql, String... parameters) throws SQLException {
    try (Connection connection = database.getConnection();
        PreparedStatement statement = connection.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        statement.setString(i + 1, parameters[i]);
      }
      try (ResultSet result = statement.executeQuery()) {
        result.next();
        return result.getString(1);
      }
    }
  }

  /** As a request does: the request's own session, closed at the end. */
  private static <T> T inRequest(Callable<T> work) throws Exception {
    ManagedContext request = Arc.container().requestContext();
    request.activate();
    try {
      return work.call();
    } finally {
      request.terminate();
    }
  }
}

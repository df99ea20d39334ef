package vn.chitieu.cache;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.chitieu.Fixtures.given;

import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Many more reads at once than the pool has connections (16): a request that holds a connection
 * must never wait for a second one, or a full pool leaves every request waiting on every other
 * until the acquisition timeout (the harness's scorecards failed so).
 */
@QuarkusTest
class ConcurrentReadsTest {

  @Test
  void everyOneOfManyConcurrentCachedReadsWithAnAreaIsAnswered() throws Exception {
    int clients = 48;
    int rounds = 16;
    ExecutorService threads = Executors.newFixedThreadPool(clients);
    CountDownLatch start = new CountDownLatch(1);
    try {
      List<Future<List<String>>> results = new ArrayList<>();
      for (int client = 0; client < clients; client++) {
        int id = client;
        results.add(
            threads.submit(
                () -> {
                  start.await();
                  List<String> failed = new ArrayList<>();
                  for (int round = 0; round < rounds; round++) {
                    // Scorecards of periods nobody asked for (each loads) and series of unknown
                    // indicators (404), both with an area filter.
                    String path =
                        round % 2 == 0
                            ? "/api/v1/progress?area=22&period="
                                + (1900 + id)
                                + "-Q"
                                + (1 + round % 4)
                                + (round < 8 ? "" : "&sector=S" + round)
                            : "/api/v1/indicators/NONE_" + id + "/progress?area=22";
                    int status = given().get(path).statusCode();
                    if (status != (round % 2 == 0 ? 200 : 404)) {
                      failed.add(path + " " + status);
                    }
                  }
                  return failed;
                }));
      }
      start.countDown();
      List<String> failed = new ArrayList<>();
      for (Future<List<String>> result : results) {
        failed.addAll(result.get());
      }
      assertThat(failed).as("requests not answered as expected").isEmpty();
    } finally {
      threads.shutdownNow();
    }
  }
}

package vn.chitieu.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.nio.file.Files;
import java.time.Duration;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import vn.chitieu.Tokens;

/**
 * SIGTERM under load, as Kubernetes sends it: readiness goes DOWN first, the load balancer (here,
 * the clients) stops sending new requests once it sees that, and every request sent before then
 * completes with 200.
 */
@Tag("slow")
@ResourceLock("machine")
class GracefulShutdownIT {

  private static final int CLIENTS = 8;

  @Test
  void shouldFinishEveryRequestWhileShuttingDown() throws Exception {
    String token = Tokens.withRoles("load", "reader");
    try (EmbeddedPostgres postgres = ServiceProcess.startPostgres("shutdown-postgres");
        ServiceProcess service = ServiceProcess.start(postgres)) {
      AtomicBoolean drained = new AtomicBoolean();
      AtomicInteger ok = new AtomicInteger();
      ConcurrentLinkedQueue<String> failed = new ConcurrentLinkedQueue<>();
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      long stopAt = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      for (int i = 0; i < CLIENTS; i++) {
        clients.submit(
            () -> {
              while (!drained.get() && System.nanoTime() < stopAt) {
                try {
                  int status = service.get("/api/v1/progress?period=2020", token).statusCode();
                  if (status == 200) {
                    ok.incrementAndGet();
                  } else {
                    failed.add("status " + status);
                  }
                } catch (ConnectException | HttpConnectTimeoutException refused) {
                  failed.add("refused before readiness went down: " + refused);
                } catch (IOException | InterruptedException e) {
                  failed.add(e.toString());
                }
              }
              return null;
            });
      }
      Thread.sleep(2000);
      int beforeTerm = ok.get();
      service.terminate();
      service.awaitStatus("/q/health/ready", 503, Duration.ofSeconds(5));
      drained.set(true);
      clients.shutdown();
      assertThat(clients.awaitTermination(30, TimeUnit.SECONDS)).isTrue();
      // 143 is the JVM's usual exit status after SIGTERM, once its shutdown hooks have run.
      assertThat(service.awaitExit(Duration.ofSeconds(45))).as("exit code").isIn(0, 143);
      assertThat(failed).as("failed requests").isEmpty();
      assertThat(beforeTerm).as("requests served before SIGTERM").isGreaterThan(20);
      assertThat(ok.get()).as("requests served in all").isGreaterThan(beforeTerm);
      assertThat(Files.readString(service.log)).contains("Graceful Shutdown");
    }
  }
}

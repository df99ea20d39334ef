package vn.chitieu.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import vn.chitieu.Tokens;

/**
 * Stops the database under the running service and starts it again: readiness goes DOWN, calls get
 * a 503 problem within a bounded time, and the service recovers without a restart.
 */
@Tag("slow")
@ResourceLock("machine")
class DatabaseOutageIT {

  private static final String API = "/api/v1/indicators";

  @Test
  void shouldAnswer503WhileTheDatabaseIsDownAndRecover() throws Exception {
    Path dataDir = ServiceProcess.dataDir("outage-postgres");
    int dbPort = ServiceProcess.freePort();
    String token = Tokens.withRoles("outage", "reader");
    EmbeddedPostgres postgres = ServiceProcess.startPostgres(dataDir, dbPort);
    try (ServiceProcess service = ServiceProcess.start(postgres)) {
      assertThat(service.get(API, token).statusCode()).isEqualTo(200);

      postgres.close();
      service.awaitStatus("/q/health/ready", 503, Duration.ofSeconds(20));
      // The first call may meet a pooled connection the server closed, later ones a refusal.
      for (int call = 0; call < 3; call++) {
        long start = System.nanoTime();
        HttpResponse<String> during = service.get(API, token);
        Duration took = Duration.ofNanos(System.nanoTime() - start);
        assertThat(during.statusCode()).isEqualTo(503);
        assertThat(during.headers().firstValue("Content-Type"))
            .hasValue("application/problem+json");
        assertThat(during.headers().firstValue("Retry-After")).isPresent();
        assertThat(during.body())
            .contains("The database is unreachable")
            .doesNotContain("Exception");
        assertThat(took).isLessThan(Duration.ofSeconds(10));
      }

      postgres = ServiceProcess.startPostgres(dataDir, dbPort);
      service.awaitStatus("/q/health/ready", 200, Duration.ofSeconds(30));
      assertThat(service.get(API, token).statusCode()).isEqualTo(200);
    } finally {
      postgres.close();
    }
  }
}

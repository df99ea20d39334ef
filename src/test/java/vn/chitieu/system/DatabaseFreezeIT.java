package vn.chitieu.system;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import vn.chitieu.Tokens;

/**
 * Freezes the database under a bounded load (SIGSTOP of every process of the cluster, as a hung
 * host or a stalled disk would): API calls answer 503 problem+json with Retry-After within the
 * bound README promises, readiness goes DOWN, and after SIGCONT the service recovers without a
 * restart. The database runs in its own process tree here, so no other test shares it.
 */
@Tag("slow")
@ResourceLock("machine")
class DatabaseFreezeIT {

  /** README, "Database outage": a 503 within this long, however the database fails. */
  static final Duration PROMISED = Duration.ofSeconds(10);

  private static final Duration FREEZE = Duration.ofSeconds(25);
  private static final int CLIENTS = 4;
  private static final String API = "/api/v1/achievements?size=5";

  record Call(long sentAt, long tookMs, String result) {}

  @Test
  void shouldAnswer503WithinThePromisedTimeWhileTheDatabaseIsFrozen() throws Exception {
    Path dataDir = ServiceProcess.dataDir("freeze-postgres");
    String token = Tokens.withRoles("freeze", "reader");
    try (EmbeddedPostgres postgres =
            ServiceProcess.startPostgres(dataDir, ServiceProcess.freePort());
        ServiceProcess service = ServiceProcess.start(postgres)) {
      assertThat(service.get(API, token).statusCode()).isEqualTo(200);
      List<Long> cluster = new ArrayList<>();
      List<Call> calls = Collections.synchronizedList(new ArrayList<>());
      AtomicBoolean stop = new AtomicBoolean();
      long[] frozenAt = {0};
      ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
      // Should this JVM be stopped mid-freeze (SIGTERM skips finally blocks), the database is
      // thawed all the same.
      Thread thaw = new Thread(() -> thawQuietly(cluster), "thaw-database");
      Runtime.getRuntime().addShutdownHook(thaw);
      long readyDownAfter = -1;
      long notReadyAfter = -1;
      long recoveredAfter;
      try {
        for (int i = 0; i < CLIENTS; i++) {
          clients.submit(() -> load(service, token, calls, stop, frozenAt));
        }
        Thread.sleep(1000);
        // The postmaster first, so that it forks no new backend; then all it has started.
        cluster.add(postmaster(dataDir));
        signal("STOP", cluster);
        cluster.addAll(children(cluster.get(0)));
        signal("STOP", cluster);
        frozenAt[0] = System.nanoTime();
        System.out.println("Frozen: " + ps(cluster));
        long freezeEnds = frozenAt[0] + FREEZE.toNanos();
        while (System.nanoTime() < freezeEnds) {
          long probeAt = (System.nanoTime() - frozenAt[0]) / 1_000_000;
          int ready = readiness(service.managementPort);
          long now = (System.nanoTime() - frozenAt[0]) / 1_000_000;
          if (notReadyAfter < 0 && (ready != 200 || now - probeAt > 1000)) {
            // What a kubelet sees: no UP within its probe's default timeout of 1 s.
            notReadyAfter = Math.min(now, probeAt + 1000);
          }
          if (readyDownAfter < 0 && ready == 503) {
            readyDownAfter = now;
          }
          Thread.sleep(250);
        }
      } finally {
        signal("CONT", cluster);
        Runtime.getRuntime().removeShutdownHook(thaw);
      }
      long thawedAt = System.nanoTime();
      service.awaitStatus("/q/health/ready", 200, Duration.ofSeconds(60));
      while (service.get(API, token).statusCode() != 200) {
        Thread.sleep(100);
      }
      recoveredAfter = (System.nanoTime() - thawedAt) / 1_000_000;
      stop.set(true);
      clients.shutdown();
      assertThat(clients.awaitTermination(60, TimeUnit.SECONDS)).isTrue();

      List<Call> during;
      synchronized (calls) {
        // Calls sent while frozen, early enough that the promised bound ends within the freeze.
        during =
            calls.stream()
                .filter(c -> c.sentAt() >= 0 && c.sentAt() <= FREEZE.minus(PROMISED).toMillis())
                .toList();
      }
      Map<String, Integer> results = new TreeMap<>();
      during.forEach(c -> results.merge(c.result(), 1, Integer::sum));
      long slowest = during.stream().mapToLong(Call::tookMs).max().orElse(-1);
      long[] sorted = during.stream().mapToLong(Call::tookMs).sorted().toArray();
      System.out.printf(
          "Database frozen %d s under %d clients: %d calls sent in the first %d s: %s;"
              + " answered in median %d ms, slowest %d ms (promised: %d s); readiness DOWN after"
              + " %d ms (a 1 s probe fails from %d ms); API answering 200 again %d ms after"
              + " SIGCONT%n",
          FREEZE.toSeconds(),
          CLIENTS,
          during.size(),
          FREEZE.minus(PROMISED).toSeconds(),
          results,
          sorted.length == 0 ? -1 : sorted[sorted.length / 2],
          slowest,
          PROMISED.toSeconds(),
          readyDownAfter,
          notReadyAfter,
          recoveredAfter);

      assertThat(during).as("calls during the freeze").isNotEmpty();
      assertThat(results.keySet()).as("what the calls got").containsOnly("503 problem");
      assertThat(slowest).as("slowest answer, ms").isLessThanOrEqualTo(PROMISED.toMillis());
      assertThat(notReadyAfter)
          .as("readiness stopped answering UP")
          .isBetween(0L, PROMISED.toMillis());
      assertThat(readyDownAfter).as("readiness answered DOWN").isBetween(0L, FREEZE.toMillis());
    }
  }

  private static Void load(
      ServiceProcess service, String token, List<Call> calls, AtomicBoolean stop, long[] frozenAt)
      throws InterruptedException {
    while (!stop.get()) {
      long sent = System.nanoTime();
      String result;
      try {
        HttpResponse<String> response = service.get(API, token);
        boolean problem =
            response
                    .headers()
                    .firstValue("Content-Type")
                    .orElse("")
                    .equals("application/problem+json")
                && response.headers().firstValue("Retry-After").isPresent()
                && !response.body().contains("Exception");
        result = response.statusCode() + (problem ? " problem" : "");
      } catch (IOException e) {
        result = e.getClass().getSimpleName();
      }
      long done = System.nanoTime();
      if (frozenAt[0] != 0) {
        calls.add(new Call((sent - frozenAt[0]) / 1_000_000, (done - sent) / 1_000_000, result));
      }
      Thread.sleep(100);
    }
    return null;
  }

  /** Readiness, or -1 when it does not answer within 10 s. */
  private static int readiness(int port) throws InterruptedException {
    try {
      return ServiceProcess.HTTP
          .send(
              HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                  .timeout(Duration.ofSeconds(10))
                  .build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    }
  }

  private static String ps(List<Long> pids) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("ps", "-o", "pid,ppid,stat,args", "-p"));
    command.add(String.join(",", pids.stream().map(String::valueOf).toList()));
    Process ps = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(ps.getInputStream().readAllBytes());
    ps.waitFor();
    return out;
  }

  /** The postmaster: the first line of postmaster.pid. */
  static long postmaster(Path dataDir) throws IOException {
    return Long.parseLong(Files.readAllLines(dataDir.resolve("postmaster.pid")).get(0).trim());
  }

  /** Every process the postmaster has started (backends, checkpointer, WAL writer…). */
  static List<Long> children(long postmaster) {
    return ProcessHandle.of(postmaster)
        .orElseThrow()
        .descendants()
        .map(ProcessHandle::pid)
        .toList();
  }

  private static void thawQuietly(List<Long> cluster) {
    try {
      signal("CONT", cluster);
    } catch (IOException | InterruptedException e) {
      System.err.println("Could not thaw the database: " + e);
    }
  }

  /** kill -STOP or -CONT. */
  static void signal(String signal, List<Long> pids) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("kill", "-" + signal));
    pids.forEach(pid -> command.add(String.valueOf(pid)));
    Process kill = new ProcessBuilder(command).redirectErrorStream(true).start();
    kill.waitFor(10, TimeUnit.SECONDS);
  }
}

package vn.chitieu.system;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import vn.chitieu.TestKeys;
import vn.chitieu.Tokens;

/** The packaged jar, started as its own process against a PostgreSQL the test controls. */
final class ServiceProcess implements AutoCloseable {

  static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  final int port;
  final int managementPort;
  final Path log;
  private final Process process;

  private ServiceProcess(int port, int managementPort, Path log, Process process) {
    this.port = port;
    this.managementPort = managementPort;
    this.log = log;
    this.process = process;
  }

  /** The jar on this database, with these settings ({@code -Dname=value}) besides the tests'. */
  static ServiceProcess start(EmbeddedPostgres postgres, String... settings) throws Exception {
    List<String> all = new ArrayList<>();
    all.add("-Dquarkus.datasource.jdbc.url=" + postgres.getJdbcUrl("postgres", "postgres"));
    all.add("-Dquarkus.datasource.username=postgres");
    all.addAll(List.of(settings));
    return launch(all.toArray(String[]::new));
  }

  /** The jar with no datasource configured: it starts its own embedded PostgreSQL there. */
  static ServiceProcess startWithEmbeddedDatabase(Path dataDir) throws Exception {
    return launch("-Dchitieu.embedded.data-dir=" + dataDir);
  }

  private static ServiceProcess launch(String... settings) throws Exception {
    int port = freePort();
    int managementPort = freePort();
    Path log = Files.createTempFile("chitieu-service", ".log");
    List<String> command = java();
    command.add("-Dquarkus.http.port=" + port);
    command.add("-Dquarkus.management.port=" + managementPort);
    command.addAll(List.of(settings));
    command.add("-Dmp.jwt.verify.publickey.location=" + TestKeys.publicKeyFile());
    command.add("-Dmp.jwt.verify.issuer=" + Tokens.ISSUER);
    command.add("-Dmp.jwt.verify.audiences=" + Tokens.AUDIENCE);
    command.add("-jar");
    command.add("target/quarkus-app/quarkus-run.jar");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    ServiceProcess service = new ServiceProcess(port, managementPort, log, process);
    service.awaitStatus("/q/health/ready", 200, Duration.ofSeconds(60));
    return service;
  }

  /**
   * This JVM's java with the flags the build gives the jars its tests start (quarkus.test.arg-line,
   * set by failsafe), as Quarkus starts the jar of a @QuarkusIntegrationTest.
   */
  static List<String> java() {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    String flags = System.getProperty("quarkus.test.arg-line", "").strip();
    if (!flags.isEmpty()) {
      command.addAll(List.of(flags.split("\\s+")));
    }
    return command;
  }

  /** A PostgreSQL of the test's own, on a free port, its data in a new {@link #dataDir}. */
  static EmbeddedPostgres startPostgres(String name) throws IOException {
    return startPostgres(dataDir(name), freePort());
  }

  /** A new directory for a test's data, under target/, which {@code mvn clean} removes. */
  static Path dataDir(String name) throws IOException {
    return Files.createTempDirectory(Path.of("target"), name);
  }

  static EmbeddedPostgres startPostgres(Path dataDir, int port) throws IOException {
    return EmbeddedPostgres.builder()
        .setDataDirectory(dataDir)
        .setCleanDataDirectory(false)
        .setPort(port)
        .start();
  }

  /** A GET of the API; health ({@code /q/health/...}) goes to the management port. */
  HttpResponse<String> get(String path, String token) throws IOException, InterruptedException {
    int to = path.startsWith("/q/health") ? managementPort : port;
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + to + path))
            .timeout(Duration.ofSeconds(30));
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Polls until the path answers with the status, or fails after the deadline. */
  void awaitStatus(String path, int status, Duration deadline) throws Exception {
    long end = System.nanoTime() + deadline.toNanos();
    while (System.nanoTime() < end) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The service exited:\n" + Files.readString(log));
      }
      try {
        if (get(path, null).statusCode() == status) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(200);
    }
    throw new AssertionError(path + " did not answer " + status + " in " + deadline);
  }

  /** Sends SIGTERM, as Kubernetes does. */
  void terminate() {
    process.destroy();
  }

  int awaitExit(Duration deadline) throws InterruptedException {
    if (!process.waitFor(deadline.toMillis(), TimeUnit.MILLISECONDS)) {
      throw new AssertionError("The service did not exit within " + deadline);
    }
    return process.exitValue();
  }

  /** Kills the process and waits for it; an interrupted wait leaves the interrupt flag set. */
  @Override
  public void close() {
    if (process.isAlive()) {
      try {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

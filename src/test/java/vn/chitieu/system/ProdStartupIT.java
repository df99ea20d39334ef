package vn.chitieu.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceAccessMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import vn.chitieu.TestKeys;
import vn.chitieu.Tokens;

/** The packaged jar, in the prod profile, stops at start-up when a setting it needs is missing. */
@Tag("slow")
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(value = "machine", mode = ResourceAccessMode.READ)
class ProdStartupIT {

  @Test
  void shouldStopWithoutADatabaseWhenTheEmbeddedOneIsOff() throws Exception {
    String output =
        runUntilExit(
            "-Dchitieu.embedded.enabled=false",
            "-Dmp.jwt.verify.issuer=" + Tokens.ISSUER,
            "-Dmp.jwt.verify.audiences=" + Tokens.AUDIENCE);
    assertThat(output)
        .contains("No database: set QUARKUS_DATASOURCE_JDBC_URL (quarkus.datasource.jdbc.url)")
        .contains("chitieu.embedded.enabled=false")
        .doesNotContain("Exception");
  }

  @Test
  void shouldStopWithoutAnAudience() throws Exception {
    String output =
        runUntilExit(
            "-Dchitieu.embedded.data-dir=target/prod-startup-postgres",
            "-Dmp.jwt.verify.issuer=" + Tokens.ISSUER);
    assertThat(output).contains("mp.jwt.verify.audiences (MP_JWT_VERIFY_AUDIENCES) is not set");
  }

  /** Runs the jar with these options; asserts that it exits by itself, non-zero, never serving. */
  private static String runUntilExit(String... options) throws Exception {
    Path log = Files.createTempFile("prod-startup", ".log");
    List<String> command = ServiceProcess.java();
    command.add("-Dquarkus.http.port=0");
    command.add("-Dquarkus.management.port=0");
    command.add("-Dmp.jwt.verify.publickey.location=" + TestKeys.publicKeyFile());
    command.addAll(List.of(options));
    command.addAll(List.of("-jar", "target/quarkus-app/quarkus-run.jar"));
    ProcessBuilder builder =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
    // The environment of the build must not hand the jar a database.
    builder.environment().remove("QUARKUS_DATASOURCE_JDBC_URL");
    Process jar = builder.start();
    boolean exited = jar.waitFor(90, TimeUnit.SECONDS);
    if (!exited) {
      jar.destroyForcibly();
    }
    String output = Files.readString(log);
    assertThat(exited).as("the jar exits by itself").isTrue();
    assertThat(jar.exitValue()).isNotZero();
    assertThat(output).doesNotContain("Listening on");
    Files.delete(log);
    return output;
  }
}

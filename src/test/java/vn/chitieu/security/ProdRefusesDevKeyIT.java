package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The packaged jar, in the prod profile, refuses to start with the dev-only key configured. */
class ProdRefusesDevKeyIT {

  @Test
  void shouldRefuseToStartWithTheDevKey() throws Exception {
    Path log = Files.createTempFile("prod-dev-key", ".log");
    Process jar =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Dmp.jwt.verify.publickey.location=src/main/dev-only-keys/publicKey.pem",
                "-Dmp.jwt.verify.issuer=https://chitieu.invalid/dev-only",
                "-Dquarkus.http.port=0",
                "-Dchitieu.embedded.data-dir=target/prod-dev-key-postgres",
                "-jar",
                "target/quarkus-app/quarkus-run.jar")
            .redirectErrorStream(true)
            .redirectOutput(log.toFile())
            .start();
    boolean exited = jar.waitFor(90, TimeUnit.SECONDS);
    if (!exited) {
      jar.destroyForcibly();
    }
    String output = Files.readString(log);
    assertThat(exited).as("the jar exits by itself").isTrue();
    assertThat(jar.exitValue()).isNotZero();
    assertThat(output).contains("names the dev-only key").doesNotContain("Listening on");
    Files.delete(log);
  }
}

package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevKeyGuardTest {

  private static final Path DEV_KEY = Path.of("src/main/dev-only-keys/publicKey.pem");

  @Test
  void shouldRefuseTheDevKeyByName() {
    assertThatThrownBy(() -> DevKeyGuard.refuseDevKey(DEV_KEY.toString()))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("dev-only key");
  }

  @Test
  void shouldRefuseTheDevKeyCopiedElsewhere(@TempDir Path dir) throws Exception {
    Path copy = Files.copy(DEV_KEY, dir.resolve("idp.pem"));
    assertThatThrownBy(() -> DevKeyGuard.refuseDevKey(copy.toString()))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> DevKeyGuard.refuseDevKey("file:" + copy))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void shouldAcceptAnotherKey() {
    assertThatCode(() -> DevKeyGuard.refuseDevKey("src/test/resources/test-keys/publicKey.pem"))
        .doesNotThrowAnyException();
    assertThatCode(() -> DevKeyGuard.refuseDevKey("https://idp.example/realms/x/certs"))
        .doesNotThrowAnyException();
    assertThatCode(() -> DevKeyGuard.refuseDevKey(null)).doesNotThrowAnyException();
  }
}

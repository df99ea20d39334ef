package vn.chitieu.system;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;
import vn.chitieu.TestKeys;

/**
 * Makes the service verify tokens with the tests' own key, made for this run ({@link TestKeys}). An
 * absolute path, so that the packaged jar under test finds it too. The issuer is the test profile's
 * ({@code %test.mp.jwt.verify.issuer}, which {@code Tokens.ISSUER} repeats).
 */
public class TestKeysResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    Path publicKey = TestKeys.publicKeyFile();
    return Map.of("mp.jwt.verify.publickey.location", publicKey.toString());
  }

  @Override
  public void stop() {}
}

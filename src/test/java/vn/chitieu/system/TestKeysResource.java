package vn.chitieu.system;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;
import vn.chitieu.TestKeys;
import vn.chitieu.Tokens;

/**
 * Makes the service verify tokens with the tests' own key, made for this run ({@link TestKeys}). An
 * absolute path, so that the packaged jar under test finds it too.
 */
public class TestKeysResource implements QuarkusTestResourceLifecycleManager {

  @Override
  public Map<String, String> start() {
    Path publicKey = TestKeys.publicKeyFile();
    return Map.of(
        "mp.jwt.verify.publickey.location",
        publicKey.toString(),
        "mp.jwt.verify.issuer",
        Tokens.ISSUER);
  }

  @Override
  public void stop() {}
}

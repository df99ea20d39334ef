package vn.chitieu;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.Base64;

/**
 * The tests' key pairs, made afresh in each test JVM; nothing private is ever written down. The
 * service under test (in this JVM, or the packaged jar) reads the public half from {@link
 * #PUBLIC_KEY_FILE}.
 */
public final class TestKeys {

  /** Under target/, where each run writes its own; the test profile names it too. */
  public static final Path PUBLIC_KEY_FILE = Path.of("target", "test-keys", "publicKey.pem");

  private static final KeyPair TRUSTED = generate();
  private static final KeyPair UNKNOWN = generate();
  private static boolean written;

  private TestKeys() {}

  /** Signs the tokens the service accepts. */
  public static PrivateKey trusted() {
    return TRUSTED.getPrivate();
  }

  /** The public half of the trusted key. */
  public static PublicKey trustedPublic() {
    return TRUSTED.getPublic();
  }

  /** Signs tokens of a key the service does not know. */
  public static PrivateKey unknown() {
    return UNKNOWN.getPrivate();
  }

  /** The absolute path of the trusted public key as PEM, written on first use. */
  public static synchronized Path publicKeyFile() {
    if (!written) {
      String pem =
          "-----BEGIN PUBLIC KEY-----\n"
              + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
                  .encodeToString(TRUSTED.getPublic().getEncoded())
              + "\n-----END PUBLIC KEY-----\n";
      try {
        Files.createDirectories(PUBLIC_KEY_FILE.getParent());
        Files.writeString(PUBLIC_KEY_FILE, pem, StandardCharsets.US_ASCII);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      written = true;
    }
    return PUBLIC_KEY_FILE.toAbsolutePath();
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }
}

package vn.chitieu.security;

import io.quarkus.runtime.StartupEvent;
import io.quarkus.runtime.configuration.ConfigUtils;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start the prod profile with the dev-only key: its private half is in git, so anyone
 * could mint tokens the service would accept.
 */
@ApplicationScoped
class DevKeyGuard {

  /**
   * SHA-256 of src/main/dev-only-keys/publicKey.pem (PEM text, stripped); that file is not
   * packaged.
   */
  static final String DEV_KEY_SHA256 =
      "58cde8bb53fa16d8e2e4e132f770275adfbac47338a474e9b557b60794e322be";

  void onStart(
      @Observes @Priority(1) StartupEvent event,
      @ConfigProperty(name = "mp.jwt.verify.publickey.location") Optional<String> location) {
    if (ConfigUtils.getProfiles().contains("prod")) {
      refuseDevKey(location.orElse(null));
    }
  }

  /** Throws when the location names the dev-only key or holds the same key. */
  static void refuseDevKey(String location) {
    if (location == null) {
      return;
    }
    if (location.contains("dev-only")
        || read(location).map(DevKeyGuard::sha256).orElse("").equals(DEV_KEY_SHA256)) {
      throw new IllegalStateException(
          "mp.jwt.verify.publickey.location names the dev-only key, which is public in git; it is"
              + " refused in the prod profile. Point it at the identity provider's key or JWKS URL.");
    }
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Optional<String> read(String location) {
    if (location.startsWith("http:") || location.startsWith("https:")) {
      return Optional.empty();
    }
    Path file = Path.of(location.startsWith("file:") ? URI.create(location).getPath() : location);
    try {
      if (Files.isRegularFile(file)) {
        return Optional.of(Files.readString(file, StandardCharsets.UTF_8).strip());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return readClasspath(location.replaceFirst("^classpath:", "")).map(String::strip);
  }

  private static Optional<String> readClasspath(String resource) {
    try (InputStream in = DevKeyGuard.class.getClassLoader().getResourceAsStream(resource)) {
      return in == null
          ? Optional.empty()
          : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

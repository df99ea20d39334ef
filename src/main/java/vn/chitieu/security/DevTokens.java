package vn.chitieu.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * In dev mode, prints a ready-to-paste token per role, signed with the key pair Quarkus generates
 * for dev mode (held in memory, new at each start), and writes them to {@link #ENV_FILE} as shell
 * variables ({@code source target/dev-tokens.env}).
 */
@ApplicationScoped
class DevTokens {

  /** Under target/, so git ignores it and {@code mvn clean} removes it. */
  static final Path ENV_FILE = Path.of("target", "dev-tokens.env");

  private static final Logger LOG = Logger.getLogger(DevTokens.class);
  private static final Duration LIFETIME = Duration.ofHours(12);

  void onStart(
      @Observes StartupEvent event,
      @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer,
      @ConfigProperty(name = "mp.jwt.verify.audiences") Optional<List<String>> audiences) {
    if (LaunchMode.current() != LaunchMode.DEVELOPMENT || issuer.isEmpty()) {
      return;
    }
    Map<String, String> tokens = new LinkedHashMap<>();
    for (String role : Roles.LADDER) {
      tokens.put(role, token(issuer.get(), audiences.orElse(List.of()), role));
    }
    StringBuilder text =
        new StringBuilder(
            "Dev-only tokens, valid for 12 hours (Swagger UI: Authorize, paste one):");
    tokens.forEach((role, token) -> text.append("\n  ").append(role).append(": ").append(token));
    try {
      Files.createDirectories(ENV_FILE.getParent());
      Files.writeString(ENV_FILE, exports(tokens));
      text.append("\nIn a shell: source ").append(ENV_FILE).append("  (sets $READER_TOKEN etc.)");
    } catch (IOException e) {
      LOG.warnf("Could not write %s: %s", ENV_FILE.toAbsolutePath(), e);
    }
    LOG.info(text);
  }

  static String token(String issuer, List<String> audiences, String role) {
    return Jwt.issuer(issuer)
        .audience(Set.copyOf(audiences))
        .subject("dev-" + role)
        .preferredUserName("dev-" + role)
        .groups(role)
        .expiresIn(LIFETIME)
        .sign();
  }

  /** {@code export READER_TOKEN=…} and so on, one line per role, for a shell to source. */
  static String exports(Map<String, String> tokensByRole) {
    StringBuilder lines = new StringBuilder();
    tokensByRole.forEach(
        (role, token) ->
            lines
                .append("export ")
                .append(role.toUpperCase(Locale.ROOT))
                .append("_TOKEN=")
                .append(token)
                .append('\n'));
    return lines.toString();
  }
}

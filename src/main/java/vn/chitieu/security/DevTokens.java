package vn.chitieu.security;

import io.quarkus.runtime.LaunchMode;
import io.quarkus.runtime.StartupEvent;
import io.smallrye.jwt.build.Jwt;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/** In dev mode, prints a ready-to-paste token per role, signed with the dev-only key. */
@ApplicationScoped
class DevTokens {

  private static final Logger LOG = Logger.getLogger(DevTokens.class);
  private static final Duration LIFETIME = Duration.ofHours(12);

  void onStart(
      @Observes StartupEvent event,
      @ConfigProperty(name = "mp.jwt.verify.issuer") Optional<String> issuer) {
    if (LaunchMode.current() != LaunchMode.DEVELOPMENT || issuer.isEmpty()) {
      return;
    }
    StringBuilder text =
        new StringBuilder(
            "Dev-only tokens, valid for 12 hours (Swagger UI: Authorize, paste one):");
    for (String role : Roles.LADDER) {
      text.append("\n  ").append(role).append(": ").append(token(issuer.get(), role));
    }
    LOG.info(text);
  }

  static String token(String issuer, String role) {
    return Jwt.issuer(issuer)
        .subject("dev-" + role)
        .preferredUserName("dev-" + role)
        .groups(role)
        .expiresIn(LIFETIME)
        .sign();
  }
}

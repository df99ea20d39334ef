package vn.chitieu.security;

import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refuses to start without {@code mp.jwt.verify.audiences}: without it the verifier accepts a token
 * the identity provider issued for any other client of the realm (RFC 8725 §3.9). Dev and test set
 * it in application.properties; elsewhere the deployment must.
 */
@ApplicationScoped
class AudienceRequired {

  static final String MISSING =
      "mp.jwt.verify.audiences (MP_JWT_VERIFY_AUDIENCES) is not set: name the audience that tokens"
          + " for this service carry (its client id at the identity provider), or tokens issued for"
          + " any other client would be accepted.";

  void onStart(
      @Observes @Priority(1) StartupEvent event,
      @ConfigProperty(name = "mp.jwt.verify.audiences") Optional<List<String>> audiences) {
    check(audiences);
  }

  static void check(Optional<List<String>> audiences) {
    if (audiences.filter(list -> list.stream().anyMatch(a -> !a.isBlank())).isEmpty()) {
      throw new IllegalStateException(MISSING);
    }
  }
}

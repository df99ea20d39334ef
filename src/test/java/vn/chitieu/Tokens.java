package vn.chitieu;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.build.JwtClaimsBuilder;
import java.time.Duration;
import java.util.Set;
import java.util.function.UnaryOperator;

/** Tokens the tests mint with their own key ({@link TestKeys}). */
public final class Tokens {

  /** The realm of docs/keycloak (mp.jwt.verify.issuer in the test profile). */
  public static final String ISSUER = "https://sso.example.gov.vn/realms/chitieu";

  /** The audience the service requires (mp.jwt.verify.audiences in the test profile). */
  public static final String AUDIENCE = "chitieu";

  private Tokens() {}

  /** A valid token for a user holding exactly these roles. */
  public static String withRoles(String user, String... roles) {
    return claims(user, roles).sign(TestKeys.trusted());
  }

  /** A valid token that expires after this long. */
  public static String validFor(Duration lifetime, String role) {
    return claims("brief", role).expiresIn(lifetime).sign(TestKeys.trusted());
  }

  /** A token signed by a key the service does not trust. */
  public static String signedByUnknownKey(String role) {
    return claims("intruder", role).sign(TestKeys.unknown());
  }

  /** A token from another issuer. */
  public static String fromOtherIssuer(String role) {
    return claims("stranger", role).issuer("https://elsewhere.invalid").sign(TestKeys.trusted());
  }

  /** A token the identity provider issued for another client of the realm. */
  public static String forOtherAudience(String role) {
    return claims("neighbour", role).audience("another-client").sign(TestKeys.trusted());
  }

  /** A token that expired an hour ago. */
  public static String expired(String role) {
    long now = System.currentTimeMillis() / 1000;
    return claims("late", role).issuedAt(now - 7200).expiresAt(now - 3600).sign(TestKeys.trusted());
  }

  /**
   * A token signed with the tests' key whose claims a test shapes: it starts as a valid token for
   * the user with no groups (add them, or odd ones).
   */
  public static String shaped(String user, UnaryOperator<JwtClaimsBuilder> shape) {
    return shape.apply(claims(user)).sign(TestKeys.trusted());
  }

  private static JwtClaimsBuilder claims(String user, String... roles) {
    return Jwt.issuer(ISSUER)
        .audience(AUDIENCE)
        .subject("sub-" + user)
        .preferredUserName(user)
        .groups(Set.of(roles))
        .expiresIn(Duration.ofMinutes(30));
  }
}

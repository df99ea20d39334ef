package vn.chitieu.security;

import io.smallrye.jwt.auth.principal.ParseException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.json.JsonUtil;
import org.jose4j.lang.JoseException;
import vn.chitieu.common.Stamped;

/**
 * What a token must satisfy beyond its signature, issuer and expiry, checked once where tokens are
 * verified ({@link VerifiedTokens}); a token that breaks one is refused with 401 like a forged one.
 * The reasons go to the log and never repeat the token's text or its claims' values.
 */
final class TokenRules {

  /** How far ahead of this service's clock a token's {@code iat} may be. */
  static final Duration CLOCK_SKEW = Duration.ofSeconds(60);

  /** The length of the audit columns ({@code created_by varchar(200)}), in characters. */
  static final int MAX_USER_NAME = 200;

  private final Duration maxLifetime;

  TokenRules(Duration maxLifetime) {
    this.maxLifetime = maxLifetime;
  }

  /** Throws, saying which rule the verified token breaks. */
  void check(String token, JsonWebToken verified, Instant now) throws ParseException {
    Map<String, Object> claims = rawClaims(token);
    checkGroups(claims.get("groups"));
    checkTimes(claims.get("iat"), verified.getExpirationTime(), now);
    checkUserName(userName(verified));
  }

  /**
   * The name rows are stamped with: the token's preferred_username, else its upn, else its subject,
   * else the principal's name.
   */
  static String userName(JsonWebToken token) {
    for (String claim : new String[] {"preferred_username", "upn", "sub"}) {
      Object value = token.getClaim(claim);
      if (value != null && !value.toString().isBlank()) {
        return value.toString();
      }
    }
    return token.getName();
  }

  /**
   * An array of strings or nothing. The verifier splits a string at spaces, so {@code "reader
   * admin"} would grant admin: a claim of the wrong type is refused rather than read generously.
   */
  private static void checkGroups(Object groups) throws ParseException {
    if (groups == null) {
      return;
    }
    if (!(groups instanceof List<?> list) || !list.stream().allMatch(String.class::isInstance)) {
      throw new ParseException("the groups claim is not an array of strings");
    }
  }

  private void checkTimes(Object issuedAt, long expiresAt, Instant now) throws ParseException {
    Instant expiry = Instant.ofEpochSecond(expiresAt);
    Instant issued;
    if (issuedAt == null) {
      // The verifier requires iat (as MP-JWT does); were that relaxed, count the lifetime from
      // now, so the token must still expire within the maximum lifetime.
      issued = now;
    } else if (issuedAt instanceof Number seconds) {
      issued = Instant.ofEpochSecond(seconds.longValue());
      if (issued.isAfter(now.plus(CLOCK_SKEW))) {
        throw new ParseException(
            "the token is issued in the future (iat more than " + CLOCK_SKEW + " ahead)");
      }
    } else {
      throw new ParseException("the iat claim is not a number");
    }
    if (Duration.between(issued, expiry).compareTo(maxLifetime) > 0) {
      throw new ParseException(
          "the token's lifetime (exp - iat) exceeds chitieu.security.max-token-lifetime ("
              + maxLifetime
              + ")");
    }
  }

  private static void checkUserName(String name) throws ParseException {
    if (name == null) {
      return;
    }
    if (name.strip().toLowerCase(Locale.ROOT).equals(Stamped.SYSTEM)) {
      throw new ParseException("the user name is the one the service writes its own rows as");
    }
    if (name.codePointCount(0, name.length()) > MAX_USER_NAME) {
      throw new ParseException(
          "the user name is longer than " + MAX_USER_NAME + " characters (the audit columns)");
    }
  }

  /**
   * The payload as sent, before the verifier reshapes claims (it turns a string groups into a
   * list).
   */
  private static Map<String, Object> rawClaims(String token) throws ParseException {
    String[] parts = token.split("\\.", -1);
    if (parts.length != 3) {
      throw new ParseException("the token is not a signed JWT");
    }
    try {
      return JsonUtil.parseJson(
          new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8));
    } catch (JoseException | IllegalArgumentException e) {
      throw new ParseException("the token's payload is not a JSON object");
    }
  }
}

package vn.chitieu.security;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.JWTParser;
import io.smallrye.jwt.auth.principal.ParseException;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import jakarta.inject.Inject;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.SecretKey;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.chitieu.config.ChitieuConfig;

/**
 * Verifies each bearer token once, not on every request: the parser behind authentication.
 *
 * <p>Checking the RS256 signature and parsing the claims took a third of the service's CPU on a
 * simple read (docs/performance.md), while a client sends the same token, byte for byte, until it
 * expires. A token that passed verification is remembered by its exact text until its expiry, and
 * for at most {@link #MAX_AGE}, so a key the identity provider withdraws stops being honoured at
 * most that much later than without this cache. Tokens that fail are never remembered.
 *
 * <p>A token must also keep {@link TokenRules} (groups an array, no future iat, a bounded lifetime,
 * a user name that fits the audit columns and is not the service's own), checked before it is
 * remembered.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class VerifiedTokens implements JWTParser {

  /** How long a verified token is trusted without checking it again. */
  static final Duration MAX_AGE = Duration.ofMinutes(1);

  /** How many tokens are remembered; when full, expired ones go, and if none had, all go. */
  static final int MAX_TOKENS = 1_000;

  private record Verified(JsonWebToken token, Instant until) {}

  private final JWTParser verifier;
  private final Clock clock;
  private final TokenRules rules;
  private final Map<String, Verified> verified = new ConcurrentHashMap<>();

  @Inject
  VerifiedTokens(DefaultJWTParser verifier, Clock clock, ChitieuConfig config) {
    this((JWTParser) verifier, clock, config.security().maxTokenLifetime());
  }

  VerifiedTokens(JWTParser verifier, Clock clock, Duration maxLifetime) {
    this.verifier = verifier;
    this.clock = clock;
    this.rules = new TokenRules(maxLifetime);
  }

  @Override
  public JsonWebToken parse(String token) throws ParseException {
    Instant now = clock.instant();
    Verified known = verified.get(token);
    if (known != null && now.isBefore(known.until())) {
      return known.token();
    }
    JsonWebToken parsed = verifier.parse(token);
    // Against the system clock, as the verifier checks exp: a token's times are real ones, while
    // the injected clock is the service's calendar, which tests move (TestClock).
    rules.check(token, parsed, Instant.now());
    remember(token, parsed, now);
    return parsed;
  }

  private void remember(String token, JsonWebToken parsed, Instant now) {
    Instant until = now.plus(MAX_AGE);
    Instant expiry = Instant.ofEpochSecond(parsed.getExpirationTime());
    if (expiry.isBefore(until)) {
      until = expiry;
    }
    if (!now.isBefore(until)) {
      return;
    }
    if (verified.size() >= MAX_TOKENS) {
      verified.values().removeIf(entry -> !now.isBefore(entry.until()));
      if (verified.size() >= MAX_TOKENS) {
        verified.clear();
      }
    }
    verified.put(token, new Verified(parsed, until));
  }

  int size() {
    return verified.size();
  }

  // Used by nothing in this service; passed on unchanged.

  @Override
  public JsonWebToken parse(String token, JWTAuthContextInfo context) throws ParseException {
    return verifier.parse(token, context);
  }

  @Override
  public JsonWebToken verify(String token, PublicKey key) throws ParseException {
    return verifier.verify(token, key);
  }

  @Override
  public JsonWebToken verify(String token, SecretKey key) throws ParseException {
    return verifier.verify(token, key);
  }

  @Override
  public JsonWebToken verify(String token, String secret) throws ParseException {
    return verifier.verify(token, secret);
  }

  @Override
  public JsonWebToken decrypt(String token, PrivateKey key) throws ParseException {
    return verifier.decrypt(token, key);
  }

  @Override
  public JsonWebToken decrypt(String token, SecretKey key) throws ParseException {
    return verifier.decrypt(token, key);
  }

  @Override
  public JsonWebToken decrypt(String token, String secret) throws ParseException {
    return verifier.decrypt(token, secret);
  }

  @Override
  public JsonWebToken parseOnly(String token) throws ParseException {
    return verifier.parseOnly(token);
  }
}

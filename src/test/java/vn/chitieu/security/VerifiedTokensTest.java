package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.smallrye.jwt.auth.principal.DefaultJWTParser;
import io.smallrye.jwt.auth.principal.JWTAuthContextInfo;
import io.smallrye.jwt.auth.principal.ParseException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.junit.jupiter.api.Test;
import vn.chitieu.TestKeys;
import vn.chitieu.Tokens;

/** The cache of verified tokens, over the real verifier with the tests' key and a set clock. */
class VerifiedTokensTest {

  private final AtomicInteger verifications = new AtomicInteger();
  private Instant now = Instant.now();
  private final VerifiedTokens tokens =
      new VerifiedTokens(countingVerifier(), clock(), Duration.ofHours(12));

  @Test
  void shouldVerifyATokenOnceWhileItIsFresh() throws Exception {
    String token = Tokens.withRoles("ana", Roles.READER);

    JsonWebToken first = tokens.parse(token);
    now = now.plus(VerifiedTokens.MAX_AGE.minusSeconds(1));
    JsonWebToken second = tokens.parse(token);

    assertThat(second).isSameAs(first);
    assertThat(second.getName()).isEqualTo("ana");
    assertThat(verifications).hasValue(1);
  }

  @Test
  void shouldVerifyAgainAfterTheMaximumAge() throws Exception {
    String token = Tokens.withRoles("ana", Roles.READER);

    tokens.parse(token);
    now = now.plus(VerifiedTokens.MAX_AGE);
    tokens.parse(token);

    assertThat(verifications).hasValue(2);
  }

  @Test
  void shouldNotTrustATokenBeyondItsExpiry() throws Exception {
    String token = Tokens.validFor(Duration.ofSeconds(10), Roles.READER);

    tokens.parse(token);
    now = now.plusSeconds(5);
    tokens.parse(token);
    now = now.plusSeconds(6);
    tokens.parse(token);

    assertThat(verifications).hasValue(2);
  }

  @Test
  void shouldNeverRememberARefusedToken() {
    String forged = Tokens.signedByUnknownKey(Roles.ADMIN);

    assertThatThrownBy(() -> tokens.parse(forged)).isInstanceOf(ParseException.class);
    assertThatThrownBy(() -> tokens.parse(forged)).isInstanceOf(ParseException.class);

    assertThat(verifications).hasValue(2);
    assertThat(tokens.size()).isZero();
  }

  @Test
  void shouldNotAcceptATokenWhoseSignatureWasAlteredAfterAnotherWasRemembered() throws Exception {
    String token = Tokens.withRoles("ana", Roles.READER);
    tokens.parse(token);
    String altered = token.substring(0, token.length() - 4) + "AAAA";

    assertThatThrownBy(() -> tokens.parse(altered)).isInstanceOf(ParseException.class);
  }

  @Test
  void shouldRememberAtMostTheLimit() throws Exception {
    String token = Tokens.withRoles("ana", Roles.READER);
    for (int i = 0; i <= VerifiedTokens.MAX_TOKENS; i++) {
      tokens.parse(Tokens.withRoles("user" + i, Roles.READER));
    }
    assertThat(tokens.size()).isLessThanOrEqualTo(VerifiedTokens.MAX_TOKENS);

    tokens.parse(token);
    tokens.parse(token);
    assertThat(verifications).hasValue(VerifiedTokens.MAX_TOKENS + 2);
  }

  @Test
  void shouldRefuseATokenWithoutIatSoItsLifetimeIsAlwaysKnown() throws Exception {
    String withoutIat = signedWithoutIat(now.getEpochSecond() + 1800);

    assertThatThrownBy(() -> tokens.parse(withoutIat)).isInstanceOf(ParseException.class);
    assertThat(tokens.size()).isZero();
  }

  /** A token with exp but no iat, which the token builder always adds. */
  private static String signedWithoutIat(long exp) throws Exception {
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(Tokens.ISSUER);
    claims.setSubject("no-iat");
    claims.setClaim("preferred_username", "no-iat");
    claims.setStringListClaim("groups", Roles.READER);
    claims.setExpirationTime(NumericDate.fromSeconds(exp));
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    jws.setKey(TestKeys.trusted());
    return jws.getCompactSerialization();
  }

  private DefaultJWTParser countingVerifier() {
    JWTAuthContextInfo context =
        new JWTAuthContextInfo(TestKeys.publicKeyFile().toString(), Tokens.ISSUER);
    return new DefaultJWTParser(context) {
      @Override
      public JsonWebToken parse(String token) throws ParseException {
        verifications.incrementAndGet();
        return super.parse(token);
      }
    };
  }

  private Clock clock() {
    return new Clock() {
      @Override
      public Instant instant() {
        return now;
      }

      @Override
      public java.time.ZoneId getZone() {
        return ZoneOffset.UTC;
      }

      @Override
      public Clock withZone(java.time.ZoneId zone) {
        return this;
      }
    };
  }
}

package vn.chitieu.hostile;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.interfaces.RSAPublicKey;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import vn.chitieu.TestKeys;
import vn.chitieu.Tokens;

/**
 * Forged and odd bearer tokens, each built by hand (header, claims, signature) so that nothing a
 * JWT library refuses to write is left out. Every one must be refused with 401 — or 431 when the
 * token alone makes the headers too large.
 */
final class TokenForgeries {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  private TokenForgeries() {}

  /** The forgeries by name, in a fixed order. */
  static Map<String, String> all() throws Exception {
    PrivateKey trusted = TestKeys.trusted();
    PrivateKey foreign = TestKeys.unknown();
    PublicKey trustedPublic = TestKeys.trustedPublic();
    byte[] publicPem = java.nio.file.Files.readAllBytes(TestKeys.publicKeyFile());
    long now = System.currentTimeMillis() / 1000;
    Map<String, String> tokens = new LinkedHashMap<>();

    tokens.put("alg none", unsigned("none", c -> {}));
    tokens.put("alg None", unsigned("None", c -> {}));
    tokens.put("alg NONE with signature", unsigned("NONE", c -> {}) + "c2lnbmF0dXJl");
    tokens.put("HS256 keyed with the public key (PEM)", hmac(publicPem, c -> {}));
    tokens.put("HS256 keyed with the public key (DER)", hmac(trustedPublic.getEncoded(), c -> {}));
    tokens.put(
        "foreign key, foreign kid", rsa(foreign, h -> h.put("kid", "attacker-key"), c -> {}));
    tokens.put(
        "foreign key, jku",
        rsa(foreign, h -> h.put("jku", "https://evil.invalid/jwks.json"), c -> {}));
    tokens.put(
        "foreign key, x5u",
        rsa(foreign, h -> h.put("x5u", "https://evil.invalid/cert.pem"), c -> {}));
    tokens.put(
        "foreign key, embedded jwk",
        rsa(foreign, h -> h.set("jwk", jwk((RSAPublicKey) trustedPublic)), c -> {}));
    tokens.put("trusted key labelled RS512", rsaLabelled(trusted, "RS512"));
    tokens.put("unknown crit header", rsa(trusted, h -> h.putArray("crit").add("x-evil"), c -> {}));
    tokens.put(
        "expired", rsa(trusted, h -> {}, c -> c.put("iat", now - 7200).put("exp", now - 3600)));
    tokens.put("not yet valid (nbf)", rsa(trusted, h -> {}, c -> c.put("nbf", now + 3600)));
    tokens.put("iat a day ahead", rsa(trusted, h -> {}, c -> c.put("iat", now + 86_400)));
    tokens.put(
        "ten-year lifetime", rsa(trusted, h -> {}, c -> c.put("exp", now + 10L * 365 * 86_400)));
    tokens.put(
        "wrong issuer", rsa(trusted, h -> {}, c -> c.put("iss", "https://elsewhere.invalid")));
    tokens.put("no issuer", rsa(trusted, h -> {}, c -> c.remove("iss")));
    tokens.put("no exp", rsa(trusted, h -> {}, c -> c.remove("exp")));
    tokens.put("groups a string", rsa(trusted, h -> {}, c -> c.put("groups", "admin")));
    tokens.put(
        "groups a spaced string", rsa(trusted, h -> {}, c -> c.put("groups", "reader admin")));
    tokens.put("groups an object", rsa(trusted, h -> {}, c -> c.putObject("groups").put("a", 1)));
    tokens.put("groups of numbers", rsa(trusted, h -> {}, c -> c.putArray("groups").add(1).add(2)));
    tokens.put("exp a string", rsa(trusted, h -> {}, c -> c.put("exp", String.valueOf(now + 600))));
    tokens.put("iat a string", rsa(trusted, h -> {}, c -> c.put("iat", "yesterday")));
    tokens.put(
        "username system", rsa(trusted, h -> {}, c -> c.put("preferred_username", "system")));
    tokens.put(
        "username of 10,000 characters",
        rsa(trusted, h -> {}, c -> c.put("preferred_username", "u".repeat(10_000))));
    tokens.put(
        "oversized claims (40 kB)",
        rsa(trusted, h -> {}, c -> c.put("padding", "p".repeat(30_000))));
    tokens.put("signature stripped", stripSignature(rsa(trusted, h -> {}, c -> {})));
    tokens.put("signature flipped", flipSignature(rsa(trusted, h -> {}, c -> {})));
    tokens.put(
        "claims swapped under a valid signature", swapClaims(rsa(trusted, h -> {}, c -> {}), now));
    tokens.put("two parts", "eyJhbGciOiJSUzI1NiJ9.eyJzdWIiOiJ4In0");
    tokens.put("not base64", "!!!.@@@.###");
    tokens.put("empty parts", "..");
    tokens.put("header not JSON", B64.encodeToString("{".getBytes()) + ".e30.");
    return tokens;
  }

  private static ObjectNode header(String alg) {
    return JSON.createObjectNode().put("alg", alg).put("typ", "JWT");
  }

  private static ObjectNode claims() {
    long now = System.currentTimeMillis() / 1000;
    ObjectNode claims =
        JSON.createObjectNode()
            .put("iss", Tokens.ISSUER)
            .put("aud", Tokens.AUDIENCE)
            .put("sub", "sub-forger")
            .put("preferred_username", "forger")
            .put("iat", now)
            .put("exp", now + 1800)
            .put("jti", "forged");
    claims.putArray("groups").add("admin");
    return claims;
  }

  private static String encode(ObjectNode node) {
    return B64.encodeToString(node.toString().getBytes(StandardCharsets.UTF_8));
  }

  private static String unsigned(String alg, Consumer<ObjectNode> shape) {
    ObjectNode claims = claims();
    shape.accept(claims);
    return encode(header(alg)) + "." + encode(claims) + ".";
  }

  private static String hmac(byte[] secret, Consumer<ObjectNode> shape) throws Exception {
    ObjectNode claims = claims();
    shape.accept(claims);
    String input = encode(header("HS256")) + "." + encode(claims);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(secret, "HmacSHA256"));
    return input + "." + B64.encodeToString(mac.doFinal(input.getBytes(StandardCharsets.US_ASCII)));
  }

  private static String rsa(
      PrivateKey key, Consumer<ObjectNode> shapeHeader, Consumer<ObjectNode> shapeClaims)
      throws Exception {
    ObjectNode header = header("RS256");
    shapeHeader.accept(header);
    ObjectNode claims = claims();
    shapeClaims.accept(claims);
    String input = encode(header) + "." + encode(claims);
    return input + "." + B64.encodeToString(sign(key, input));
  }

  private static String rsaLabelled(PrivateKey key, String alg) throws Exception {
    String input = encode(header(alg)) + "." + encode(claims());
    return input + "." + B64.encodeToString(sign(key, input));
  }

  private static byte[] sign(PrivateKey key, String input) throws Exception {
    Signature signature = Signature.getInstance("SHA256withRSA");
    signature.initSign(key);
    signature.update(input.getBytes(StandardCharsets.US_ASCII));
    return signature.sign();
  }

  private static ObjectNode jwk(RSAPublicKey key) {
    return JSON.createObjectNode()
        .put("kty", "RSA")
        .put("e", B64.encodeToString(key.getPublicExponent().toByteArray()))
        .put("n", B64.encodeToString(key.getModulus().toByteArray()));
  }

  private static String stripSignature(String token) {
    return token.substring(0, token.lastIndexOf('.') + 1);
  }

  private static String flipSignature(String token) {
    char last = token.charAt(token.length() - 2);
    return token.substring(0, token.length() - 2)
        + (last == 'A' ? 'B' : 'A')
        + token.charAt(token.length() - 1);
  }

  /** The signature of one token on the claims of another: admin claims on a reader's signature. */
  private static String swapClaims(String token, long now) {
    String[] parts = token.split("\\.");
    ObjectNode claims = claims().put("preferred_username", "swapped").put("iat", now - 1);
    return parts[0] + "." + encode(claims) + "." + parts[2];
  }
}

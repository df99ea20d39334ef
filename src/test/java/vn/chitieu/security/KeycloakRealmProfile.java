package vn.chitieu.security;

import io.quarkus.test.junit.QuarkusTestProfile;
import java.util.Map;

/** The service configured for the realm of docs/keycloak, as the README's Security section says. */
public class KeycloakRealmProfile implements QuarkusTestProfile {

  static final String REALM_URL = "https://sso.example.gov.vn/realms/chitieu";

  @Override
  public Map<String, String> getConfigOverrides() {
    return Map.of(
        "mp.jwt.verify.issuer", REALM_URL,
        "chitieu.security.sign-in-realm", REALM_URL);
  }
}

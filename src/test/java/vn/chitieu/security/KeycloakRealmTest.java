package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The realm to start from (docs/keycloak): the service's roles, a client per kind of caller, and
 * the mappers that put in each access token what the service checks.
 */
class KeycloakRealmTest {

  private final KeycloakRealm realm = KeycloakRealm.load();

  @Test
  void shouldDefineTheServicesRoles() {
    assertThat(realm.name()).isEqualTo("chitieu");
    assertThat(realm.realmRoles()).containsExactlyInAnyOrderElementsOf(Roles.LADDER);
  }

  @Test
  void shouldNameTheServiceAsAClientThatSignsNobodyIn() {
    JsonNode service = realm.client("chitieu");
    assertThat(service.path("publicClient").asBoolean(true)).isFalse();
    for (String flow :
        new String[] {
          "standardFlowEnabled",
          "implicitFlowEnabled",
          "directAccessGrantsEnabled",
          "serviceAccountsEnabled"
        }) {
      assertThat(service.path(flow).asBoolean(true)).as(flow).isFalse();
    }
  }

  @Test
  void shouldGiveServerToServerCallersClientCredentialsOnly() {
    JsonNode client = realm.client(KeycloakRealm.CONFIDENTIAL_CLIENT);
    assertThat(client.path("publicClient").asBoolean(true)).isFalse();
    assertThat(client.path("clientAuthenticatorType").asText()).isEqualTo("client-secret");
    assertThat(client.path("serviceAccountsEnabled").asBoolean()).isTrue();
    assertThat(client.path("standardFlowEnabled").asBoolean(true)).isFalse();
    assertThat(client.path("implicitFlowEnabled").asBoolean(true)).isFalse();
    assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).isFalse();
    assertThat(client.has("secret")).as("Keycloak makes the secret; none is in git").isFalse();
    assertThat(realm.serviceAccountRoles(KeycloakRealm.CONFIDENTIAL_CLIENT))
        .containsExactly(Roles.READER);
  }

  @Test
  void shouldSignSwaggerUiUsersInWithAuthorizationCodeAndPkce() {
    JsonNode client = realm.client(KeycloakRealm.PUBLIC_CLIENT);
    assertThat(client.path("publicClient").asBoolean()).isTrue();
    assertThat(client.path("standardFlowEnabled").asBoolean()).isTrue();
    assertThat(client.path("implicitFlowEnabled").asBoolean(true)).isFalse();
    assertThat(client.path("directAccessGrantsEnabled").asBoolean(true)).isFalse();
    assertThat(client.path("attributes").path("pkce.code.challenge.method").asText())
        .isEqualTo("S256");
    assertThat(client.path("redirectUris").get(0).asText())
        .endsWith("/q/swagger-ui/oauth2-redirect.html");
  }

  @Test
  void shouldPutTheAudienceAndTheRolesWhereTheServiceReadsThem() throws IOException {
    String groupsClaim = applicationProperties().getProperty("smallrye.jwt.path.groups");
    assertThat(groupsClaim).isEqualTo("groups");
    for (String clientId :
        new String[] {KeycloakRealm.CONFIDENTIAL_CLIENT, KeycloakRealm.PUBLIC_CLIENT}) {
      JsonNode audience = realm.mapper(clientId, "oidc-audience-mapper").path("config");
      assertThat(audience.path("included.client.audience").asText()).isEqualTo("chitieu");
      assertThat(audience.path("access.token.claim").asText()).isEqualTo("true");

      JsonNode roles = realm.mapper(clientId, "oidc-usermodel-realm-role-mapper").path("config");
      assertThat(roles.path("claim.name").asText()).isEqualTo(groupsClaim);
      assertThat(roles.path("multivalued").asText()).isEqualTo("true");
      assertThat(roles.path("access.token.claim").asText()).isEqualTo("true");
    }
  }

  @Test
  void shouldImportTheSameRealmThroughTheOperator() throws IOException {
    JsonNode resource =
        new ObjectMapper(new YAMLFactory()).readTree(KeycloakRealm.OPERATOR_IMPORT.toFile());
    assertThat(resource.path("apiVersion").asText()).isEqualTo("k8s.keycloak.org/v2alpha1");
    assertThat(resource.path("kind").asText()).isEqualTo("KeycloakRealmImport");
    assertThat(resource.path("spec").path("realm")).isEqualTo(realm.json());
  }

  private static Properties applicationProperties() throws IOException {
    Properties properties = new Properties();
    try (var in = Files.newInputStream(Path.of("src/main/resources/application.properties"))) {
      properties.load(in);
    }
    return properties;
  }
}

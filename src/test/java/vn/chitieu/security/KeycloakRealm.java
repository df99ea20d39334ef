package vn.chitieu.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

/** The realm export of docs/keycloak, read as Keycloak would import it. */
public record KeycloakRealm(JsonNode json) {

  static final Path EXPORT = Path.of("docs/keycloak/chitieu-realm.json");
  static final Path OPERATOR_IMPORT = Path.of("docs/keycloak/realm-import.yaml");

  /** The server-to-server caller (client credentials). */
  static final String CONFIDENTIAL_CLIENT = "chitieu-integration";

  /** Swagger UI's (authorization code with PKCE). */
  public static final String PUBLIC_CLIENT = "chitieu-swagger-ui";

  static KeycloakRealm load() {
    try {
      return new KeycloakRealm(new ObjectMapper().readTree(EXPORT.toFile()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String name() {
    return json.path("realm").asText();
  }

  List<String> realmRoles() {
    return names(json.path("roles").path("realm"), "name");
  }

  JsonNode client(String clientId) {
    return find(json.path("clients"), "clientId", clientId);
  }

  /** The client's mapper of this Keycloak type (oidc-audience-mapper, …). */
  JsonNode mapper(String clientId, String type) {
    return find(client(clientId).path("protocolMappers"), "protocolMapper", type);
  }

  /** The realm roles of the client's service account. */
  List<String> serviceAccountRoles(String clientId) {
    JsonNode user = find(json.path("users"), "serviceAccountClientId", clientId);
    return StreamSupport.stream(user.path("realmRoles").spliterator(), false)
        .map(JsonNode::asText)
        .toList();
  }

  private static JsonNode find(JsonNode array, String field, String value) {
    for (JsonNode element : array) {
      if (value.equals(element.path(field).asText())) {
        return element;
      }
    }
    throw new AssertionError("no element with " + field + " = " + value + " in " + array);
  }

  private static List<String> names(JsonNode array, String field) {
    List<String> names = new ArrayList<>();
    array.forEach(element -> names.add(element.path(field).asText()));
    return names;
  }
}

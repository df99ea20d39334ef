package vn.chitieu.system;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import io.smallrye.config.SmallRyeConfig;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.models.security.SecurityScheme;
import vn.chitieu.config.ChitieuConfig;

/**
 * Where {@code chitieu.security.sign-in-realm} names a realm, the served document offers signing in
 * there (OpenID Connect) besides a pasted bearer token, so that Swagger UI's Authorize can sign a
 * person in with authorization code and PKCE. At start-up, as the realm is a deployment's: the
 * committed contract, made without it, stays the same.
 */
@OpenApiFilter(stages = OpenApiFilter.RunStage.RUNTIME_STARTUP)
public class SignInFilter implements OASFilter {

  /** The security scheme's name in the document. */
  static final String SCHEME = "signIn";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    ConfigProvider.getConfig()
        .unwrap(SmallRyeConfig.class)
        .getConfigMapping(ChitieuConfig.class)
        .security()
        .signInRealm()
        .ifPresent(realm -> offer(openAPI, realm.replaceAll("/+$", "")));
  }

  private static void offer(OpenAPI openAPI, String realm) {
    openAPI
        .getComponents()
        .addSecurityScheme(
            SCHEME,
            OASFactory.createSecurityScheme()
                .type(SecurityScheme.Type.OPENIDCONNECT)
                .openIdConnectUrl(realm + "/.well-known/openid-configuration")
                .description(
                    "Sign in at the province's identity provider (authorization code with PKCE),"
                        + " for Swagger UI; other callers send its access token as bearerAuth"));
    SecurityRequirement signIn = OASFactory.createSecurityRequirement().addScheme(SCHEME);
    openAPI
        .getPaths()
        .getPathItems()
        .values()
        .forEach(
            path ->
                path.getOperations().values().stream()
                    .filter(operation -> operation.getSecurity() != null)
                    .forEach(operation -> operation.addSecurityRequirement(signIn)));
  }
}

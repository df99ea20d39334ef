package vn.chitieu.security;

import io.quarkus.security.identity.AuthenticationRequestContext;
import io.quarkus.security.identity.SecurityIdentity;
import io.quarkus.security.identity.SecurityIdentityAugmentor;
import io.quarkus.security.runtime.QuarkusSecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;
import vn.chitieu.config.ChitieuConfig;

/**
 * Gives each caller the roles implied by those in its token, and the reader role to anonymous
 * callers where {@code chitieu.security.anonymous-read} is on.
 */
@ApplicationScoped
class RoleLadderAugmentor implements SecurityIdentityAugmentor {

  private final boolean anonymousRead;

  RoleLadderAugmentor(ChitieuConfig config) {
    this.anonymousRead = config.security().anonymousRead();
  }

  @Override
  public Uni<SecurityIdentity> augment(
      SecurityIdentity identity, AuthenticationRequestContext context) {
    Set<String> roles =
        identity.isAnonymous()
            ? (anonymousRead ? Set.of(Roles.READER) : Set.of())
            : Roles.withImplied(identity.getRoles());
    if (identity.getRoles().containsAll(roles)) {
      return Uni.createFrom().item(identity);
    }
    return Uni.createFrom().item(QuarkusSecurityIdentity.builder(identity).addRoles(roles).build());
  }
}

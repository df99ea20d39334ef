package vn.chitieu.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.chitieu.common.Audited;

/** Stamps rows with who changed them and when; the caller never sets these. */
@ApplicationScoped
public class Auditor {

  private final Instance<SecurityIdentity> identity;
  private final Clock clock;

  Auditor(Instance<SecurityIdentity> identity, Clock clock) {
    this.identity = identity;
    this.clock = clock;
  }

  public void created(Audited row) {
    row.createdBy = currentUser();
    row.createdAt = now();
    row.updatedBy = row.createdBy;
    row.updatedAt = row.createdAt;
  }

  public void updated(Audited row) {
    row.updatedBy = currentUser();
    row.updatedAt = now();
  }

  /**
   * The token's preferred_username, else its upn, else its subject. Without a caller (start-up work
   * such as the demo data; anonymous callers can only read) it is the system.
   */
  String currentUser() {
    if (!Arc.container().requestContext().isActive()) {
      return Audited.SYSTEM;
    }
    SecurityIdentity caller = identity.get();
    if (caller.isAnonymous()) {
      return Audited.SYSTEM;
    }
    if (caller.getPrincipal() instanceof JsonWebToken token) {
      for (String claim : new String[] {"preferred_username", "upn", "sub"}) {
        Object value = token.getClaim(claim);
        if (value != null && !value.toString().isBlank()) {
          return value.toString();
        }
      }
    }
    return caller.getPrincipal().getName();
  }

  /** To the microsecond, as PostgreSQL keeps it, so that a response equals what is read later. */
  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }
}

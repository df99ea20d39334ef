package vn.chitieu.security;

import io.quarkus.arc.Arc;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.eclipse.microprofile.jwt.JsonWebToken;
import vn.chitieu.common.Stamped;

/** Stamps rows with who changed them and when; the caller never sets these. */
@ApplicationScoped
public class Auditor {

  private final Instance<SecurityIdentity> identity;
  private final Clock clock;
  private final TransactionSynchronizationRegistry transaction;

  Auditor(
      Instance<SecurityIdentity> identity,
      Clock clock,
      TransactionSynchronizationRegistry transaction) {
    this.identity = identity;
    this.clock = clock;
    this.transaction = transaction;
  }

  public void created(Stamped row) {
    row.createdBy = currentUser();
    row.createdAt = now();
    row.updatedBy = row.createdBy;
    row.updatedAt = row.createdAt;
  }

  public void updated(Stamped row) {
    row.updatedBy = currentUser();
    row.updatedAt = now();
  }

  /**
   * The token's preferred_username, else its upn, else its subject. Without a caller (start-up work
   * such as the demo data; anonymous callers can only read) it is the system.
   */
  public String currentUser() {
    if (!Arc.container().requestContext().isActive()) {
      return Stamped.SYSTEM;
    }
    SecurityIdentity caller = identity.get();
    if (caller.isAnonymous()) {
      return Stamped.SYSTEM;
    }
    if (caller.getPrincipal() instanceof JsonWebToken token) {
      return TokenRules.userName(token);
    }
    return caller.getPrincipal().getName();
  }

  /**
   * The instant of the current write: the same for every row a transaction stamps and for the
   * revision that records it, so that as of that instant the whole write is seen. To the
   * microsecond, as PostgreSQL keeps it, so that a response equals what is read later.
   */
  public Instant now() {
    if (transaction.getTransactionKey() == null) {
      return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }
    Instant now = (Instant) transaction.getResource(Auditor.class);
    if (now == null) {
      now = clock.instant().truncatedTo(ChronoUnit.MICROS);
      transaction.putResource(Auditor.class, now);
    }
    return now;
  }
}

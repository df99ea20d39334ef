package vn.chitieu.common;

import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import org.hibernate.envers.Audited;

/**
 * A row that records who created it and who last changed it, and when, and counts its changes: the
 * version its ETag shows and every update and delete checks. History keeps each of its versions.
 */
@MappedSuperclass
@Audited
public abstract class Stamped {

  /** Who the service itself writes as, such as the demo data. */
  public static final String SYSTEM = "system";

  /** How responses describe the audit columns. */
  public static final String CREATED_BY = "Who created it (set by the server)";

  public static final String CREATED_AT = "When it was created (set by the server)";
  public static final String UPDATED_BY = "Who last changed it (set by the server)";
  public static final String UPDATED_AT = "When it last changed (set by the server)";

  public static final String VERSION =
      "The version of this resource, counting its changes; its ETag is this number in quotes,"
          + " which a change sends back in If-Match";

  public String createdBy;
  public Instant createdAt;
  public String updatedBy;
  public Instant updatedAt;

  /** 0 when created, one more on every change; an update of a stale version fails. */
  @Version public long version;
}

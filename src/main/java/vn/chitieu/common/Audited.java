package vn.chitieu.common;

import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** A row that records who created it and who last changed it, and when. */
@MappedSuperclass
public abstract class Audited {

  /** Who the service itself writes as, such as the demo data. */
  public static final String SYSTEM = "system";

  /** How responses describe the audit columns. */
  public static final String CREATED_BY = "Who created it (set by the server)";

  public static final String CREATED_AT = "When it was created (set by the server)";
  public static final String UPDATED_BY = "Who last changed it (set by the server)";
  public static final String UPDATED_AT = "When it last changed (set by the server)";

  public String createdBy;
  public Instant createdAt;
  public String updatedBy;
  public Instant updatedAt;
}

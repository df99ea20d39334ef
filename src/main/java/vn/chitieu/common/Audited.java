package vn.chitieu.common;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/** A row that records who created it and who last changed it, and when. */
@MappedSuperclass
public abstract class Audited {

  @Column(name = "created_by")
  public String createdBy;

  @Column(name = "created_at")
  public Instant createdAt;

  @Column(name = "updated_by")
  public String updatedBy;

  @Column(name = "updated_at")
  public Instant updatedAt;
}

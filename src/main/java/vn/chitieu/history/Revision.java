package vn.chitieu.history;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.envers.RevisionEntity;
import org.hibernate.envers.RevisionNumber;
import org.hibernate.envers.RevisionTimestamp;

/** One write transaction as history keeps it: when, by whom and, where given, why. */
@Entity
@Table(name = "revision")
@RevisionEntity(RevisionStamp.class)
public class Revision {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  @RevisionNumber
  public long id;

  /** The instant the write's rows are stamped with, so that as of it the write is seen. */
  @RevisionTimestamp public Instant changedAt;

  public String changedBy;

  public String reason;

  /** How the write came: null for a single request or batch, {@code import <id>} for an import. */
  public String source;
}

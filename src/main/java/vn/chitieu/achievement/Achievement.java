package vn.chitieu.achievement;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import org.hibernate.envers.Audited;
import vn.chitieu.figure.Figure;

/** The value reported for an indicator in a period and area. */
@Entity
@Audited
@Table(name = "achievement")
public class Achievement extends Figure {

  @Enumerated(EnumType.STRING)
  public Status status;

  public LocalDate reportedOn;

  public String source;
}

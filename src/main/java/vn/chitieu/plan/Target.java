package vn.chitieu.plan;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import vn.chitieu.figure.Figure;

/** The value planned for an indicator in a period and area. */
@Entity
@Audited
@Table(name = "target")
public class Target extends Figure {

  @Enumerated(EnumType.STRING)
  public Operator operator;

  public String baselinePeriod;

  public BigDecimal baselineValue;

  /** The plan or resolution that set the target. */
  public String basis;
}

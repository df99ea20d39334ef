package vn.chitieu.indicator;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import org.hibernate.envers.Audited;
import vn.chitieu.common.Stamped;

/** A socio-economic indicator of the catalogue, identified by its immutable code. */
@Entity
@Audited
@Table(name = "indicator")
public class Indicator extends Stamped {

  @Id public String code;

  public String nameVi;

  public String nameEn;

  public String description;
  public String sector;

  @Enumerated(EnumType.STRING)
  public Measure measure;

  public String unit;
  public int decimals;

  @Enumerated(EnumType.STRING)
  public Polarity polarity;

  public BigDecimal minValue;

  public BigDecimal maxValue;

  @Enumerated(EnumType.STRING)
  public Frequency frequency;

  @Enumerated(EnumType.STRING)
  public Aggregation aggregation;

  public boolean active;

  /** Code and names folded for accent-insensitive search; kept in step by the mapper. */
  public String searchText;
}

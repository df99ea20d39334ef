package vn.chitieu.indicator;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import vn.chitieu.common.Audited;

/** A socio-economic indicator of the catalogue, identified by its immutable code. */
@Entity
@Table(name = "indicator")
public class Indicator extends Audited {

  @Id public String code;

  @Column(name = "name_vi")
  public String nameVi;

  @Column(name = "name_en")
  public String nameEn;

  public String description;
  public String sector;

  @Enumerated(EnumType.STRING)
  public Measure measure;

  public String unit;
  public int decimals;

  @Enumerated(EnumType.STRING)
  public Polarity polarity;

  @Column(name = "min_value")
  public BigDecimal minValue;

  @Column(name = "max_value")
  public BigDecimal maxValue;

  @Enumerated(EnumType.STRING)
  public Frequency frequency;

  public boolean active;

  /** Code and names folded for accent-insensitive search; kept in step by the mapper. */
  @Column(name = "search_text")
  public String searchText;
}

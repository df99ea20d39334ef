package vn.chitieu.figure;

import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.MappedSuperclass;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.UUID;
import org.hibernate.envers.Audited;
import vn.chitieu.common.Period;
import vn.chitieu.common.Stamped;
import vn.chitieu.indicator.Indicator;

/** A value of an indicator for one period and area; targets and achievements are figures. */
@MappedSuperclass
@Audited
public abstract class Figure extends Stamped {

  @Id public UUID id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "indicator_code")
  public Indicator indicator;

  /** The period as written; its dates are kept beside it for ranges and ordering. */
  public String period;

  public LocalDate periodStart;

  public LocalDate periodEnd;

  public String area;
  public BigDecimal value;
  public String note;

  /** The one order of every figure list: by period, then indicator, then area. */
  public static final Comparator<Figure> ORDER =
      Comparator.<Figure, LocalDate>comparing(figure -> figure.periodStart)
          .thenComparing(figure -> figure.periodEnd)
          .thenComparing(figure -> figure.indicator.code)
          .thenComparing(figure -> figure.area);

  public void placeIn(Period period) {
    this.period = period.toString();
    this.periodStart = period.start();
    this.periodEnd = period.end();
  }
}

package vn.chitieu.lock;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import org.hibernate.envers.Audited;
import vn.chitieu.common.Period;
import vn.chitieu.common.Stamped;

/**
 * A period closed in an area: no target or achievement lying within it may change. History keeps
 * its creation and deletion.
 */
@Entity
@Audited
@Table(name = "period_lock")
public class PeriodLock extends Stamped {

  @Id public UUID id;

  /** The period as written; its dates are kept beside it for containment and ordering. */
  public String period;

  public LocalDate periodStart;

  public LocalDate periodEnd;

  public String area;

  /** Why the period was locked, such as the publication of the year's figures. */
  public String note;

  public void placeIn(Period period) {
    this.period = period.toString();
    this.periodStart = period.start();
    this.periodEnd = period.end();
  }

  /**
   * Whether a period lies wholly within the locked one: a lock on 2020 covers 2020, 2020-S1,
   * 2020-Q1 and 2020-07; a lock on 2021-2025 covers every period from 2021 to 2025; a lock on 2021
   * does not cover the plan period 2021-2025, nor does a lock on 2020-Q1 cover 2020.
   */
  public boolean covers(Period other) {
    return !other.start().isBefore(periodStart) && !other.end().isAfter(periodEnd);
  }
}

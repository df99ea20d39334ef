package vn.chitieu.area;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * One administrative unit: a GSO code for a window of days. The same code may name another unit in
 * another window, so a unit is its code and its {@code validFrom}; null ends are open.
 */
@Entity
@Table(name = "area")
public class Area extends PanacheEntityBase {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  public Long id;

  public String code;

  /** The Vietnamese name as the statistics office writes it, such as "Phường Hà Tu". */
  public String name;

  public String searchText;

  /** tỉnh, thành phố, huyện, quận, thị xã, xã, phường, thị trấn, đặc khu. */
  public String kind;

  /** The code of the unit one tier up, during this unit's window; null for a province. */
  public String parent;

  public LocalDate validFrom;

  public LocalDate validTo;

  public String legalBasis;

  /** Whether the unit existed on any day from {@code start} to {@code end}, both included. */
  public boolean overlaps(LocalDate start, LocalDate end) {
    return (validFrom == null || !validFrom.isAfter(end))
        && (validTo == null || !validTo.isBefore(start));
  }

  public boolean validOn(LocalDate day) {
    return overlaps(day, day);
  }

  /** The window in words, for messages: "until 2025-06-30", "from 2025-07-01". */
  public String window() {
    if (validFrom == null && validTo == null) {
      return "with no recorded start or end";
    }
    if (validFrom == null) {
      return "until " + validTo;
    }
    return validTo == null ? "from " + validFrom : "from " + validFrom + " to " + validTo;
  }
}

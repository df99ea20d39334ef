package vn.chitieu.indicator;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.hibernate.envers.query.AuditEntity;
import vn.chitieu.common.Text;
import vn.chitieu.history.History;

/** Indicators by code, and the filtered catalogue. */
@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

  private final History history;

  IndicatorRepository(History history) {
    this.history = history;
  }

  PanacheQuery<Indicator> search(String sector, Boolean active, String q, Instant updatedAfter) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (sector != null) {
      where.add("sector = :sector");
      params.put("sector", sector);
    }
    if (active != null) {
      where.add("active = :active");
      params.put("active", active);
    }
    String folded = Text.fold(q);
    if (!folded.isEmpty()) {
      where.add("searchText like :q");
      params.put("q", "%" + folded + "%");
    }
    if (updatedAfter != null) {
      where.add("updatedAt > :updatedAfter");
      params.put("updatedAfter", updatedAfter);
    }
    String query =
        where.isEmpty() ? "from Indicator" : "from Indicator where " + String.join(" and ", where);
    return find(query, Sort.by("code"), params);
  }

  /** The indicators the filters select as the service held them at an instant, by code. */
  List<Indicator> listAsOf(
      String sector, Boolean active, String q, Instant updatedAfter, Instant asOf) {
    String folded = Text.fold(q);
    return history
        .list(
            Indicator.class,
            asOf,
            audit -> {
              if (sector != null) {
                audit.add(AuditEntity.property("sector").eq(sector));
              }
              if (active != null) {
                audit.add(AuditEntity.property("active").eq(active));
              }
              if (!folded.isEmpty()) {
                audit.add(AuditEntity.property("searchText").like("%" + folded + "%"));
              }
              if (updatedAfter != null) {
                audit.add(AuditEntity.property("updatedAt").gt(updatedAfter));
              }
            })
        .stream()
        .sorted(Comparator.comparing(indicator -> indicator.code))
        .toList();
  }

  /**
   * The indicators these codes name, by code, read in one statement; unknown codes are absent. The
   * codes go as one array, so that the statement is the same for any number of them and Hibernate
   * translates it once (an {@code in} list is translated again for each call).
   */
  @SuppressWarnings("unchecked")
  public Map<String, Indicator> findByCodes(Collection<String> codes) {
    List<Indicator> found =
        getEntityManager()
            .createNativeQuery(
                "select * from indicator where code = any(cast(:codes as text[]))", Indicator.class)
            .setParameter("codes", Set.copyOf(codes).toArray(String[]::new))
            .getResultList();
    return found.stream()
        .collect(Collectors.toMap(indicator -> indicator.code, indicator -> indicator));
  }

  /** Whether any target or achievement refers to the indicator. */
  boolean hasFigures(String code) {
    Object found =
        getEntityManager()
            .createNativeQuery(
                "select exists (select 1 from target where indicator_code = :code)"
                    + " or exists (select 1 from achievement where indicator_code = :code)")
            .setParameter("code", code)
            .getSingleResult();
    return Boolean.TRUE.equals(found);
  }
}

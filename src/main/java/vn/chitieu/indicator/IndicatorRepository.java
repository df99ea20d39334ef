package vn.chitieu.indicator;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import vn.chitieu.common.Text;

/** Indicators by code, and the filtered catalogue. */
@ApplicationScoped
public class IndicatorRepository implements PanacheRepositoryBase<Indicator, String> {

  PanacheQuery<Indicator> search(String sector, Boolean active, String q) {
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
    String query =
        where.isEmpty() ? "from Indicator" : "from Indicator where " + String.join(" and ", where);
    return find(query, Sort.by("code"), params);
  }

  /** The indicators these codes name, by code, read in one statement; unknown codes are absent. */
  public Map<String, Indicator> findByCodes(Collection<String> codes) {
    return list("code in ?1", Set.copyOf(codes)).stream()
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

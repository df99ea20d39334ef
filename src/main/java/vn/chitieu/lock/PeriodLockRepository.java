package vn.chitieu.lock;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import vn.chitieu.common.Period;

/** Locks by id, by period and area, and by the areas a write touches. */
@ApplicationScoped
public class PeriodLockRepository implements PanacheRepositoryBase<PeriodLock, UUID> {

  /** The order of every list of locks: by period (start, then end), then area. */
  private static final Sort ORDER = Sort.by("periodStart").and("periodEnd").and("area");

  PanacheQuery<PeriodLock> search(Period period, String area) {
    List<String> where = new ArrayList<>();
    Map<String, Object> params = new HashMap<>();
    if (period != null) {
      where.add("period = :period");
      params.put("period", period.toString());
    }
    if (area != null) {
      where.add("area = :area");
      params.put("area", area);
    }
    String query =
        where.isEmpty()
            ? "from PeriodLock"
            : "from PeriodLock where " + String.join(" and ", where);
    return find(query, ORDER, params);
  }

  Optional<PeriodLock> findByPeriodAndArea(String period, String area) {
    return find("period = ?1 and area = ?2", period, area).firstResultOptional();
  }

  /**
   * The locks of these areas, ordered by period then area, read in one statement; the areas go as
   * one array, so that Hibernate translates the statement once for any number of them.
   */
  @SuppressWarnings("unchecked")
  List<PeriodLock> findByAreas(Collection<String> areas) {
    if (areas.isEmpty()) {
      return List.of();
    }
    return getEntityManager()
        .createNativeQuery(
            "select * from period_lock where area = any(cast(:areas as text[]))"
                + " order by period_start, period_end, area",
            PeriodLock.class)
        .setParameter("areas", Set.copyOf(areas).toArray(String[]::new))
        .getResultList();
  }
}

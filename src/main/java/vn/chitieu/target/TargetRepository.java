package vn.chitieu.target;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.chitieu.figure.FigureFilter;

/** Targets by id, by their natural key, and filtered lists ordered by period. */
@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, UUID> {

  PanacheQuery<Target> search(FigureFilter filter) {
    Parameters params = new Parameters();
    String where = filter.where(params);
    return find(
        "from Target f where "
            + where
            + " order by f.periodStart, f.periodEnd, f.indicator.code, f.area",
        params);
  }

  Optional<Target> findByKey(String indicator, String period, String area) {
    return find("indicator.code = ?1 and period = ?2 and area = ?3", indicator, period, area)
        .firstResultOptional();
  }

  /** The figures a filter selects, with their indicators, in one query. */
  public List<Target> listWithIndicators(FigureFilter filter) {
    Parameters params = new Parameters();
    String where = filter.where(params);
    return find("from Target f join fetch f.indicator where " + where, params).list();
  }
}

package vn.chitieu.plan;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.chitieu.figure.FigureFilter;
import vn.chitieu.figure.IndicatorFacts;

/** Targets by id, by their natural key, and filtered lists ordered by period. */
@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, UUID> {

  PanacheQuery<Target> search(FigureFilter filter) {
    Parameters params = new Parameters();
    String where = filter.where(params);
    return find("from Target f where " + where + FigureFilter.ORDER_BY, params);
  }

  Optional<Target> findByKey(String indicator, String period, String area) {
    return find("indicator.code = ?1 and period = ?2 and area = ?3", indicator, period, area)
        .firstResultOptional();
  }

  /** The targets a filter selects, with their indicators' facts, in one read-only query. */
  public List<TargetFigure> listFigures(FigureFilter filter) {
    Parameters params = new Parameters();
    String where = filter.where(params);
    TypedQuery<TargetFigure> query =
        getEntityManager()
            .createQuery(
                "select new vn.chitieu.plan.TargetFigure("
                    + IndicatorFacts.SELECT
                    + ", f.period, f.area, f.value, f.operator) from Target f join f.indicator i where "
                    + where,
                TargetFigure.class);
    params.map().forEach(query::setParameter);
    return query.getResultList();
  }
}

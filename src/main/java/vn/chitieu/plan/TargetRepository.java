package vn.chitieu.plan;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.UUID;
import vn.chitieu.figure.FigureFacts;
import vn.chitieu.figure.FigureHql;
import vn.chitieu.figure.FigureQuery;

/** Targets by id, and the targets a query selects, ordered by period. */
@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, UUID> {

  PanacheQuery<Target> search(FigureQuery query) {
    FigureHql hql = FigureHql.of(query);
    return find(hql.list("Target"), hql.parameters());
  }

  /** The targets a query selects, with their indicators' facts, in one read-only query. */
  public List<TargetFigure> listFigures(FigureQuery query) {
    return FigureHql.of(query)
        .select(getEntityManager(), "Target", "f.operator as operator")
        .stream()
        .map(row -> new TargetFigure(FigureFacts.of(row), row.get("operator", Operator.class)))
        .toList();
  }
}

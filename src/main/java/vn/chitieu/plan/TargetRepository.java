package vn.chitieu.plan;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.chitieu.figure.FigureAsOf;
import vn.chitieu.figure.FigureFacts;
import vn.chitieu.figure.FigureHql;
import vn.chitieu.figure.FigureQuery;
import vn.chitieu.history.History;

/** Targets by id, and the targets a query selects, ordered by period, now or at an instant. */
@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, UUID> {

  private final History history;

  TargetRepository(History history) {
    this.history = history;
  }

  PanacheQuery<Target> search(FigureQuery query) {
    FigureHql hql = FigureHql.of(query);
    return find(hql.list("Target"), hql.parameters());
  }

  /** The targets a query selects as the service held them at an instant, ordered. */
  List<Target> listAsOf(FigureQuery query, Instant asOf) {
    return FigureAsOf.ordered(
        history.list(Target.class, asOf, audit -> FigureAsOf.narrow(audit, query)));
  }

  /**
   * The targets a query selects, with their indicators' facts: now in one read-only query, or as
   * held at an instant.
   */
  public List<TargetFigure> listFigures(FigureQuery query, Instant asOf) {
    if (asOf == null) {
      return FigureHql.of(query)
          .select(getEntityManager(), "Target", "f.operator as operator")
          .stream()
          .map(row -> new TargetFigure(FigureFacts.of(row), row.get("operator", Operator.class)))
          .toList();
    }
    return listAsOf(query, asOf).stream()
        .map(target -> new TargetFigure(FigureFacts.of(target), target.operator))
        .toList();
  }
}

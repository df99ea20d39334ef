package vn.chitieu.plan;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import vn.chitieu.figure.FigureFacts;
import vn.chitieu.figure.FigureHql;
import vn.chitieu.figure.FigureQuery;
import vn.chitieu.figure.FiguresAsOf;

/** Targets by id, and the targets a query selects, ordered by period, now or at an instant. */
@ApplicationScoped
public class TargetRepository implements PanacheRepositoryBase<Target, UUID> {

  private final FiguresAsOf asOf;

  TargetRepository(FiguresAsOf asOf) {
    this.asOf = asOf;
  }

  PanacheQuery<Target> search(FigureQuery query) {
    FigureHql hql = FigureHql.of(query);
    return find(hql.list("Target"), hql.parameters());
  }

  /** Hands every target a query selects, in order, to the action, read as a stream. */
  void forEach(FigureQuery query, FigureHql.FigureAction<Target> action) throws IOException {
    FigureHql.of(query).forEach(getEntityManager(), Target.class, action);
  }

  /** The targets a query selects as the service held them at an instant, ordered. */
  List<Target> listAsOf(FigureQuery query, Instant instant) {
    return held(query, instant).stream().map(FiguresAsOf.Held::figure).toList();
  }

  private List<FiguresAsOf.Held<Target>> held(FigureQuery query, Instant instant) {
    return asOf.list(Target.class, query, instant, audit -> {});
  }

  /**
   * The targets a query selects, with their indicators' facts: now in one read-only query, or as
   * held at an instant.
   */
  public List<TargetFigure> listFigures(FigureQuery query, Instant instant) {
    if (instant == null) {
      return FigureHql.of(query)
          .select(
              getEntityManager(),
              "Target",
              "f.operator as operator, f.baselinePeriod as baselinePeriod,"
                  + " f.baselineValue as baselineValue")
          .stream()
          .map(
              row ->
                  new TargetFigure(
                      FigureFacts.of(row),
                      row.get("operator", Operator.class),
                      TargetFigure.baseline(
                          row.get("baselinePeriod", String.class),
                          row.get("baselineValue", BigDecimal.class))))
          .toList();
    }
    return held(query, instant).stream()
        .map(
            held ->
                new TargetFigure(
                    held.facts(),
                    held.figure().operator,
                    TargetFigure.baseline(
                        held.figure().baselinePeriod, held.figure().baselineValue)))
        .toList();
  }
}

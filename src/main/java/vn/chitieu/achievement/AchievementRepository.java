package vn.chitieu.achievement;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.hibernate.envers.query.AuditEntity;
import vn.chitieu.figure.FigureFacts;
import vn.chitieu.figure.FigureHql;
import vn.chitieu.figure.FigureQuery;
import vn.chitieu.figure.FiguresAsOf;

/** Achievements by id, and the achievements a query selects, ordered by period. */
@ApplicationScoped
public class AchievementRepository implements PanacheRepositoryBase<Achievement, UUID> {

  private final FiguresAsOf asOf;

  AchievementRepository(FiguresAsOf asOf) {
    this.asOf = asOf;
  }

  PanacheQuery<Achievement> search(FigureQuery query, Status status) {
    FigureHql hql = FigureHql.of(query).and("f.status = :status", "status", status);
    return find(hql.list("Achievement"), hql.parameters());
  }

  /** Hands every achievement a query selects, in order, to the action, read as a stream. */
  void forEach(FigureQuery query, Status status, FigureHql.FigureAction<Achievement> action)
      throws IOException {
    FigureHql.of(query)
        .and("f.status = :status", "status", status)
        .forEach(getEntityManager(), Achievement.class, action);
  }

  /** The achievements a query selects as the service held them at an instant, ordered. */
  List<Achievement> listAsOf(FigureQuery query, Status status, Instant instant) {
    return held(query, status, instant).stream().map(FiguresAsOf.Held::figure).toList();
  }

  private List<FiguresAsOf.Held<Achievement>> held(
      FigureQuery query, Status status, Instant instant) {
    return asOf.list(
        Achievement.class,
        query,
        instant,
        audit -> {
          if (status != null) {
            audit.add(AuditEntity.property("status").eq(status));
          }
        });
  }

  /**
   * The achievements a query selects, with their indicators' facts: now in one read-only query, or
   * as held at an instant.
   */
  public List<AchievementFigure> listFigures(FigureQuery query, Instant instant) {
    if (instant != null) {
      return held(query, null, instant).stream()
          .map(
              held ->
                  new AchievementFigure(
                      held.facts(), held.figure().status, held.figure().reportedOn))
          .toList();
    }
    return FigureHql.of(query)
        .select(getEntityManager(), "Achievement", "f.status as status, f.reportedOn as reportedOn")
        .stream()
        .map(
            row ->
                new AchievementFigure(
                    FigureFacts.of(row),
                    row.get("status", Status.class),
                    row.get("reportedOn", LocalDate.class)))
        .toList();
  }
}

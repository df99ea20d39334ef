package vn.chitieu.achievement;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import vn.chitieu.figure.FigureFacts;
import vn.chitieu.figure.FigureHql;
import vn.chitieu.figure.FigureQuery;

/** Achievements by id, and the achievements a query selects, ordered by period. */
@ApplicationScoped
public class AchievementRepository implements PanacheRepositoryBase<Achievement, UUID> {

  PanacheQuery<Achievement> search(FigureQuery query, Status status) {
    FigureHql hql = FigureHql.of(query).and("f.status = :status", "status", status);
    return find(hql.list("Achievement"), hql.parameters());
  }

  /** The achievements a query selects, with their indicators' facts, in one read-only query. */
  public List<AchievementFigure> listFigures(FigureQuery query) {
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

package vn.chitieu.achievement;

import io.quarkus.hibernate.orm.panache.PanacheQuery;
import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Parameters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import vn.chitieu.figure.FigureFilter;
import vn.chitieu.figure.FigureKey;
import vn.chitieu.figure.IndicatorFacts;

/** Achievements by id, by their natural key, and filtered lists ordered by period. */
@ApplicationScoped
public class AchievementRepository implements PanacheRepositoryBase<Achievement, UUID> {

  PanacheQuery<Achievement> search(FigureFilter filter, Status status) {
    Parameters params = new Parameters();
    String where = filter.where(params);
    if (status != null) {
      where += " and f.status = :status";
      params.and("status", status);
    }
    return find("from Achievement f where " + where + FigureFilter.ORDER_BY, params);
  }

  /** The achievements that hold any of these keys, found in one statement however many. */
  @SuppressWarnings("unchecked")
  List<Achievement> findByKeys(Collection<FigureKey> keySet) {
    List<FigureKey> keys = List.copyOf(keySet);
    return getEntityManager()
        .createNativeQuery(
            "select a.* from achievement a join unnest(cast(:indicators as text[]),"
                + " cast(:periods as text[]), cast(:areas as text[])) k(indicator, period, area)"
                + " on a.indicator_code = k.indicator and a.period = k.period and a.area = k.area",
            Achievement.class)
        .setParameter("indicators", keys.stream().map(FigureKey::indicator).toArray(String[]::new))
        .setParameter("periods", keys.stream().map(FigureKey::period).toArray(String[]::new))
        .setParameter("areas", keys.stream().map(FigureKey::area).toArray(String[]::new))
        .getResultList();
  }

  /** The achievements a filter selects, with their indicators' facts, in one read-only query. */
  public List<AchievementFigure> listFigures(FigureFilter filter) {
    Parameters params = new Parameters();
    String where = filter.where(params);
    TypedQuery<AchievementFigure> query =
        getEntityManager()
            .createQuery(
                "select new vn.chitieu.achievement.AchievementFigure("
                    + IndicatorFacts.SELECT
                    + ", f.period, f.area, f.value, f.status, f.reportedOn) from Achievement f join f.indicator i where "
                    + where,
                AchievementFigure.class);
    params.map().forEach(query::setParameter);
    return query.getResultList();
  }
}

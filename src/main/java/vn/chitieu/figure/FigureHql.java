package vn.chitieu.figure;

import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TypedQuery;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.hibernate.jpa.HibernateHints;

/**
 * The HQL of every target and achievement list and projection, written in this one place: a
 * condition per part of a {@link FigureQuery} on the figure alias {@code f}, and the one order of
 * every figure list.
 */
public final class FigureHql {

  private static final String ORDER_BY =
      " order by f.periodStart, f.periodEnd, f.indicator.code, f.area";

  private final List<String> conditions = new ArrayList<>();
  private final Map<String, Object> parameters = new LinkedHashMap<>();

  private FigureHql() {}

  public static FigureHql of(FigureQuery query) {
    FigureHql hql = new FigureHql();
    hql.and("f.indicator.code = :indicator", "indicator", query.indicator());
    hql.and(
        "f.period = :period", "period", query.period() == null ? null : query.period().toString());
    hql.and("f.area = :area", "area", query.area());
    hql.and("f.periodStart >= :from", "from", query.from() == null ? null : query.from().start());
    hql.and("f.periodEnd <= :to", "to", query.to() == null ? null : query.to().end());
    hql.and("f.indicator.sector = :sector", "sector", query.sector());
    hql.and("f.updatedAt > :updatedAfter", "updatedAfter", query.updatedAfter());
    return hql;
  }

  /** Adds a condition with its one named parameter, unless the value is null (any). */
  public FigureHql and(String condition, String parameter, Object value) {
    if (value != null) {
      conditions.add(condition);
      parameters.put(parameter, value);
    }
    return this;
  }

  /** The figures of an entity, ordered by period, then indicator and area. */
  public String list(String entity) {
    return "from " + entity + " f where " + where() + ORDER_BY;
  }

  /**
   * The figures of an entity with their indicators, ordered as {@link #list}, for reading in one
   * pass.
   */
  public String listWithIndicators(String entity) {
    return "from " + entity + " f join fetch f.indicator where " + where() + ORDER_BY;
  }

  /**
   * Hands each figure the query selects, in order, to the action, reading the rows as a stream (500
   * per fetch) and letting each go once handled, so that memory stays flat however many.
   */
  public <F> void forEach(EntityManager entityManager, Class<F> type, FigureAction<F> action)
      throws IOException {
    TypedQuery<F> query =
        entityManager
            .createQuery(listWithIndicators(type.getSimpleName()), type)
            .setHint(HibernateHints.HINT_FETCH_SIZE, 500)
            .setHint(HibernateHints.HINT_READ_ONLY, true);
    parameters.forEach(query::setParameter);
    try (Stream<F> figures = query.getResultStream()) {
      for (F figure : (Iterable<F>) figures::iterator) {
        action.accept(figure);
        entityManager.detach(figure);
      }
    }
  }

  /** What {@link #forEach} does with each figure; it may write to a stream. */
  @FunctionalInterface
  public interface FigureAction<F> {
    void accept(F figure) throws IOException;
  }

  public Map<String, Object> parameters() {
    return parameters;
  }

  /**
   * The figures of an entity as read-only tuples of {@link FigureFacts#COLUMNS} and the given
   * further columns (each with an alias), without managed entities.
   */
  public List<Tuple> select(EntityManager entityManager, String entity, String columns) {
    TypedQuery<Tuple> query =
        entityManager.createQuery(
            "select "
                + FigureFacts.COLUMNS
                + ", "
                + columns
                + " from "
                + entity
                + " f join f.indicator i where "
                + where(),
            Tuple.class);
    parameters.forEach(query::setParameter);
    return query.getResultList();
  }

  private String where() {
    return conditions.isEmpty() ? "true" : String.join(" and ", conditions);
  }
}

package vn.chitieu.figure;

import jakarta.persistence.criteria.JoinType;
import java.util.List;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;

/**
 * A {@link FigureQuery} as criteria of a history query, so that a list or a comparison as of an
 * instant selects what the same query selects today. The order is {@link Figure#ORDER}, applied to
 * the rows read.
 */
public final class FigureAsOf {

  private FigureAsOf() {}

  /** Narrows a history query of figures to what the query selects. */
  public static void narrow(AuditQuery audit, FigureQuery query) {
    if (query.indicator() != null) {
      audit.add(AuditEntity.relatedId("indicator").eq(query.indicator()));
    }
    if (query.period() != null) {
      audit.add(AuditEntity.property("period").eq(query.period().toString()));
    }
    if (query.area() != null) {
      audit.add(AuditEntity.property("area").eq(query.area()));
    }
    if (query.from() != null) {
      audit.add(AuditEntity.property("periodStart").ge(query.from().start()));
    }
    if (query.to() != null) {
      audit.add(AuditEntity.property("periodEnd").le(query.to().end()));
    }
    if (query.sector() != null) {
      audit
          .traverseRelation("indicator", JoinType.INNER)
          .add(AuditEntity.property("sector").eq(query.sector()))
          .up();
    }
  }

  /** The figures in the one order of every figure list. */
  public static <F extends Figure> List<F> ordered(List<F> figures) {
    return figures.stream().sorted(Figure.ORDER).toList();
  }
}

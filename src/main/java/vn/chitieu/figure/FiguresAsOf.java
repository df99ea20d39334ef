package vn.chitieu.figure;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.hibernate.envers.query.AuditEntity;
import org.hibernate.envers.query.AuditQuery;
import vn.chitieu.history.History;
import vn.chitieu.indicator.Indicator;

/**
 * The figures a {@link FigureQuery} selects as the service held them at an instant, each with its
 * indicator as held then, in {@link Figure#ORDER}: what a list or a comparison as of that instant
 * shows. The catalogue is small, so the indicators are read whole and the sector compared here.
 */
@ApplicationScoped
public class FiguresAsOf {

  private final History history;

  FiguresAsOf(History history) {
    this.history = history;
  }

  /** A figure as held at an instant, with its indicator as held then. */
  public record Held<F extends Figure>(F figure, Indicator indicator) {

    public FigureFacts facts() {
      return FigureFacts.of(figure, indicator);
    }
  }

  /** The figures of a type the query and the further criteria select, held at the instant. */
  public <F extends Figure> List<Held<F>> list(
      Class<F> type, FigureQuery query, Instant asOf, Consumer<AuditQuery> further) {
    Map<String, Indicator> indicators =
        history.list(Indicator.class, asOf, audit -> {}).stream()
            .collect(Collectors.toMap(indicator -> indicator.code, Function.identity()));
    List<F> figures =
        history.list(
            type,
            asOf,
            audit -> {
              narrow(audit, query);
              further.accept(audit);
            });
    return figures.stream()
        .map(figure -> new Held<>(figure, indicators.get(figure.indicator.code)))
        .filter(
            held ->
                held.indicator() != null
                    && (query.sector() == null || query.sector().equals(held.indicator().sector)))
        .sorted(Comparator.comparing(Held::figure, Figure.ORDER))
        .toList();
  }

  private static void narrow(AuditQuery audit, FigureQuery query) {
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
    if (query.updatedAfter() != null) {
      audit.add(AuditEntity.property("updatedAt").gt(query.updatedAfter()));
    }
  }
}

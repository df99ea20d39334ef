package vn.chitieu.figure;

import java.util.List;
import java.util.Locale;
import vn.chitieu.common.problem.FieldError;
import vn.chitieu.indicator.Indicator;

/**
 * What the shared write path ({@link FigureWriter}) needs to know of one kind of figure: its name,
 * its entity, the checks particular to it and how a request becomes an entity.
 *
 * @param <R> the request as callers write it
 * @param <F> the entity
 */
public interface FigureKind<R extends FigureRequest, F extends Figure> {

  Class<F> type();

  /** The kind as messages name it: {@code target}, {@code achievement}. */
  default String name() {
    return type().getSimpleName().toLowerCase(Locale.ROOT);
  }

  F newFigure();

  /**
   * What is wrong with the request for this indicator beyond its value, which the writer checks;
   * fields are named relative to the request.
   */
  List<FieldError> check(R request, Indicator indicator, FigureRules rules);

  /** Copies a checked request onto the figure. */
  void apply(R request, Indicator indicator, String area, F figure, FigureRules rules);
}

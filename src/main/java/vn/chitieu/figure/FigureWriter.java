package vn.chitieu.figure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import java.util.stream.Collectors;
import vn.chitieu.area.AreaCheck;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.common.problem.FieldError;
import vn.chitieu.config.ChitieuConfig;
import vn.chitieu.history.ChangeReason;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorRepository;
import vn.chitieu.lock.PeriodLocks;
import vn.chitieu.security.Auditor;

/**
 * The one write path of targets and achievements, for a single create, a batch and a replace: it
 * resolves each request's indicator, checks the request against it ({@link FigureRules}), refuses a
 * key repeated in the batch or held by another stored figure, copies the request onto the entity
 * and stamps it, noting each request's reason for the write's history version. All requests pass,
 * or none is applied. Each step reads the database once, however many requests there are.
 */
@ApplicationScoped
public class FigureWriter {

  private final IndicatorRepository indicators;
  private final Auditor auditor;
  private final EntityManager entityManager;
  private final ChitieuConfig config;
  private final Clock clock;
  private final ChangeReason reasons;
  private final PeriodLocks locks;
  private final AreaCheck areas;

  FigureWriter(
      IndicatorRepository indicators,
      Auditor auditor,
      EntityManager entityManager,
      ChitieuConfig config,
      Clock clock,
      ChangeReason reasons,
      PeriodLocks locks,
      AreaCheck areas) {
    this.areas = areas;
    this.reasons = reasons;
    this.indicators = indicators;
    this.auditor = auditor;
    this.entityManager = entityManager;
    this.config = config;
    this.clock = clock;
    this.locks = locks;
  }

  /** A new figure for the request, checked and stamped, ready to persist. */
  public <R extends FigureRequest, F extends Figure> F create(FigureKind<R, F> kind, R request) {
    return newFigures(kind, List.of(request), i -> "").get(0);
  }

  /**
   * New figures for a batch of requests, checked and stamped, ready to persist; the fields of item
   * i are named {@code [i].value}.
   */
  public <R extends FigureRequest, F extends Figure> List<F> createAll(
      FigureKind<R, F> kind, List<R> requests) {
    return newFigures(kind, requests, i -> "[" + i + "].");
  }

  /** Replaces a stored figure's values with the request's, checked and stamped. */
  public <R extends FigureRequest, F extends Figure> F replace(
      FigureKind<R, F> kind, F figure, R request) {
    prepare(kind, List.of(request), List.of(figure), i -> "");
    auditor.updated(figure);
    return figure;
  }

  private <R extends FigureRequest, F extends Figure> List<F> newFigures(
      FigureKind<R, F> kind, List<R> requests, IntFunction<String> prefix) {
    List<F> figures = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      F figure = kind.newFigure();
      figure.id = UUID.randomUUID();
      figures.add(figure);
    }
    prepare(kind, requests, figures, prefix);
    figures.forEach(auditor::created);
    return figures;
  }

  private <R extends FigureRequest, F extends Figure> void prepare(
      FigureKind<R, F> kind, List<R> requests, List<F> figures, IntFunction<String> prefix) {
    // One instant for the whole write: every item is checked and defaulted against the same date.
    FigureRules rules = new FigureRules(Clock.fixed(clock.instant(), clock.getZone()));
    Map<String, Indicator> byCode =
        indicators.findByCodes(requests.stream().map(FigureRequest::indicator).toList());
    List<FieldError> errors = new ArrayList<>();
    Map<FigureKey, Integer> keys = new LinkedHashMap<>();
    for (int i = 0; i < requests.size(); i++) {
      R request = requests.get(i);
      String field = prefix.apply(i);
      reasons.give(request.reason());
      Indicator indicator = byCode.get(request.indicator());
      if (indicator == null) {
        errors.add(FigureRules.unknownIndicator(field + "indicator", request.indicator()));
        continue;
      }
      FigureRules.checkValue(field + "value", request.value(), indicator).ifPresent(errors::add);
      for (FieldError error : kind.check(request, indicator, rules)) {
        errors.add(new FieldError(field + error.field(), error.message()));
      }
      FigureKey key =
          new FigureKey(
              indicator.code, request.period().toString(), config.areaOrHome(request.area()));
      Integer earlier = keys.putIfAbsent(key, i);
      if (earlier != null) {
        errors.add(FigureRules.repeatedKey(field + "indicator", earlier));
      }
    }
    AreaCheck.Units units =
        areas.unitsOf(
            requests.stream().map(r -> config.areaOrHome(r.area())).collect(Collectors.toSet()));
    for (int i = 0; i < requests.size(); i++) {
      R request = requests.get(i);
      units
          .check(prefix.apply(i) + "area", config.areaOrHome(request.area()), request.period())
          .ifPresent(errors::add);
    }
    ApiException.throwIfAny(errors);
    locks.refuseLocked(keys.keySet(), FigureKey::period, FigureKey::area);
    refuseExisting(kind, keys, figures);
    for (int i = 0; i < requests.size(); i++) {
      R request = requests.get(i);
      kind.apply(
          request,
          byCode.get(request.indicator()),
          config.areaOrHome(request.area()),
          figures.get(i),
          rules);
    }
  }

  /** Refuses the first key, in request order, that another stored figure of the kind holds. */
  private <F extends Figure> void refuseExisting(
      FigureKind<?, F> kind, Map<FigureKey, Integer> keys, List<F> figures) {
    Set<UUID> own = figures.stream().map(figure -> figure.id).collect(Collectors.toSet());
    findByKeys(kind.type(), keys.keySet()).stream()
        .filter(existing -> !own.contains(existing.id))
        .min(Comparator.comparing(existing -> keys.get(FigureKey.of(existing))))
        .ifPresent(
            existing -> {
              throw ApiException.conflict(FigureRules.duplicate(kind.name(), existing));
            });
  }

  /** The stored figures of a kind that hold any of these keys, in one statement however many. */
  @SuppressWarnings("unchecked")
  public <F extends Figure> List<F> findByKeys(Class<F> type, Collection<FigureKey> keySet) {
    if (keySet.isEmpty()) {
      return List.of();
    }
    List<FigureKey> keys = List.copyOf(keySet);
    return entityManager
        .createNativeQuery(
            "select f.* from "
                + type.getAnnotation(Table.class).name()
                + " f join unnest(cast(:indicators as text[]), cast(:periods as text[]),"
                + " cast(:areas as text[])) k(indicator, period, area)"
                + " on f.indicator_code = k.indicator and f.period = k.period and f.area = k.area",
            type)
        .setParameter("indicators", keys.stream().map(FigureKey::indicator).toArray(String[]::new))
        .setParameter("periods", keys.stream().map(FigureKey::period).toArray(String[]::new))
        .setParameter("areas", keys.stream().map(FigureKey::area).toArray(String[]::new))
        .getResultList();
  }
}

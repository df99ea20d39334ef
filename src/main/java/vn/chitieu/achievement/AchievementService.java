package vn.chitieu.achievement;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.IntFunction;
import vn.chitieu.common.Page;
import vn.chitieu.common.problem.FieldError;
import vn.chitieu.config.ChitieuConfig;
import vn.chitieu.figure.FigureFilter;
import vn.chitieu.figure.FigureKey;
import vn.chitieu.figure.FigureRules;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.security.Auditor;

/** Achievements: one per indicator, period and area, each valid for its indicator. */
@ApplicationScoped
@Transactional
public class AchievementService {

  private final AchievementRepository repository;
  private final FigureRules rules;
  private final Auditor auditor;
  private final MeterRegistry meters;
  private final ChitieuConfig config;

  AchievementService(
      AchievementRepository repository,
      FigureRules rules,
      ChitieuConfig config,
      Auditor auditor,
      MeterRegistry meters) {
    this.repository = repository;
    this.rules = rules;
    this.auditor = auditor;
    this.meters = meters;
    this.config = config;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<AchievementResponse> list(FigureFilter filter, Status status, int page, int size) {
    return Page.of(repository.search(filter, status), page, size, AchievementMapper::toResponse);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AchievementResponse> find(UUID id) {
    return repository.findByIdOptional(id).map(AchievementMapper::toResponse);
  }

  public AchievementResponse create(AchievementRequest request) {
    return insert(List.of(request), i -> "").get(0);
  }

  /** Creates all of these achievements, or none: a report of many areas or indicators at once. */
  public List<AchievementResponse> createAll(List<AchievementRequest> requests) {
    return insert(requests, i -> "[" + i + "].");
  }

  /**
   * Checks every request against its indicator and the stored achievements with one statement each,
   * then inserts them in batches; {@code field} prefixes the field names of request i.
   */
  private List<AchievementResponse> insert(
      List<AchievementRequest> requests, IntFunction<String> field) {
    Map<String, Indicator> indicators =
        rules.indicators(requests.stream().map(AchievementRequest::indicator).toList());
    LocalDate today = LocalDate.now(config.timeZone());
    List<FieldError> errors = new ArrayList<>();
    Map<FigureKey, Integer> keys = new HashMap<>();
    List<Achievement> achievements = new ArrayList<>();
    for (int i = 0; i < requests.size(); i++) {
      AchievementRequest request = requests.get(i);
      Indicator indicator = indicators.get(request.indicator());
      if (indicator == null) {
        errors.add(
            new FieldError(
                field.apply(i) + "indicator", FigureRules.unknownIndicator(request.indicator())));
        continue;
      }
      Achievement achievement = new Achievement();
      achievement.id = UUID.randomUUID();
      check(request, indicator, today, field.apply(i), errors);
      AchievementMapper.apply(
          request,
          indicator,
          rules.areaOrHome(request.area()),
          reportedOn(request, today),
          achievement);
      Integer earlier = keys.putIfAbsent(FigureKey.of(achievement), i);
      if (earlier != null) {
        errors.add(
            new FieldError(
                field.apply(i) + "indicator",
                "repeats the indicator, period and area of item " + earlier));
      }
      achievements.add(achievement);
    }
    FigureRules.throwIfAny(errors);
    FigureRules.refuseDuplicate(
        "achievement",
        repository.findByKeys(keys.keySet()).stream()
            .min(Comparator.comparing(existing -> keys.get(FigureKey.of(existing)))),
        null);
    achievements.forEach(auditor::created);
    repository.persist(achievements);
    repository.flush();
    achievements.forEach(this::countWritten);
    return achievements.stream().map(AchievementMapper::toResponse).toList();
  }

  public Optional<AchievementResponse> replace(UUID id, AchievementRequest request) {
    return repository
        .findByIdOptional(id)
        .map(
            achievement -> {
              save(request, achievement);
              auditor.updated(achievement);
              repository.flush();
              countWritten(achievement);
              return AchievementMapper.toResponse(achievement);
            });
  }

  public boolean delete(UUID id) {
    return repository.deleteById(id);
  }

  /** Achievements written, by status: how fast estimates become official figures. */
  private void countWritten(Achievement achievement) {
    meters.counter("chitieu.achievements.written", "status", achievement.status.name()).increment();
  }

  private void save(AchievementRequest request, Achievement achievement) {
    Indicator indicator = rules.indicator(request.indicator());
    LocalDate today = LocalDate.now(config.timeZone());
    List<FieldError> errors = new ArrayList<>();
    check(request, indicator, today, "", errors);
    FigureRules.throwIfAny(errors);
    String area = rules.areaOrHome(request.area());
    FigureKey key = new FigureKey(indicator.code, request.period().toString(), area);
    FigureRules.refuseDuplicate(
        "achievement", repository.findByKeys(Set.of(key)).stream().findFirst(), achievement.id);
    AchievementMapper.apply(request, indicator, area, reportedOn(request, today), achievement);
  }

  /** What is wrong with a request for this indicator beyond single fields, if anything. */
  private static void check(
      AchievementRequest request,
      Indicator indicator,
      LocalDate today,
      String field,
      List<FieldError> errors) {
    FigureRules.checkValue(field + "value", request.value(), indicator).ifPresent(errors::add);
    if (reportedOn(request, today).isAfter(today)) {
      errors.add(
          new FieldError(
              field + "reportedOn", "must not be in the future (today is " + today + ")"));
    }
  }

  private static LocalDate reportedOn(AchievementRequest request, LocalDate today) {
    return request.reportedOn() == null ? today : request.reportedOn();
  }
}

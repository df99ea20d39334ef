package vn.chitieu.achievement;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.chitieu.common.Page;
import vn.chitieu.common.problem.FieldError;
import vn.chitieu.figure.FigureFilter;
import vn.chitieu.figure.FigureRules;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.security.Auditor;
import vn.chitieu.system.ChitieuConfig;

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
    Achievement achievement = new Achievement();
    achievement.id = UUID.randomUUID();
    save(request, achievement);
    auditor.created(achievement);
    repository.persistAndFlush(achievement);
    countWritten(achievement);
    return AchievementMapper.toResponse(achievement);
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
    String area = rules.areaOrHome(request.area());
    LocalDate today = LocalDate.now(config.timeZone());
    LocalDate reportedOn = request.reportedOn() == null ? today : request.reportedOn();
    List<FieldError> errors = new ArrayList<>();
    FigureRules.checkValue("value", request.value(), indicator).ifPresent(errors::add);
    if (reportedOn.isAfter(today)) {
      errors.add(
          new FieldError("reportedOn", "must not be in the future (today is " + today + ")"));
    }
    FigureRules.throwIfAny(errors);
    FigureRules.refuseDuplicate(
        "achievement",
        repository.findByKey(indicator.code, request.period().toString(), area),
        achievement.id);
    AchievementMapper.apply(request, indicator, area, reportedOn, achievement);
  }
}

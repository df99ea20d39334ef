package vn.chitieu.achievement;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import vn.chitieu.common.Page;
import vn.chitieu.figure.FigureQuery;
import vn.chitieu.figure.FigureWriter;
import vn.chitieu.lock.PeriodLocks;

/** Achievements: one per indicator, period and area, each valid for its indicator. */
@ApplicationScoped
@Transactional
public class AchievementService {

  private final AchievementRepository repository;
  private final FigureWriter writer;
  private final MeterRegistry meters;
  private final PeriodLocks locks;

  AchievementService(
      AchievementRepository repository,
      FigureWriter writer,
      MeterRegistry meters,
      PeriodLocks locks) {
    this.repository = repository;
    this.writer = writer;
    this.meters = meters;
    this.locks = locks;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<AchievementResponse> list(FigureQuery query, Status status, int page, int size) {
    return Page.of(repository.search(query, status), page, size, AchievementMapper::toResponse);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AchievementResponse> find(UUID id) {
    return repository.findByIdOptional(id).map(AchievementMapper::toResponse);
  }

  public AchievementResponse create(AchievementRequest request) {
    return store(List.of(writer.create(AchievementKind.INSTANCE, request))).get(0);
  }

  /** Creates all of these achievements, or none: a report of many areas or indicators at once. */
  public List<AchievementResponse> createAll(List<AchievementRequest> requests) {
    return store(writer.createAll(AchievementKind.INSTANCE, requests));
  }

  /** Inserts in JDBC batches, which PostgreSQL receives as multi-row inserts. */
  private List<AchievementResponse> store(List<Achievement> achievements) {
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
              locks.refuseLocked(achievement.period, achievement.area);
              writer.replace(AchievementKind.INSTANCE, achievement, request);
              repository.flush();
              countWritten(achievement);
              return AchievementMapper.toResponse(achievement);
            });
  }

  public boolean delete(UUID id) {
    repository
        .findByIdOptional(id)
        .ifPresent(achievement -> locks.refuseLocked(achievement.period, achievement.area));
    return repository.deleteById(id);
  }

  /** Achievements written, by status: how fast estimates become official figures. */
  private void countWritten(Achievement achievement) {
    meters.counter("chitieu.achievements.written", "status", achievement.status.name()).increment();
  }
}

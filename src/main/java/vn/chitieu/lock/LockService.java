package vn.chitieu.lock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import org.jboss.logging.Logger;
import vn.chitieu.common.Page;
import vn.chitieu.common.Period;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.config.ChitieuConfig;
import vn.chitieu.history.ChangeReason;
import vn.chitieu.history.History;
import vn.chitieu.history.Version;
import vn.chitieu.security.Auditor;

/** Period locks: at most one per period and area; approvers create and remove them. */
@ApplicationScoped
@Transactional
public class LockService {

  private static final Logger LOG = Logger.getLogger(LockService.class);

  private final PeriodLockRepository repository;
  private final Auditor auditor;
  private final ChitieuConfig config;
  private final History history;
  private final ChangeReason reasons;

  LockService(
      PeriodLockRepository repository,
      Auditor auditor,
      ChitieuConfig config,
      History history,
      ChangeReason reasons) {
    this.repository = repository;
    this.auditor = auditor;
    this.config = config;
    this.history = history;
    this.reasons = reasons;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Page<Version<LockResponse>>> history(UUID id, int page, int size) {
    return history.versions(PeriodLock.class, id, LockResponse::of, page, size);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<LockResponse> list(Period period, String area, int page, int size) {
    return Page.of(repository.search(period, area), page, size, LockResponse::of);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<LockResponse> find(UUID id) {
    return repository.findByIdOptional(id).map(LockResponse::of);
  }

  public LockResponse create(LockRequest request) {
    String area = config.areaOrHome(request.area());
    repository
        .findByPeriodAndArea(request.period().toString(), area)
        .ifPresent(
            existing -> {
              throw ApiException.conflict(
                  alreadyLocked(existing.period, existing.area, existing.id));
            });
    PeriodLock lock = new PeriodLock();
    lock.id = UUID.randomUUID();
    lock.placeIn(request.period());
    lock.area = area;
    lock.note = request.note();
    auditor.created(lock);
    repository.persistAndFlush(lock);
    LOG.infof(
        "Period %s locked in area %s by %s (lock %s)", lock.period, area, lock.createdBy, lock.id);
    return LockResponse.of(lock);
  }

  /** Removes the lock; its history keeps who removed it, when and the reason given. */
  public boolean delete(UUID id, String reason) {
    // Locked for update: of removals at once, the first wins and the others find nothing (404).
    Optional<PeriodLock> lock = repository.findByIdOptional(id, LockModeType.PESSIMISTIC_WRITE);
    lock.ifPresent(
        found -> {
          reasons.give(reason);
          repository.delete(found);
          repository.flush();
          LOG.infof("Period %s unlocked in area %s (lock %s)", found.period, found.area, found.id);
        });
    return lock.isPresent();
  }

  /** Why a second lock of a period and area is refused. */
  public static String alreadyLocked(String period, String area, UUID id) {
    return "Period %s in area %s is locked already by lock %s.".formatted(period, area, id);
  }
}

package vn.chitieu.achievement;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.hibernate.exception.ConstraintViolationException;
import vn.chitieu.common.ETags;
import vn.chitieu.common.MergePatch;
import vn.chitieu.common.Page;
import vn.chitieu.common.WriteCounters;
import vn.chitieu.common.WriteGroups;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.common.sheet.SheetWriter;
import vn.chitieu.figure.FigureColumns;
import vn.chitieu.figure.FigureQuery;
import vn.chitieu.figure.FigureWriter;
import vn.chitieu.history.ChangeReason;
import vn.chitieu.history.History;
import vn.chitieu.history.Version;
import vn.chitieu.lock.PeriodLocks;
import vn.chitieu.security.Auditor;
import vn.chitieu.security.Roles;

/**
 * Achievements: one per indicator, period and area, each valid for its indicator, moving from
 * estimated to official as {@link Lifecycle} allows.
 */
@ApplicationScoped
@Transactional
public class AchievementService {

  /** At most this many single creates are written together: one JDBC batch. */
  private static final int MAX_GROUP = 100;

  /** Groups of single creates of one caller and reason written at a time. */
  private static final int WRITERS = 2;

  private final AchievementRepository repository;
  private final FigureWriter writer;
  private final History history;
  private final MergePatch mergePatch;
  private final ChangeReason reasons;
  private final SecurityIdentity caller;
  private final WriteCounters counters;
  private final PeriodLocks locks;
  private final Auditor auditor;
  private final WriteGroups<Stamp, AchievementRequest, AchievementResponse> singles =
      new WriteGroups<>(
          WRITERS,
          MAX_GROUP,
          this::createTogether,
          AchievementService::aboutOneItem,
          this::createAlone);

  /** What a create's revision is stamped with; creates that share it may share a revision. */
  private record Stamp(String user, String reason) {}

  AchievementService(
      AchievementRepository repository,
      FigureWriter writer,
      History history,
      MergePatch mergePatch,
      ChangeReason reasons,
      SecurityIdentity caller,
      WriteCounters counters,
      PeriodLocks locks,
      Auditor auditor) {
    this.repository = repository;
    this.writer = writer;
    this.history = history;
    this.mergePatch = mergePatch;
    this.reasons = reasons;
    this.caller = caller;
    this.counters = counters;
    this.locks = locks;
    this.auditor = auditor;
  }

  /** The achievements a query selects, now or as the service held them at an instant. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<AchievementResponse> list(
      FigureQuery query, Status status, Instant asOf, int page, int size) {
    if (asOf == null) {
      return Page.of(repository.search(query, status), page, size, AchievementMapper::toResponse);
    }
    return Page.slice(
        repository.listAsOf(query, status, asOf).stream()
            .map(AchievementMapper::toResponse)
            .toList(),
        page,
        size);
  }

  /**
   * Writes the achievements a query selects to a table, header first: streamed from the database,
   * or as the service held them at an instant.
   */
  public void export(FigureQuery query, Status status, Instant asOf, SheetWriter sheet)
      throws IOException {
    sheet.sheet("Achievements");
    sheet.row(FigureColumns.ALL);
    if (asOf == null) {
      repository.forEach(
          query, status, achievement -> sheet.row(AchievementMapper.toRow(achievement)));
      return;
    }
    for (Achievement achievement : repository.listAsOf(query, status, asOf)) {
      sheet.row(AchievementMapper.toRow(achievement));
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<AchievementResponse> find(UUID id, Instant asOf) {
    Optional<Achievement> found =
        asOf == null ? repository.findByIdOptional(id) : history.find(Achievement.class, id, asOf);
    return found.map(AchievementMapper::toResponse);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Page<Version<AchievementResponse>>> history(UUID id, int page, int size) {
    return history.versions(Achievement.class, id, AchievementMapper::toResponse, page, size);
  }

  /**
   * Creates one achievement. Creates by one caller for one reason that arrive together are written
   * together, as a batch would be, each still answered as if alone ({@link WriteGroups}).
   */
  @Transactional(Transactional.TxType.NOT_SUPPORTED)
  public AchievementResponse create(AchievementRequest request) {
    checkCreate(request, "");
    return singles.write(
        new Stamp(auditor.currentUser(), ChangeReason.kept(request.reason())), request);
  }

  /** How many single creates wait now to be taken into a write: for tests. */
  int waitingToCreate() {
    return singles.waiting();
  }

  private List<AchievementResponse> createTogether(List<AchievementRequest> requests) {
    return QuarkusTransaction.requiringNew()
        .call(() -> store(writer.createAll(AchievementKind.INSTANCE, requests)));
  }

  /**
   * Whether a refused group was refused for one of its items — invalid, locked, a key held or raced
   * for — so that each, written alone, may pass or be refused on its own.
   */
  private static boolean aboutOneItem(RuntimeException refused) {
    return refused instanceof ApiException || refused instanceof ConstraintViolationException;
  }

  private AchievementResponse createAlone(AchievementRequest request) {
    return QuarkusTransaction.requiringNew()
        .call(() -> store(List.of(writer.create(AchievementKind.INSTANCE, request))).get(0));
  }

  /**
   * Creates all of these achievements, or none: a report of many areas or indicators at once. The
   * lifecycle holds item by item.
   */
  public List<AchievementResponse> createAll(List<AchievementRequest> requests) {
    for (int i = 0; i < requests.size(); i++) {
      checkCreate(requests.get(i), "Item [" + i + "]: ");
    }
    return store(writer.createAll(AchievementKind.INSTANCE, requests));
  }

  private void checkCreate(AchievementRequest request, String item) {
    Lifecycle.toWrite(null, request.status())
        .check(item + Lifecycle.describe(null, request.status()), approver(), true);
  }

  /** Inserts in JDBC batches, which PostgreSQL receives as multi-row inserts. */
  private List<AchievementResponse> store(List<Achievement> achievements) {
    repository.persist(achievements);
    repository.flush();
    achievements.forEach(this::countWritten);
    return achievements.stream().map(AchievementMapper::toResponse).toList();
  }

  /** Replaces the achievement's values, if If-Match names its version and the lifecycle allows. */
  public Optional<AchievementResponse> replace(
      UUID id, AchievementRequest request, String ifMatch) {
    return ETags.change(
        repository.findByIdOptional(id), ifMatch, achievement -> change(achievement, request));
  }

  /** Changes the members a merge patch names, as {@link #replace} would. */
  public Optional<AchievementResponse> patch(UUID id, String patch, String ifMatch)
      throws JsonProcessingException {
    return mergePatch.change(
        repository.findByIdOptional(id),
        ifMatch,
        patch,
        AchievementMapper::toRequest,
        AchievementRequest.class,
        this::change);
  }

  private AchievementResponse change(Achievement achievement, AchievementRequest request) {
    Lifecycle.toWrite(achievement.status, request.status())
        .check(
            Lifecycle.describe(achievement.status, request.status()),
            approver(),
            given(request.reason()));
    locks.refuseLocked(achievement.period, achievement.area);
    writer.replace(AchievementKind.INSTANCE, achievement, request);
    repository.flush();
    countWritten(achievement);
    return AchievementMapper.toResponse(achievement);
  }

  /** Deletes the achievement, if If-Match names its version and the lifecycle allows. */
  public boolean delete(UUID id, String ifMatch, String reason) {
    return ETags.change(
            repository.findByIdOptional(id),
            ifMatch,
            achievement -> {
              Lifecycle.toDelete(achievement.status)
                  .check(Lifecycle.DELETING_OFFICIAL, approver(), given(reason));
              locks.refuseLocked(achievement.period, achievement.area);
              reasons.give(reason);
              repository.delete(achievement);
              repository.flush();
              return achievement;
            })
        .isPresent();
  }

  private boolean approver() {
    return caller.hasRole(Roles.APPROVER);
  }

  private static boolean given(String reason) {
    return reason != null && !reason.isBlank();
  }

  /** Counts the achievement by status once it commits: how fast estimates become official. */
  private void countWritten(Achievement achievement) {
    counters.onCommit("chitieu.achievements.written", "status", achievement.status.name(), 1);
  }
}

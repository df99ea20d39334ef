package vn.chitieu.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.io.IOException;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;
import vn.chitieu.common.ETags;
import vn.chitieu.common.MergePatch;
import vn.chitieu.common.Page;
import vn.chitieu.common.WriteCounters;
import vn.chitieu.common.sheet.SheetWriter;
import vn.chitieu.figure.FigureColumns;
import vn.chitieu.figure.FigureQuery;
import vn.chitieu.figure.FigureWriter;
import vn.chitieu.history.ChangeReason;
import vn.chitieu.history.History;
import vn.chitieu.history.Version;
import vn.chitieu.lock.PeriodLocks;

/** Targets: one per indicator, period and area, each valid for its indicator. */
@ApplicationScoped
@Transactional
public class TargetService {

  private final TargetRepository repository;
  private final FigureWriter writer;
  private final History history;
  private final MergePatch mergePatch;
  private final ChangeReason reasons;
  private final WriteCounters counters;
  private final PeriodLocks locks;

  TargetService(
      TargetRepository repository,
      FigureWriter writer,
      History history,
      MergePatch mergePatch,
      ChangeReason reasons,
      WriteCounters counters,
      PeriodLocks locks) {
    this.repository = repository;
    this.writer = writer;
    this.history = history;
    this.mergePatch = mergePatch;
    this.reasons = reasons;
    this.counters = counters;
    this.locks = locks;
  }

  /** The targets a query selects, now or as the service held them at an instant. */
  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<TargetResponse> list(FigureQuery query, Instant asOf, int page, int size) {
    if (asOf == null) {
      return Page.of(repository.search(query), page, size, TargetMapper::toResponse);
    }
    return Page.slice(
        repository.listAsOf(query, asOf).stream().map(TargetMapper::toResponse).toList(),
        page,
        size);
  }

  /**
   * Writes the targets a query selects to a table, header first: streamed from the database, or as
   * the service held them at an instant.
   */
  public void export(FigureQuery query, Instant asOf, SheetWriter sheet) throws IOException {
    sheet.sheet("Targets");
    sheet.row(FigureColumns.ALL);
    if (asOf == null) {
      repository.forEach(query, target -> sheet.row(TargetMapper.toRow(target)));
      return;
    }
    for (Target target : repository.listAsOf(query, asOf)) {
      sheet.row(TargetMapper.toRow(target));
    }
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<TargetResponse> find(UUID id, Instant asOf) {
    Optional<Target> found =
        asOf == null ? repository.findByIdOptional(id) : history.find(Target.class, id, asOf);
    return found.map(TargetMapper::toResponse);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<Page<Version<TargetResponse>>> history(UUID id, int page, int size) {
    return history.versions(Target.class, id, TargetMapper::toResponse, page, size);
  }

  public TargetResponse create(TargetRequest request) {
    Target target = writer.create(TargetKind.INSTANCE, request);
    repository.persistAndFlush(target);
    countWritten(target);
    return TargetMapper.toResponse(target);
  }

  /** Replaces the target's values, if If-Match names its version. */
  public Optional<TargetResponse> replace(UUID id, TargetRequest request, String ifMatch) {
    return ETags.change(
        repository.findByIdOptional(id), ifMatch, target -> change(target, request));
  }

  /** Changes the members a merge patch names, as {@link #replace} would. */
  public Optional<TargetResponse> patch(UUID id, String patch, String ifMatch)
      throws JsonProcessingException {
    return mergePatch.change(
        repository.findByIdOptional(id),
        ifMatch,
        patch,
        TargetMapper::toRequest,
        TargetRequest.class,
        this::change);
  }

  private TargetResponse change(Target target, TargetRequest request) {
    locks.refuseLocked(target.period, target.area);
    writer.replace(TargetKind.INSTANCE, target, request);
    repository.flush();
    countWritten(target);
    return TargetMapper.toResponse(target);
  }

  /** Deletes the target, if If-Match names its version. */
  public boolean delete(UUID id, String ifMatch, String reason) {
    return ETags.change(
            repository.findByIdOptional(id),
            ifMatch,
            target -> {
              locks.refuseLocked(target.period, target.area);
              reasons.give(reason);
              repository.delete(target);
              repository.flush();
              return target;
            })
        .isPresent();
  }

  private void countWritten(Target target) {
    counters.onCommit("chitieu.targets.written", "operator", target.operator.name(), 1);
  }
}

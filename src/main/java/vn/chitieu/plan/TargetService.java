package vn.chitieu.plan;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.Optional;
import java.util.UUID;
import vn.chitieu.common.Page;
import vn.chitieu.figure.FigureQuery;
import vn.chitieu.figure.FigureWriter;
import vn.chitieu.lock.PeriodLocks;

/** Targets: one per indicator, period and area, each valid for its indicator. */
@ApplicationScoped
@Transactional
public class TargetService {

  private final TargetRepository repository;
  private final FigureWriter writer;
  private final MeterRegistry meters;
  private final PeriodLocks locks;

  TargetService(
      TargetRepository repository, FigureWriter writer, MeterRegistry meters, PeriodLocks locks) {
    this.repository = repository;
    this.writer = writer;
    this.meters = meters;
    this.locks = locks;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<TargetResponse> list(FigureQuery query, int page, int size) {
    return Page.of(repository.search(query), page, size, TargetMapper::toResponse);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<TargetResponse> find(UUID id) {
    return repository.findByIdOptional(id).map(TargetMapper::toResponse);
  }

  public TargetResponse create(TargetRequest request) {
    Target target = writer.create(TargetKind.INSTANCE, request);
    repository.persistAndFlush(target);
    meters.counter("chitieu.targets.written", "operator", target.operator.name()).increment();
    return TargetMapper.toResponse(target);
  }

  public Optional<TargetResponse> replace(UUID id, TargetRequest request) {
    return repository
        .findByIdOptional(id)
        .map(
            target -> {
              locks.refuseLocked(target.period, target.area);
              writer.replace(TargetKind.INSTANCE, target, request);
              repository.flush();
              return TargetMapper.toResponse(target);
            });
  }

  public boolean delete(UUID id) {
    repository
        .findByIdOptional(id)
        .ifPresent(target -> locks.refuseLocked(target.period, target.area));
    return repository.deleteById(id);
  }
}

package vn.chitieu.plan;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
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

/** Targets: one per indicator, period and area, each valid for its indicator. */
@ApplicationScoped
@Transactional
public class TargetService {

  private final TargetRepository repository;
  private final FigureRules rules;
  private final Auditor auditor;
  private final MeterRegistry meters;

  TargetService(
      TargetRepository repository, FigureRules rules, Auditor auditor, MeterRegistry meters) {
    this.repository = repository;
    this.rules = rules;
    this.auditor = auditor;
    this.meters = meters;
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Page<TargetResponse> list(FigureFilter filter, int page, int size) {
    return Page.of(repository.search(filter), page, size, TargetMapper::toResponse);
  }

  @Transactional(Transactional.TxType.SUPPORTS)
  public Optional<TargetResponse> find(UUID id) {
    return repository.findByIdOptional(id).map(TargetMapper::toResponse);
  }

  public TargetResponse create(TargetRequest request) {
    Target target = new Target();
    target.id = UUID.randomUUID();
    save(request, target);
    auditor.created(target);
    repository.persistAndFlush(target);
    meters.counter("chitieu.targets.written", "operator", target.operator.name()).increment();
    return TargetMapper.toResponse(target);
  }

  public Optional<TargetResponse> replace(UUID id, TargetRequest request) {
    return repository
        .findByIdOptional(id)
        .map(
            target -> {
              save(request, target);
              auditor.updated(target);
              repository.flush();
              return TargetMapper.toResponse(target);
            });
  }

  public boolean delete(UUID id) {
    return repository.deleteById(id);
  }

  private void save(TargetRequest request, Target target) {
    Indicator indicator = rules.indicator(request.indicator());
    String area = rules.areaOrHome(request.area());
    List<FieldError> errors = new ArrayList<>();
    FigureRules.checkValue("value", request.value(), indicator).ifPresent(errors::add);
    Baseline baseline = request.baseline();
    if (baseline != null) {
      FigureRules.checkValue("baseline.value", baseline.value(), indicator).ifPresent(errors::add);
      if (!baseline.period().end().isBefore(request.period().start())) {
        errors.add(new FieldError("baseline.period", "must end before the target's period begins"));
      }
    }
    FigureRules.throwIfAny(errors);
    FigureRules.refuseDuplicate(
        "target",
        repository.findByKey(indicator.code, request.period().toString(), area),
        target.id);
    TargetMapper.apply(request, indicator, area, target);
  }
}

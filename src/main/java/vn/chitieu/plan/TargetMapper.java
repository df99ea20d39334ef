package vn.chitieu.plan;

import vn.chitieu.common.Decimals;
import vn.chitieu.common.Period;
import vn.chitieu.indicator.Indicator;

/** Between target requests, entities and responses. */
final class TargetMapper {

  private TargetMapper() {}

  static TargetResponse toResponse(Target target) {
    return new TargetResponse(
        target.id,
        target.indicator.code,
        target.period,
        target.area,
        target.value,
        target.operator,
        baseline(target),
        target.basis,
        target.note,
        target.createdBy,
        target.createdAt,
        target.updatedBy,
        target.updatedAt,
        target.version);
  }

  /** The stored target as a request that would write it again, without a reason. */
  static TargetRequest toRequest(Target target) {
    return new TargetRequest(
        target.indicator.code,
        Period.parse(target.period),
        target.area,
        target.value,
        target.operator,
        baseline(target),
        target.basis,
        target.note,
        null);
  }

  private static Baseline baseline(Target target) {
    return TargetFigure.baseline(target.baselinePeriod, target.baselineValue);
  }

  /** Copies a checked request onto an entity; the operator defaults from the polarity. */
  static void apply(TargetRequest request, Indicator indicator, String area, Target target) {
    target.indicator = indicator;
    target.placeIn(request.period());
    target.area = area;
    target.value = Decimals.normalize(request.value());
    target.operator =
        request.operator() != null ? request.operator() : Operator.defaultFor(indicator.polarity);
    Baseline baseline = request.baseline();
    target.baselinePeriod = baseline == null ? null : baseline.period().toString();
    target.baselineValue = baseline == null ? null : Decimals.normalize(baseline.value());
    target.basis = request.basis();
    target.note = request.note();
  }
}

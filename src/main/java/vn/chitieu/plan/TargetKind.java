package vn.chitieu.plan;

import java.util.ArrayList;
import java.util.List;
import vn.chitieu.common.problem.FieldError;
import vn.chitieu.figure.FigureKind;
import vn.chitieu.figure.FigureRules;
import vn.chitieu.indicator.Indicator;

/** Targets on the shared write path: a baseline, when given, is a valid earlier value. */
public final class TargetKind implements FigureKind<TargetRequest, Target> {

  public static final TargetKind INSTANCE = new TargetKind();

  private TargetKind() {}

  @Override
  public Class<Target> type() {
    return Target.class;
  }

  @Override
  public Target newFigure() {
    return new Target();
  }

  @Override
  public List<FieldError> check(TargetRequest request, Indicator indicator, FigureRules rules) {
    List<FieldError> errors = new ArrayList<>();
    Baseline baseline = request.baseline();
    if (baseline != null) {
      FigureRules.checkValue("baseline.value", baseline.value(), indicator).ifPresent(errors::add);
      FigureRules.checkBaselinePeriod("baseline.period", baseline.period(), request.period())
          .ifPresent(errors::add);
    }
    return errors;
  }

  @Override
  public void apply(
      TargetRequest request, Indicator indicator, String area, Target target, FigureRules rules) {
    TargetMapper.apply(request, indicator, area, target);
  }
}

package vn.chitieu.plan;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import vn.chitieu.common.Decimals;
import vn.chitieu.common.Period;
import vn.chitieu.common.sheet.SheetWriter;
import vn.chitieu.figure.FigureColumns;
import vn.chitieu.indicator.Indicator;

/** Between target requests, entities and responses. */
public final class TargetMapper {

  private TargetMapper() {}

  public static TargetResponse toResponse(Target target) {
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

  /** The target as a row of a CSV file or workbook ({@link FigureColumns}). */
  static List<Object> toRow(Target target) {
    int decimals = target.indicator.decimals;
    Map<String, Object> cells = new HashMap<>();
    cells.put(FigureColumns.KIND, FigureColumns.TARGET);
    cells.put(FigureColumns.INDICATOR, target.indicator.code);
    cells.put(FigureColumns.PERIOD, target.period);
    cells.put(FigureColumns.AREA, target.area);
    cells.put(FigureColumns.VALUE, new SheetWriter.Decimal(target.value, decimals));
    cells.put(FigureColumns.OPERATOR, target.operator.name());
    cells.put(FigureColumns.BASELINE_PERIOD, target.baselinePeriod);
    if (target.baselineValue != null) {
      cells.put(
          FigureColumns.BASELINE_VALUE, new SheetWriter.Decimal(target.baselineValue, decimals));
    }
    cells.put(FigureColumns.BASIS, target.basis);
    cells.put(FigureColumns.NOTE, target.note);
    return FigureColumns.row(cells);
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

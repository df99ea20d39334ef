package vn.chitieu.indicator;

import java.math.BigDecimal;
import java.util.Objects;
import vn.chitieu.common.Decimals;
import vn.chitieu.common.Text;

/** Between indicator requests, entities and responses. */
public final class IndicatorMapper {

  private IndicatorMapper() {}

  public static IndicatorResponse toResponse(Indicator indicator) {
    return new IndicatorResponse(
        indicator.code,
        new IndicatorName(indicator.nameVi, indicator.nameEn),
        indicator.description,
        indicator.sector,
        indicator.measure,
        indicator.unit,
        indicator.decimals,
        indicator.polarity,
        indicator.minValue,
        indicator.maxValue,
        indicator.frequency,
        indicator.aggregation,
        indicator.active,
        indicator.createdBy,
        indicator.createdAt,
        indicator.updatedBy,
        indicator.updatedAt,
        indicator.version);
  }

  /** The stored indicator as a request that would write it again, without a reason. */
  static IndicatorRequest toRequest(Indicator indicator) {
    return new IndicatorRequest(
        indicator.code,
        new IndicatorName(indicator.nameVi, indicator.nameEn),
        indicator.description,
        indicator.sector,
        indicator.measure,
        indicator.unit,
        indicator.decimals,
        indicator.polarity,
        indicator.minValue,
        indicator.maxValue,
        indicator.frequency,
        indicator.aggregation,
        indicator.active,
        null);
  }

  /** Copies a validated request onto an entity, applying the documented defaults. */
  static void apply(IndicatorRequest request, Indicator indicator) {
    indicator.nameVi = request.name().vi().strip();
    indicator.nameEn = blankToNull(request.name().en());
    indicator.description = blankToNull(request.description());
    indicator.sector = request.sector();
    indicator.measure = request.measure();
    indicator.unit = request.unit().strip();
    indicator.decimals = request.decimals();
    indicator.polarity = request.polarity();
    indicator.minValue = minValue(request);
    indicator.maxValue = maxValue(request);
    indicator.frequency = Objects.requireNonNullElse(request.frequency(), Frequency.ANNUAL);
    indicator.aggregation = Objects.requireNonNullElse(request.aggregation(), Aggregation.LAST);
    indicator.active = Objects.requireNonNullElse(request.active(), true);
    indicator.searchText =
        String.join(
            " ",
            Text.fold(indicator.code),
            Text.fold(indicator.nameVi),
            Text.fold(indicator.nameEn));
  }

  /** The lower bound, 0 for a percentage when none is given. */
  static BigDecimal minValue(IndicatorRequest request) {
    return bound(request.minValue(), request.measure() == Measure.PERCENT ? BigDecimal.ZERO : null);
  }

  /** The upper bound, 100 for a percentage when none is given. */
  static BigDecimal maxValue(IndicatorRequest request) {
    BigDecimal hundred = BigDecimal.valueOf(100);
    return bound(request.maxValue(), request.measure() == Measure.PERCENT ? hundred : null);
  }

  private static BigDecimal bound(BigDecimal given, BigDecimal fallback) {
    return given == null ? fallback : Decimals.normalize(given);
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}

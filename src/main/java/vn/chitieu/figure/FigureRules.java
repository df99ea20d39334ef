package vn.chitieu.figure;

import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import vn.chitieu.common.Decimals;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.common.problem.FieldError;
import vn.chitieu.config.ChitieuConfig;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorRepository;

/** Checks a figure's value against its indicator, and resolves its indicator and area. */
@ApplicationScoped
public class FigureRules {

  /** GSO codes: 2 digits for a province, 3 for a district, 5 for a commune. */
  public static final String AREA_PATTERN = "\\d{2}|\\d{3}|\\d{5}";

  /** The same, anchored, as OpenAPI documents state it. */
  public static final String AREA_SCHEMA_PATTERN = "^(" + AREA_PATTERN + ")$";

  public static final String AREA_MESSAGE =
      "must be a GSO area code: 2 digits (province), 3 (district) or 5 (commune)";

  private final IndicatorRepository indicators;
  private final ChitieuConfig config;

  FigureRules(IndicatorRepository indicators, ChitieuConfig config) {
    this.indicators = indicators;
    this.config = config;
  }

  /** The indicator a request names; an unknown code is invalid input, not a missing resource. */
  public Indicator indicator(String code) {
    return indicators
        .findByIdOptional(code)
        .orElseThrow(() -> ApiException.invalid("indicator", unknownIndicator(code)));
  }

  /** The indicators these codes name, by code, read in one statement; unknown codes are absent. */
  public Map<String, Indicator> indicators(Collection<String> codes) {
    return indicators.list("code in ?1", Set.copyOf(codes)).stream()
        .collect(Collectors.toMap(indicator -> indicator.code, indicator -> indicator));
  }

  public static String unknownIndicator(String code) {
    return "names no known indicator: " + code;
  }

  public String areaOrHome(String area) {
    return area == null ? config.homeArea() : area;
  }

  /** What is wrong with a value of this indicator, if anything. */
  public static Optional<FieldError> checkValue(
      String field, BigDecimal value, Indicator indicator) {
    Optional<String> problem = Decimals.problem(value, indicator.decimals);
    if (problem.isEmpty()
        && indicator.minValue != null
        && value.compareTo(indicator.minValue) < 0) {
      problem =
          Optional.of(
              "must be at least " + indicator.minValue.toPlainString() + " for " + indicator.code);
    }
    if (problem.isEmpty()
        && indicator.maxValue != null
        && value.compareTo(indicator.maxValue) > 0) {
      problem =
          Optional.of(
              "must be at most " + indicator.maxValue.toPlainString() + " for " + indicator.code);
    }
    return problem.map(message -> new FieldError(field, message));
  }

  /**
   * Refuses a second figure of a kind for the same indicator, period and area; {@code self} is the
   * figure being replaced, if any.
   */
  public static void refuseDuplicate(String kind, Optional<? extends Figure> existing, UUID self) {
    existing
        .filter(figure -> !figure.id.equals(self))
        .ifPresent(
            figure -> {
              throw ApiException.conflict(
                  "A %s for %s in %s, area %s exists already with id %s; replace that one instead."
                      .formatted(
                          kind, figure.indicator.code, figure.period, figure.area, figure.id));
            });
  }

  public static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw ApiException.invalid(errors);
    }
  }
}

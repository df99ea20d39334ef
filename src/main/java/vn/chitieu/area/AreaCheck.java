package vn.chitieu.area;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.chitieu.common.Period;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.common.problem.FieldError;

/**
 * The registry's rule for figures and filters: a figure's area must name a unit that existed on
 * some day of its period; a filter's area must name a unit of some time.
 */
@ApplicationScoped
public class AreaCheck {

  private final AreaRepository areas;

  AreaCheck(AreaRepository areas) {
    this.areas = areas;
  }

  /** The units of these codes, read in one statement, to check many figures against. */
  public Units unitsOf(Collection<String> codes) {
    return new Units(
        areas.byCodes(codes).stream().collect(Collectors.groupingBy(area -> area.code)));
  }

  /** Refuses a filter naming an area the registry does not know (400). */
  public void requireKnown(String field, String code) {
    if (code != null && areas.count("code", code) == 0) {
      throw ApiException.invalid(field, unknown(code));
    }
  }

  static String unknown(String code) {
    return "names no known area: " + code + " (GET /api/v1/areas lists the registry)";
  }

  /** "Tỉnh Hà Giang until 2025-06-30", joined with "; then " for a code of several units. */
  static String describe(List<Area> units) {
    return units.stream()
        .sorted(AreaService::byStart)
        .map(area -> area.name + " " + area.window())
        .collect(Collectors.joining("; then "));
  }

  /** Units by code: plain data, checked without the database. */
  public record Units(Map<String, List<Area>> byCode) {

    /** Why a figure of this period may not be for this area, if it may not. */
    public Optional<FieldError> check(String field, String code, Period period) {
      List<Area> units = byCode.getOrDefault(code, List.of());
      if (units.isEmpty()) {
        return Optional.of(new FieldError(field, unknown(code)));
      }
      if (units.stream().anyMatch(area -> area.overlaps(period.start(), period.end()))) {
        return Optional.empty();
      }
      return Optional.of(
          new FieldError(
              field,
              "names no unit that existed during %s: area %s is %s"
                  .formatted(period, code, describe(units))));
    }
  }
}

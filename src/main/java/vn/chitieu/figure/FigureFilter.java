package vn.chitieu.figure;

import io.quarkus.panache.common.Parameters;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.chitieu.common.Period;

/**
 * The filters of the target and achievement lists, as query parameters. {@code from} and {@code to}
 * keep the figures whose period lies wholly within them.
 */
public class FigureFilter {

  @QueryParam("indicator")
  @Size(max = 64)
  @Parameter(description = "Only this indicator's code", example = "POOR_HOUSEHOLD_RATE")
  public String indicator;

  @QueryParam("period")
  @Parameter(description = "Only this exact period", example = "2020")
  public Period period;

  @QueryParam("area")
  @Size(max = 5)
  @Parameter(description = "Only this GSO area code", example = "22")
  public String area;

  @QueryParam("from")
  @Parameter(
      description = "Only periods starting on or after this period's start",
      example = "2016")
  public Period from;

  @QueryParam("to")
  @Parameter(description = "Only periods ending on or before this period's end", example = "2020")
  public Period to;

  @QueryParam("sector")
  @Size(max = 64)
  @Parameter(description = "Only indicators of this sector", example = "POVERTY_REDUCTION")
  public String sector;

  /** The order of every figure list: by period, then indicator and area. */
  public static final String ORDER_BY =
      " order by f.periodStart, f.periodEnd, f.indicator.code, f.area";

  /** An HQL condition on the figure alias {@code f}, with the parameters it names. */
  public String where(Parameters params) {
    List<String> where = new ArrayList<>();
    if (indicator != null) {
      where.add("f.indicator.code = :indicator");
      params.and("indicator", indicator);
    }
    if (period != null) {
      where.add("f.period = :period");
      params.and("period", period.toString());
    }
    if (area != null) {
      where.add("f.area = :area");
      params.and("area", area);
    }
    if (from != null) {
      where.add("f.periodStart >= :from");
      params.and("from", from.start());
    }
    if (to != null) {
      where.add("f.periodEnd <= :to");
      params.and("to", to.end());
    }
    if (sector != null) {
      where.add("f.indicator.sector = :sector");
      params.and("sector", sector);
    }
    return where.isEmpty() ? "true" : String.join(" and ", where);
  }
}

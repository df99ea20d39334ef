package vn.chitieu.figure;

import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.QueryParam;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import vn.chitieu.common.Areas;
import vn.chitieu.common.Period;
import vn.chitieu.history.History;

/** The query parameters of the target and achievement lists; the resources read them as a query. */
public class FigureParams {

  @QueryParam("indicator")
  @Size(max = 64)
  @Parameter(description = "Only this indicator's code", example = "POOR_HOUSEHOLD_RATE")
  String indicator;

  @QueryParam("period")
  @Parameter(description = "Only this exact period", example = "2020")
  Period period;

  @QueryParam("area")
  @Size(max = 5)
  @Pattern(regexp = Areas.PATTERN, message = Areas.MESSAGE)
  @Parameter(description = "Only this GSO area code", example = "22")
  String area;

  @QueryParam("from")
  @Parameter(
      description = "Only periods starting on or after this period's start",
      example = "2016")
  Period from;

  @QueryParam("to")
  @Parameter(description = "Only periods ending on or before this period's end", example = "2020")
  Period to;

  @QueryParam("sector")
  @Size(max = 64)
  @Parameter(description = "Only indicators of this sector", example = "POVERTY_REDUCTION")
  String sector;

  @QueryParam("updatedAfter")
  @Parameter(description = History.UPDATED_AFTER)
  Instant updatedAfter;

  public FigureQuery toQuery() {
    return new FigureQuery(indicator, period, area, from, to, sector, updatedAfter);
  }
}

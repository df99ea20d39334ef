package vn.chitieu.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.chitieu.common.Areas;
import vn.chitieu.common.Period;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.common.sheet.SheetDownload;
import vn.chitieu.common.sheet.SheetFormat;
import vn.chitieu.history.History;
import vn.chitieu.security.Roles;

/** The scorecard: did we meet the plan in a period, indicator by indicator? */
@Path("/api/v1/progress")
@Tag(name = "Progress", description = "Targets compared with achievements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
public class ScorecardResource {

  private static final String CHILDREN = "children";

  private final ProgressService service;

  ScorecardResource(ProgressService service) {
    this.service = service;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, SheetFormat.CSV_TYPE, SheetFormat.XLSX_TYPE})
  @Operation(
      operationId = "getScorecard",
      summary = "Compare targets with achievements for a period, one row per indicator",
      description =
          "Send Accept: text/csv or the .xlsx media type for the scorecard as a table: a workbook"
              + " with Vietnamese headers (English in the row below), units, the outcome in words"
              + " and numbers with the indicator's decimals; a CSV file with the English header"
              + " and codes")
  @APIResponse(
      responseCode = "200",
      description = "One row per indicator with a target or an achievement, ordered by code")
  public RestResponse<List<ProgressRow>> scorecard(
      @Parameter(description = "The period", required = true, example = "2020")
          @QueryParam("period")
          @NotNull
          Period period,
      @Parameter(description = "GSO area code; the home area by default", example = "22")
          @QueryParam("area")
          @Size(max = 5)
          @Pattern(regexp = Areas.PATTERN, message = Areas.MESSAGE)
          String area,
      @Parameter(description = "Only this sector", example = "POVERTY_REDUCTION")
          @QueryParam("sector")
          @Size(max = 64)
          String sector,
      @Parameter(description = "Only this indicator", example = "POOR_HOUSEHOLD_RATE")
          @QueryParam("indicator")
          @Size(max = 64)
          String indicator,
      @Parameter(description = History.AS_OF) @QueryParam("asOf") Instant asOf,
      @Parameter(
              description =
                  "children: for SUM indicators, the sum of the achievements of the units under"
                      + " the area throughout the period; the area's own achievement wins (see"
                      + " derivation)",
              schema = @Schema(enumeration = {"children"}))
          @QueryParam("derive")
          @Pattern(regexp = CHILDREN, message = "must be children")
          String derive,
      @Parameter(
              description =
                  "children: one row per unit under the area throughout the period and"
                      + " indicator, ordered by area, instead of the area's own rows",
              schema = @Schema(enumeration = {"children"}))
          @QueryParam("breakdown")
          @Pattern(regexp = CHILDREN, message = "must be children")
          String breakdown,
      @Context HttpHeaders headers) {
    if (derive != null && breakdown != null) {
      throw ApiException.invalid("breakdown", "lists the children; it does not go with derive");
    }
    List<ProgressRow> rows =
        breakdown != null
            ? service.scorecardByChildren(period, area, sector, indicator, asOf)
            : derive != null
                ? service.scorecardFromChildren(period, area, sector, indicator, asOf)
                : service.scorecard(period, area, sector, indicator, asOf);
    boolean workbook =
        SheetDownload.requested(headers).filter(format -> format == SheetFormat.XLSX).isPresent();
    return SheetDownload.or(
        headers,
        "scorecard-" + period + (area == null ? "" : "-" + area),
        sheet -> ScorecardSheet.write(sheet, "Kỳ " + period, rows, workbook),
        () -> rows);
  }
}

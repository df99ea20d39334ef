package vn.chitieu.progress;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.chitieu.common.Areas;
import vn.chitieu.common.Period;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.history.History;
import vn.chitieu.security.Roles;

/** An indicator's progress over time: one row per period. */
@Path("/api/v1/indicators/{code}/progress")
@Tag(name = "Progress", description = "Targets compared with achievements")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
public class SeriesResource {

  private final ProgressService service;

  SeriesResource(ProgressService service) {
    this.service = service;
  }

  @GET
  @Operation(
      operationId = "getSeries",
      summary = "Compare an indicator's targets with its achievements, period by period")
  @APIResponse(
      responseCode = "200",
      description = "One row per period with a target or an achievement, ordered by period")
  public List<ProgressRow> series(
      @Parameter(example = "POOR_HOUSEHOLD_RATE") @PathParam("code") @Size(max = 64) String code,
      @Parameter(description = "GSO area code; the home area by default", example = "22")
          @QueryParam("area")
          @Size(max = 5)
          @Pattern(regexp = Areas.PATTERN, message = Areas.MESSAGE)
          String area,
      @Parameter(
              description = "Only periods starting on or after this period's start",
              example = "2016")
          @QueryParam("from")
          Period from,
      @Parameter(
              description = "Only periods ending on or before this period's end",
              example = "2025")
          @QueryParam("to")
          Period to,
      @Parameter(description = History.AS_OF) @QueryParam("asOf") Instant asOf,
      @Parameter(
              description =
                  "predecessors: for a SUM indicator and an area formed in a reorganisation,"
                      + " the periods before its first day from the sum of the units it was"
                      + " formed from (WHOLE relations only; otherwise not comparable)",
              schema = @Schema(enumeration = {"predecessors"}))
          @QueryParam("derive")
          @Pattern(regexp = "predecessors", message = "must be predecessors")
          String derive) {
    return (derive == null
            ? service.series(code, area, from, to, asOf)
            : service.seriesFromPredecessors(code, area, from, to, asOf))
        .orElseThrow(() -> ApiException.notFound("No indicator has code " + code + "."));
  }
}

package vn.chitieu.outlook;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.chitieu.area.AreaCheck;
import vn.chitieu.common.Areas;
import vn.chitieu.common.Period;
import vn.chitieu.history.History;
import vn.chitieu.security.Roles;

/** Will we meet the plan? The pace of every plan-period target, indicator by indicator. */
@Path("/api/v1/outlook")
@Tag(name = "Outlook", description = "Plan-period targets: the pace so far and where it leads")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
public class OutlookResource {

  static final String PLAN = "The plan period, of two years or more";

  private final OutlookService service;
  private final AreaCheck areas;

  OutlookResource(OutlookService service, AreaCheck areas) {
    this.service = service;
    this.areas = areas;
  }

  @GET
  @Operation(
      operationId = "getOutlook",
      summary = "Assess the pace towards a plan period's targets, one row per indicator",
      description =
          "Each target of the plan period is compared with its baseline and the annual"
              + " achievements so far, by the method of docs/design.md (\"Outlook\"): observed"
              + " compound annual growth ÷ required growth (flows: yearly average ÷ the target's"
              + " yearly share); ratio ≥ 0.95 on track, ≥ 0.60 acceleration needed, ≥ 0 limited"
              + " progress, < 0 deterioration.")
  @APIResponse(
      responseCode = "200",
      description =
          "One row per indicator with a target for the plan period in the area, ordered by code;"
              + " an empty list when there is none")
  public List<OutlookRow> outlook(
      @Parameter(description = PLAN, required = true, example = "2021-2025") @QueryParam("plan")
          Period plan,
      @Parameter(description = "GSO area code; the home area by default", example = "22")
          @QueryParam("area")
          @Size(max = 5)
          @Pattern(regexp = Areas.PATTERN, message = Areas.MESSAGE)
          String area,
      @Parameter(description = "Only this sector", example = "SOCIAL_INSURANCE")
          @QueryParam("sector")
          @Size(max = 64)
          String sector,
      @Parameter(description = "Only this indicator", example = "SOCIAL_INSURANCE_PARTICIPANTS")
          @QueryParam("indicator")
          @Size(max = 64)
          String indicator,
      @Parameter(description = History.AS_OF) @QueryParam("asOf") Instant asOf) {
    areas.requireKnown("area", area);
    return service.outlook(plan, area, sector, indicator, asOf);
  }
}

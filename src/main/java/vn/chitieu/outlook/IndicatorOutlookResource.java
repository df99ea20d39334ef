package vn.chitieu.outlook;

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
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.chitieu.area.AreaCheck;
import vn.chitieu.common.Areas;
import vn.chitieu.common.Period;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.history.History;
import vn.chitieu.security.Roles;

/** Will one indicator meet its plan-period target? */
@Path("/api/v1/indicators/{code}/outlook")
@Tag(name = "Outlook", description = "Plan-period targets: the pace so far and where it leads")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
public class IndicatorOutlookResource {

  private final OutlookService service;
  private final AreaCheck areas;

  IndicatorOutlookResource(OutlookService service, AreaCheck areas) {
    this.service = service;
    this.areas = areas;
  }

  @GET
  @Operation(
      operationId = "getIndicatorOutlook",
      summary = "Assess the pace towards an indicator's target for a plan period",
      description =
          "As getOutlook, for one indicator. A plan that is not a period is a 400; an unknown"
              + " indicator is a 404 before a missing or single-year plan is a 400.")
  @APIResponse(
      responseCode = "200",
      description =
          "The indicator's row, if it has a target for the plan period in the area; else an empty"
              + " list")
  public List<OutlookRow> outlook(
      @Parameter(example = "SOCIAL_INSURANCE_PARTICIPANTS") @PathParam("code") @Size(max = 64)
          String code,
      @Parameter(description = OutlookResource.PLAN, required = true, example = "2021-2025")
          @QueryParam("plan")
          Period plan,
      @Parameter(description = "GSO area code; the home area by default", example = "22")
          @QueryParam("area")
          @Size(max = 5)
          @Pattern(regexp = Areas.PATTERN, message = Areas.MESSAGE)
          String area,
      @Parameter(description = History.AS_OF) @QueryParam("asOf") Instant asOf) {
    areas.requireKnown("area", area);
    return service
        .outlook(code, plan, area, asOf)
        .orElseThrow(() -> ApiException.notFound("No indicator has code " + code + "."));
  }
}

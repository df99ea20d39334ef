package vn.chitieu.achievement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.chitieu.common.Created;
import vn.chitieu.common.Page;
import vn.chitieu.common.PageParams;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.figure.FigureParams;
import vn.chitieu.security.Roles;

/** Achievements over HTTP. */
@Path("/api/v1/achievements")
@Tag(name = "Achievements", description = "Reported values: estimated, preliminary, official")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Consumes(MediaType.APPLICATION_JSON)
public class AchievementResource {

  /** The most achievements one batch may hold. */
  static final int MAX_BATCH = 1000;

  private final AchievementService service;

  AchievementResource(AchievementService service) {
    this.service = service;
  }

  @GET
  @Operation(
      operationId = "listAchievements",
      summary = "List achievements, filtered, ordered by period")
  @APIResponse(responseCode = "200", description = "A page of achievements")
  public Page<AchievementResponse> list(
      @Valid @BeanParam FigureParams filter,
      @Parameter(description = "Only this status") @QueryParam("status") Status status,
      @Valid @BeanParam PageParams paging) {
    return service.list(filter.toQuery(), status, paging.page, paging.size);
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getAchievement", summary = "Get one achievement")
  @APIResponse(responseCode = "200", description = "The achievement")
  public AchievementResponse get(@PathParam("id") UUID id) {
    return service.find(id).orElseThrow(() -> notFound(id));
  }

  @POST
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      operationId = "createAchievement",
      summary = "Report an achievement for an indicator, period and area")
  @APIResponse(responseCode = "201", description = "Created; Location names the new achievement")
  @APIResponse(
      responseCode = "409",
      description =
          "An achievement exists for this indicator, period and area (the problem names its id),"
              + " or the period is locked in the area (the problem names the lock)")
  public Response create(@NotNull @Valid AchievementRequest body, @Context UriInfo uri) {
    AchievementResponse created = service.create(body);
    return Created.at(uri, created.id(), created);
  }

  @POST
  @Path("/batch")
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      operationId = "createAchievements",
      summary = "Report many achievements at once (up to " + MAX_BATCH + ")")
  @APIResponse(responseCode = "201", description = "Created, in the order given")
  public Response createAll(
      @NotNull @Size(min = 1, max = MAX_BATCH) List<@NotNull @Valid AchievementRequest> body) {
    return Response.status(Response.Status.CREATED).entity(service.createAll(body)).build();
  }

  @PUT
  @RolesAllowed(Roles.EDITOR)
  @Path("/{id}")
  @Operation(operationId = "replaceAchievement", summary = "Replace an achievement")
  @APIResponse(responseCode = "200", description = "The achievement as replaced")
  @APIResponse(
      responseCode = "409",
      description =
          "Another achievement exists for the new indicator, period and area, or the old or the"
              + " new period is locked in its area (the problem names the lock)")
  public AchievementResponse replace(
      @PathParam("id") UUID id, @NotNull @Valid AchievementRequest body) {
    return service.replace(id, body).orElseThrow(() -> notFound(id));
  }

  @DELETE
  @RolesAllowed(Roles.EDITOR)
  @Path("/{id}")
  @Operation(operationId = "deleteAchievement", summary = "Delete an achievement")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(
      responseCode = "409",
      description = "The achievement's period is locked in its area; the problem names the lock")
  public void delete(@PathParam("id") UUID id) {
    if (!service.delete(id)) {
      throw notFound(id);
    }
  }

  private static ApiException notFound(UUID id) {
    return ApiException.notFound("No achievement has id " + id + ".");
  }
}

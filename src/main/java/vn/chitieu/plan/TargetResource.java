package vn.chitieu.plan;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.chitieu.common.Created;
import vn.chitieu.common.Page;
import vn.chitieu.common.PageParams;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.figure.FigureParams;
import vn.chitieu.security.Roles;

/** Targets over HTTP. */
@Path("/api/v1/targets")
@Tag(name = "Targets", description = "Planned values: annual plans and plan periods")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Consumes(MediaType.APPLICATION_JSON)
public class TargetResource {

  private final TargetService service;

  TargetResource(TargetService service) {
    this.service = service;
  }

  @GET
  @Operation(operationId = "listTargets", summary = "List targets, filtered, ordered by period")
  @APIResponse(responseCode = "200", description = "A page of targets")
  public Page<TargetResponse> list(
      @Valid @BeanParam FigureParams filter, @Valid @BeanParam PageParams paging) {
    return service.list(filter.toQuery(), paging.page, paging.size);
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getTarget", summary = "Get one target")
  @APIResponse(responseCode = "200", description = "The target")
  public TargetResponse get(@PathParam("id") UUID id) {
    return service.find(id).orElseThrow(() -> notFound(id));
  }

  @POST
  @RolesAllowed(Roles.EDITOR)
  @Operation(
      operationId = "createTarget",
      summary = "Set a target for an indicator, period and area")
  @APIResponse(responseCode = "201", description = "Created; Location names the new target")
  @APIResponse(
      responseCode = "409",
      description =
          "A target exists for this indicator, period and area (the problem names its id),"
              + " or the period is locked in the area (the problem names the lock)")
  public Response create(@NotNull @Valid TargetRequest body, @Context UriInfo uri) {
    TargetResponse created = service.create(body);
    return Created.at(uri, created.id(), created);
  }

  @PUT
  @RolesAllowed(Roles.EDITOR)
  @Path("/{id}")
  @Operation(operationId = "replaceTarget", summary = "Replace a target")
  @APIResponse(responseCode = "200", description = "The target as replaced")
  @APIResponse(
      responseCode = "409",
      description =
          "Another target exists for the new indicator, period and area, or the old or the new"
              + " period is locked in its area (the problem names the lock)")
  public TargetResponse replace(@PathParam("id") UUID id, @NotNull @Valid TargetRequest body) {
    return service.replace(id, body).orElseThrow(() -> notFound(id));
  }

  @DELETE
  @RolesAllowed(Roles.EDITOR)
  @Path("/{id}")
  @Operation(operationId = "deleteTarget", summary = "Delete a target")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(
      responseCode = "409",
      description = "The target's period is locked in its area; the problem names the lock")
  public void delete(@PathParam("id") UUID id) {
    if (!service.delete(id)) {
      throw notFound(id);
    }
  }

  private static ApiException notFound(UUID id) {
    return ApiException.notFound("No target has id " + id + ".");
  }
}

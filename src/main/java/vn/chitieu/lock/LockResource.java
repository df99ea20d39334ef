package vn.chitieu.lock;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.chitieu.common.Areas;
import vn.chitieu.common.Created;
import vn.chitieu.common.Page;
import vn.chitieu.common.PageParams;
import vn.chitieu.common.Period;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.history.ChangeReason;
import vn.chitieu.history.Version;
import vn.chitieu.security.Roles;

/** Period locks over HTTP. */
@Path("/api/v1/locks")
@Tag(
    name = "Locks",
    description = "Periods closed in an area: their targets and achievements no longer change")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Consumes(MediaType.APPLICATION_JSON)
public class LockResource {

  private final LockService service;

  LockResource(LockService service) {
    this.service = service;
  }

  @GET
  @Operation(operationId = "listLocks", summary = "List period locks, ordered by period and area")
  @APIResponse(responseCode = "200", description = "A page of locks")
  public Page<LockResponse> list(
      @Parameter(description = "Only this exact period", example = "2020") @QueryParam("period")
          Period period,
      @Parameter(description = "Only this GSO area code", example = "22")
          @QueryParam("area")
          @Size(max = 5)
          @Pattern(regexp = Areas.PATTERN, message = Areas.MESSAGE)
          String area,
      @Valid @BeanParam PageParams paging) {
    return service.list(period, area, paging.page, paging.size);
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getLock", summary = "Get one period lock")
  @APIResponse(responseCode = "200", description = "The lock")
  public LockResponse get(@PathParam("id") UUID id) {
    return service.find(id).orElseThrow(() -> notFound(id));
  }

  @GET
  @Path("/{id}/history")
  @Operation(
      operationId = "getLockHistory",
      summary = "Who locked the period and who removed the lock, newest first")
  @APIResponse(responseCode = "200", description = "A page of versions")
  public Page<Version<LockResponse>> history(
      @PathParam("id") UUID id, @Valid @BeanParam PageParams paging) {
    return service.history(id, paging.page, paging.size).orElseThrow(() -> notFound(id));
  }

  @POST
  @RolesAllowed(Roles.APPROVER)
  @Operation(
      operationId = "createLock",
      summary = "Lock a period in an area",
      description =
          "From then on, a create, replace or delete of a target or an achievement whose period lies"
              + " within the locked one, in that area, is refused with 409.")
  @APIResponse(responseCode = "201", description = "Created; Location names the new lock")
  @APIResponse(
      responseCode = "409",
      description = "The period is locked already in this area; the problem names that lock's id")
  public Response create(@NotNull @Valid LockRequest body, @Context UriInfo uri) {
    LockResponse created = service.create(body);
    return Created.at(uri, created.id(), created);
  }

  @DELETE
  @RolesAllowed(Roles.APPROVER)
  @Path("/{id}")
  @Operation(
      operationId = "deleteLock",
      summary = "Remove a period lock; the period's figures may change again")
  @APIResponse(responseCode = "204", description = "Deleted")
  public void delete(
      @PathParam("id") UUID id,
      @Parameter(description = ChangeReason.DESCRIPTION)
          @QueryParam("reason")
          @Size(max = ChangeReason.MAX_LENGTH)
          String reason) {
    if (!service.delete(id, reason)) {
      throw notFound(id);
    }
  }

  private static ApiException notFound(UUID id) {
    return ApiException.notFound("No lock has id " + id + ".");
  }
}

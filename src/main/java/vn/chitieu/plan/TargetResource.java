package vn.chitieu.plan;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.chitieu.area.AreaCheck;
import vn.chitieu.common.Created;
import vn.chitieu.common.ETags;
import vn.chitieu.common.MergePatch;
import vn.chitieu.common.Page;
import vn.chitieu.common.PageParams;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.common.sheet.SheetDownload;
import vn.chitieu.common.sheet.SheetFormat;
import vn.chitieu.figure.FigureParams;
import vn.chitieu.history.ChangeReason;
import vn.chitieu.history.History;
import vn.chitieu.history.Version;
import vn.chitieu.security.Roles;

/** Targets over HTTP. */
@Path("/api/v1/targets")
@Tag(name = "Targets", description = "Planned values: annual plans and plan periods")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Consumes(MediaType.APPLICATION_JSON)
public class TargetResource {

  private static final String CONFLICT =
      "Another target exists for the new indicator, period and area, or the old or the new"
          + " period is locked in its area (the problem names the lock)";

  private final TargetService service;
  private final AreaCheck areas;

  TargetResource(TargetService service, AreaCheck areas) {
    this.service = service;
    this.areas = areas;
  }

  @GET
  @Produces({MediaType.APPLICATION_JSON, SheetFormat.CSV_TYPE, SheetFormat.XLSX_TYPE})
  @Operation(
      operationId = "listTargets",
      summary = "List targets, filtered, ordered by period",
      description = SheetDownload.DESCRIPTION)
  @APIResponse(
      responseCode = "200",
      description = "A page of targets; or all of them, as CSV or a workbook")
  public RestResponse<Page<TargetResponse>> list(
      @Valid @BeanParam FigureParams filter,
      @Parameter(description = History.AS_OF) @QueryParam("asOf") Instant asOf,
      @Valid @BeanParam PageParams paging,
      @Context HttpHeaders headers) {
    areas.requireKnown("area", filter.toQuery().area());
    return SheetDownload.or(
        headers,
        "targets",
        sheet -> service.export(filter.toQuery(), asOf, sheet),
        () -> service.list(filter.toQuery(), asOf, paging.page, paging.size));
  }

  @GET
  @Path("/{id}")
  @Operation(operationId = "getTarget", summary = "Get one target")
  @APIResponse(
      responseCode = "200",
      description = "The target; ETag names its version",
      content = @Content(schema = @Schema(implementation = TargetResponse.class)))
  public Response get(
      @PathParam("id") UUID id,
      @Parameter(description = History.AS_OF) @QueryParam("asOf") Instant asOf,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    TargetResponse target = service.find(id, asOf).orElseThrow(() -> notFound(id));
    return ETags.read(target.version(), target, ifNoneMatch);
  }

  @GET
  @Path("/{id}/history")
  @Operation(
      operationId = "getTargetHistory",
      summary = "The versions of a target, newest first, a deletion included")
  @APIResponse(responseCode = "200", description = "A page of versions")
  public Page<Version<TargetResponse>> history(
      @PathParam("id") UUID id, @Valid @BeanParam PageParams paging) {
    return service.history(id, paging.page, paging.size).orElseThrow(() -> notFound(id));
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
    return Created.at(uri, created.id(), created.version(), created);
  }

  @PUT
  @RolesAllowed(Roles.EDITOR)
  @Path("/{id}")
  @Operation(operationId = "replaceTarget", summary = "Replace a target")
  @APIResponse(
      responseCode = "200",
      description = "The target as replaced",
      content = @Content(schema = @Schema(implementation = TargetResponse.class)))
  @APIResponse(responseCode = "409", description = CONFLICT)
  public Response replace(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull @Valid TargetRequest body) {
    TargetResponse replaced = service.replace(id, body, ifMatch).orElseThrow(() -> notFound(id));
    return ETags.written(replaced.version(), replaced);
  }

  @PATCH
  @RolesAllowed(Roles.EDITOR)
  @Path("/{id}")
  @Consumes(MergePatch.MEDIA_TYPE)
  @Operation(
      operationId = "patchTarget",
      summary = "Change some members of a target (JSON merge patch, RFC 7396)")
  @APIResponse(
      responseCode = "200",
      description = "The target as changed",
      content = @Content(schema = @Schema(implementation = TargetResponse.class)))
  @APIResponse(responseCode = "409", description = CONFLICT)
  public Response patch(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(
              content =
                  @Content(
                      mediaType = MergePatch.MEDIA_TYPE,
                      schema =
                          @Schema(
                              type = SchemaType.OBJECT,
                              description = MergePatch.DESCRIPTION + " TargetRequest")))
          @NotNull
          String body)
      throws JsonProcessingException {
    TargetResponse patched = service.patch(id, body, ifMatch).orElseThrow(() -> notFound(id));
    return ETags.written(patched.version(), patched);
  }

  @DELETE
  @RolesAllowed(Roles.EDITOR)
  @Path("/{id}")
  @Operation(operationId = "deleteTarget", summary = "Delete a target")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(
      responseCode = "409",
      description = "The target's period is locked in its area; the problem names the lock")
  public void delete(
      @PathParam("id") UUID id,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Parameter(description = ChangeReason.DESCRIPTION)
          @QueryParam("reason")
          @Size(max = ChangeReason.MAX_LENGTH)
          String reason) {
    if (!service.delete(id, ifMatch, reason)) {
      throw notFound(id);
    }
  }

  private static ApiException notFound(UUID id) {
    return ApiException.notFound("No target has id " + id + ".");
  }
}

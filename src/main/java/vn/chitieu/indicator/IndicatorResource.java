package vn.chitieu.indicator;

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
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.chitieu.common.Created;
import vn.chitieu.common.ETags;
import vn.chitieu.common.MergePatch;
import vn.chitieu.common.Page;
import vn.chitieu.common.PageParams;
import vn.chitieu.common.WrittenJson;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.history.ChangeReason;
import vn.chitieu.history.History;
import vn.chitieu.history.Version;
import vn.chitieu.security.Roles;

/** The indicator catalogue over HTTP. */
@Path("/api/v1/indicators")
@Tag(name = "Indicators", description = "The catalogue of indicators")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
@Consumes(MediaType.APPLICATION_JSON)
public class IndicatorResource {

  private final IndicatorService service;

  IndicatorResource(IndicatorService service) {
    this.service = service;
  }

  @GET
  @Operation(operationId = "listIndicators", summary = "List indicators, filtered and paged")
  @APIResponse(responseCode = "200", description = "A page of indicators, ordered by code")
  public Page<IndicatorResponse> list(
      @Parameter(description = "Only this sector", example = "POVERTY_REDUCTION")
          @QueryParam("sector")
          @Size(max = 64)
          String sector,
      @Parameter(description = "Only active (true) or retired (false) indicators")
          @QueryParam("active")
          Boolean active,
      @Parameter(
              description = "Words in the code or a name, ignoring case and diacritics",
              example = "ho ngheo")
          @QueryParam("q")
          @Size(max = 200)
          String q,
      @Parameter(description = History.UPDATED_AFTER) @QueryParam("updatedAfter")
          Instant updatedAfter,
      @Parameter(description = History.AS_OF) @QueryParam("asOf") Instant asOf,
      @Valid @BeanParam PageParams paging) {
    return service.list(sector, active, q, updatedAfter, asOf, paging.page, paging.size);
  }

  @GET
  @Path("/{code}")
  @Operation(operationId = "getIndicator", summary = "Get one indicator")
  @APIResponse(
      responseCode = "200",
      description = "The indicator; ETag names its version",
      content = @Content(schema = @Schema(implementation = IndicatorResponse.class)))
  public Response get(
      @Parameter(example = "POOR_HOUSEHOLD_RATE") @PathParam("code") @Size(max = 64) String code,
      @Parameter(description = History.AS_OF) @QueryParam("asOf") Instant asOf,
      @HeaderParam(HttpHeaders.IF_NONE_MATCH) String ifNoneMatch) {
    if (asOf != null) {
      IndicatorResponse then = service.find(code, asOf).orElseThrow(() -> notFound(code));
      return ETags.read(then.version(), then, ifNoneMatch);
    }
    WrittenJson<IndicatorResponse> now = service.find(code).orElseThrow(() -> notFound(code));
    return ETags.read(now.value().version(), now, ifNoneMatch);
  }

  @GET
  @Path("/{code}/history")
  @Operation(
      operationId = "getIndicatorHistory",
      summary = "The versions of an indicator, newest first, a deletion included")
  @APIResponse(responseCode = "200", description = "A page of versions")
  public Page<Version<IndicatorResponse>> history(
      @Parameter(example = "POOR_HOUSEHOLD_RATE") @PathParam("code") @Size(max = 64) String code,
      @Valid @BeanParam PageParams paging) {
    return service.history(code, paging.page, paging.size).orElseThrow(() -> notFound(code));
  }

  @POST
  @RolesAllowed(Roles.ADMIN)
  @Operation(operationId = "createIndicator", summary = "Add an indicator to the catalogue")
  @APIResponse(responseCode = "201", description = "Created; Location names the new indicator")
  @APIResponse(responseCode = "409", description = "An indicator with this code exists")
  public Response create(@NotNull @Valid IndicatorRequest body, @Context UriInfo uri) {
    IndicatorResponse created = service.create(body);
    return Created.at(uri, created.code(), created.version(), created);
  }

  @PUT
  @RolesAllowed(Roles.ADMIN)
  @Path("/{code}")
  @Operation(
      operationId = "replaceIndicator",
      summary = "Replace an indicator; its code cannot change")
  @APIResponse(
      responseCode = "200",
      description = "The indicator as replaced",
      content = @Content(schema = @Schema(implementation = IndicatorResponse.class)))
  public Response replace(
      @Parameter(example = "POOR_HOUSEHOLD_RATE") @PathParam("code") @Size(max = 64) String code,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @NotNull @Valid IndicatorRequest body) {
    IndicatorResponse replaced =
        service.replace(code, body, ifMatch).orElseThrow(() -> notFound(code));
    return ETags.written(replaced.version(), replaced);
  }

  @PATCH
  @RolesAllowed(Roles.ADMIN)
  @Path("/{code}")
  @Consumes(MergePatch.MEDIA_TYPE)
  @Operation(
      operationId = "patchIndicator",
      summary = "Change some members of an indicator (JSON merge patch, RFC 7396)")
  @APIResponse(
      responseCode = "200",
      description = "The indicator as changed",
      content = @Content(schema = @Schema(implementation = IndicatorResponse.class)))
  public Response patch(
      @Parameter(example = "POOR_HOUSEHOLD_RATE") @PathParam("code") @Size(max = 64) String code,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @RequestBody(
              content =
                  @Content(
                      mediaType = MergePatch.MEDIA_TYPE,
                      schema =
                          @Schema(
                              type = SchemaType.OBJECT,
                              description = MergePatch.DESCRIPTION + " IndicatorRequest")))
          @NotNull
          String body)
      throws JsonProcessingException {
    IndicatorResponse patched =
        service.patch(code, body, ifMatch).orElseThrow(() -> notFound(code));
    return ETags.written(patched.version(), patched);
  }

  @DELETE
  @RolesAllowed(Roles.ADMIN)
  @Path("/{code}")
  @Operation(
      operationId = "deleteIndicator",
      summary = "Delete an indicator that has no data; retire one that has with active=false")
  @APIResponse(responseCode = "204", description = "Deleted")
  @APIResponse(responseCode = "409", description = "The indicator has targets or achievements")
  public void delete(
      @Parameter(example = "POOR_HOUSEHOLD_RATE") @PathParam("code") @Size(max = 64) String code,
      @HeaderParam(HttpHeaders.IF_MATCH) String ifMatch,
      @Parameter(description = ChangeReason.DESCRIPTION)
          @QueryParam("reason")
          @Size(max = ChangeReason.MAX_LENGTH)
          String reason) {
    if (!service.delete(code, ifMatch, reason)) {
      throw notFound(code);
    }
  }

  private static ApiException notFound(String code) {
    return ApiException.notFound("No indicator has code " + code + ".");
  }
}

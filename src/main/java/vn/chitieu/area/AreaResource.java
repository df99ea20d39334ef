package vn.chitieu.area;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import vn.chitieu.common.Areas;
import vn.chitieu.common.Page;
import vn.chitieu.common.PageParams;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.common.sheet.SheetFormat;
import vn.chitieu.common.sheet.SpooledBody;
import vn.chitieu.config.ChitieuConfig;
import vn.chitieu.security.Roles;

/** The administrative-unit registry: what a GSO code named when, and what it became. */
@Path("/api/v1/areas")
@Tag(
    name = "Areas",
    description =
        "The administrative units figures belong to: provinces, districts and communes, with their"
            + " validity and what each came from and became")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.READER)
public class AreaResource {

  /** chitieu.max-body-size by default: loads are ordinary bodies, not imports. */
  private static final int MAX_BODY = 1048576;

  private final AreaService service;
  private final AreaImport imports;
  private final UnknownAreas unknown;
  private final ChitieuConfig config;

  AreaResource(
      AreaService service, AreaImport imports, UnknownAreas unknown, ChitieuConfig config) {
    this.service = service;
    this.imports = imports;
    this.unknown = unknown;
    this.config = config;
  }

  @GET
  @Operation(
      operationId = "listAreas",
      summary = "List units, ordered by code and start",
      description =
          "Every unit of every time unless validOn names a day. q matches the code or any part of"
              + " the name, ignoring case and diacritics (ha tu finds Phường Hà Tu).")
  @APIResponse(responseCode = "200", description = "A page of units")
  public Page<AreaResponse> list(
      @Parameter(description = "Only units of this tier") @QueryParam("level") Level level,
      @Parameter(description = "Only units whose parent has this code", example = "22")
          @QueryParam("parent")
          @Size(max = 5)
          @Pattern(regexp = Areas.PATTERN, message = Areas.MESSAGE)
          String parent,
      @Parameter(description = "Only units that existed on this day", example = "2025-07-01")
          @QueryParam("validOn")
          LocalDate validOn,
      @Parameter(description = "Words of the name, or the code", example = "ha tu")
          @QueryParam("q")
          @Size(max = 200)
          String q,
      @Valid @BeanParam PageParams paging) {
    return service.list(level, parent, validOn, q, paging.page, paging.size);
  }

  @GET
  @Path("/unknown-in-use")
  @Operation(
      operationId = "listUnknownAreasInUse",
      summary = "Area codes that stored targets or achievements use but the registry lacks",
      description =
          "Figures written before the registry existed keep their area; load the missing units"
              + " (POST /areas/units) to make them checkable.")
  @APIResponse(
      responseCode = "200",
      description = "The codes, ordered, with how many figures",
      content =
          @Content(
              schema =
                  @Schema(
                      type = SchemaType.ARRAY,
                      // As many as there are 2-, 3- and 5-digit codes.
                      maxItems = 101100,
                      implementation = UnknownArea.class)))
  public List<UnknownArea> unknownInUse() {
    return unknown.list();
  }

  @GET
  @Path("/{code}")
  @Operation(
      operationId = "getArea",
      summary = "Get the unit a code names",
      description =
          "On validOn if given; otherwise the unit of the code that began last, which may have"
              + " ended (02 is Tỉnh Hà Giang, until 2025-06-30).")
  @APIResponse(responseCode = "200", description = "The unit")
  @APIResponse(
      responseCode = "404",
      description = "No unit has the code, or none had it on validOn (the problem says which did)")
  public AreaResponse get(
      @Parameter(description = "The GSO code", example = "06652")
          @PathParam("code")
          @Size(max = 5)
          @Pattern(regexp = Areas.PATTERN, message = Areas.MESSAGE)
          String code,
      @Parameter(description = "The day the unit existed on", example = "2025-07-01")
          @QueryParam("validOn")
          LocalDate validOn) {
    return service
        .find(code, validOn)
        .orElseThrow(() -> ApiException.notFound("No unit has the code " + code + "."));
  }

  @POST
  @Path("/units")
  @RolesAllowed(Roles.ADMIN)
  @Consumes({SheetFormat.CSV_TYPE, SheetFormat.XLSX_TYPE})
  @Operation(
      operationId = "loadAreaUnits",
      summary = "Create or update many units",
      description =
          "Columns code, name, kind, parent, validFrom, validTo, legalBasis (docs/areas.md). A"
              + " row matching a stored unit's code and validFrom updates it. All rows or none.")
  @RequestBody(
      required = true,
      content = {
        @Content(
            mediaType = SheetFormat.CSV_TYPE,
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_BODY)),
        @Content(
            mediaType = SheetFormat.XLSX_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BODY))
      })
  @APIResponse(responseCode = "200", description = "What was stored")
  @APIResponse(responseCode = "400", description = "Some rows are invalid; nothing was stored")
  public AreaImportSummary loadUnits(@Context HttpHeaders headers, InputStream body)
      throws IOException {
    try (SpooledBody spooled = SpooledBody.of(body)) {
      return imports.units(format(headers), spooled, config.imports().maxRows());
    }
  }

  @POST
  @Path("/relations")
  @RolesAllowed(Roles.ADMIN)
  @Consumes({SheetFormat.CSV_TYPE, SheetFormat.XLSX_TYPE})
  @Operation(
      operationId = "loadAreaRelations",
      summary = "Create or update many predecessor → successor relations",
      description =
          "Columns predecessor, successor, on, relation, legalBasis, note: the predecessor is the"
              + " unit of its code on the day before on, the successor the unit of its code on on;"
              + " relation is WHOLE or PART. All rows or none.")
  @RequestBody(
      required = true,
      content = {
        @Content(
            mediaType = SheetFormat.CSV_TYPE,
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_BODY)),
        @Content(
            mediaType = SheetFormat.XLSX_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = MAX_BODY))
      })
  @APIResponse(responseCode = "200", description = "What was stored")
  @APIResponse(responseCode = "400", description = "Some rows are invalid; nothing was stored")
  public AreaImportSummary loadRelations(@Context HttpHeaders headers, InputStream body)
      throws IOException {
    try (SpooledBody spooled = SpooledBody.of(body)) {
      return imports.relations(format(headers), spooled, config.imports().maxRows());
    }
  }

  private static SheetFormat format(HttpHeaders headers) {
    return SheetFormat.of(headers.getMediaType()).orElseThrow();
  }
}

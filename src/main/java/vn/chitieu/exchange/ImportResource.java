package vn.chitieu.exchange;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;
import vn.chitieu.common.sheet.SheetDownload;
import vn.chitieu.common.sheet.SheetFormat;
import vn.chitieu.common.sheet.SpooledBody;
import vn.chitieu.security.Roles;

/** Bulk imports of targets and achievements, and the blank template for them. */
@Path("/api/v1/imports")
@Tag(
    name = "Imports",
    description = "Many targets and achievements in one request, as JSON, CSV or a workbook")
@RolesAllowed(Roles.READER)
public class ImportResource {

  private static final String MODES = "all-or-nothing|valid-rows";

  /** Why an import is refused when a figure it changes was changed meanwhile. */
  public static final String CHANGED_MEANWHILE =
      "Another request changed figures of this import while it ran, so nothing was stored; send"
          + " the import again.";

  private final ImportReader reader;
  private final ImportService service;

  ImportResource(ImportReader reader, ImportService service) {
    this.reader = reader;
    this.service = service;
  }

  @POST
  @RolesAllowed(Roles.EDITOR)
  @Consumes({MediaType.APPLICATION_JSON, SheetFormat.CSV_TYPE, SheetFormat.XLSX_TYPE})
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      operationId = "importFigures",
      summary = "Create or update many targets and achievements at once",
      description =
          "Each row is matched on kind, indicator, period and area: a new key creates a figure,"
              + " a stored one with other values is updated (as PUT would), an equal one is left"
              + " unchanged. Roles, the status lifecycle and period locks hold row by row; history"
              + " keeps one revision whose source is the import. A JSON body is an array of the"
              + " objects POST /targets and POST /achievements take, each with kind; CSV (UTF-8,"
              + " comma, decimal point) and workbooks (.xlsx, first sheet) have a header row"
              + " naming the columns of GET /imports/template. The body is read once whole (to a"
              + " temporary file), then applied in one transaction; where rows are refused, the"
              + " answer counts them all and lists the first 1000 problems by row.")
  @RequestBody(
      required = true,
      content = {
        @Content(
            mediaType = MediaType.APPLICATION_JSON,
            schema =
                @Schema(
                    type = SchemaType.ARRAY,
                    maxItems = 200000,
                    implementation = ImportItem.class)),
        @Content(
            mediaType = SheetFormat.CSV_TYPE,
            schema = @Schema(type = SchemaType.STRING, maxLength = 67108864)),
        @Content(
            mediaType = SheetFormat.XLSX_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 67108864))
      })
  @APIResponse(
      responseCode = "200",
      description =
          "What was stored (or in a dry run, what would be): counts and each rejected row",
      content = @Content(schema = @Schema(implementation = ImportSummary.class)))
  @APIResponse(
      responseCode = "400",
      description =
          "In all-or-nothing mode, some rows are invalid and nothing was stored: rows lists the first 1000 problems by row;"
              + " or the file cannot be read")
  @APIResponse(
      responseCode = "409",
      description =
          "Another request changed figures of this import while it ran; nothing was stored")
  @APIResponse(
      responseCode = "413",
      description =
          "The body is larger than chitieu.imports.max-size, or has more rows than"
              + " chitieu.imports.max-rows")
  public ImportSummary importFigures(
      @Parameter(
              description = "The kind of rows that give none",
              schema = @Schema(enumeration = {"target", "achievement"}))
          @QueryParam("kind")
          @Pattern(regexp = ImportKind.WORDS, message = "must be target or achievement")
          String kind,
      @Parameter(description = "Check and report, store nothing")
          @QueryParam("dryRun")
          @DefaultValue("false")
          boolean dryRun,
      @Parameter(
              description =
                  "all-or-nothing: one invalid row refuses the whole import (400);"
                      + " valid-rows: the valid rows are stored, the rest reported",
              schema = @Schema(enumeration = {"all-or-nothing", "valid-rows"}))
          @QueryParam("mode")
          @DefaultValue("all-or-nothing")
          @Pattern(regexp = MODES, message = "must be all-or-nothing or valid-rows")
          String mode,
      @Context HttpHeaders headers,
      InputStream body)
      throws IOException {
    Optional<SheetFormat> format = SheetFormat.of(headers.getMediaType());
    ImportKind given = kind == null ? null : ImportKind.of(kind).orElseThrow();
    try (SpooledBody spooled = SpooledBody.of(body)) {
      return service.run(
          (chunks, rejections) -> reader.read(format, spooled, given, chunks, rejections),
          dryRun,
          mode.equals("valid-rows"));
    }
  }

  @GET
  @Path("/template")
  @Produces({SheetFormat.CSV_TYPE, SheetFormat.XLSX_TYPE})
  @Operation(
      operationId = "getImportTemplate",
      summary = "A blank import: the header row and an example row of each kind",
      description = "CSV unless Accept asks for the .xlsx media type")
  @APIResponse(
      responseCode = "200",
      description = "The template",
      content = {
        @Content(
            mediaType = SheetFormat.CSV_TYPE,
            schema = @Schema(type = SchemaType.STRING, maxLength = 10000)),
        @Content(
            mediaType = SheetFormat.XLSX_TYPE,
            schema = @Schema(type = SchemaType.STRING, format = "binary", maxLength = 100000))
      })
  public RestResponse<Object> template(
      @Parameter(
              description = "Only this kind's example row",
              schema = @Schema(enumeration = {"target", "achievement"}))
          @QueryParam("kind")
          @Pattern(regexp = ImportKind.WORDS, message = "must be target or achievement")
          String kind,
      @Context HttpHeaders headers) {
    SheetFormat format = SheetDownload.requested(headers).orElse(SheetFormat.CSV);
    return SheetDownload.of(
        format,
        "import-template",
        sheet ->
            ImportTemplate.write(sheet, kind == null ? null : ImportKind.of(kind).orElseThrow()));
  }
}

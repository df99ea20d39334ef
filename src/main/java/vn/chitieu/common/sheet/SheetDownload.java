package vn.chitieu.common.sheet;

import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.io.IOException;
import java.util.Optional;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A table as a download: the format the caller's {@code Accept} prefers, streamed as it is written,
 * named by {@code Content-Disposition}.
 */
public final class SheetDownload {

  /** What a list endpoint's description says of its CSV and workbook forms. */
  public static final String DESCRIPTION =
      "Send Accept: text/csv or the .xlsx media type for every row the filters select (page and"
          + " size do not apply), in the columns the import takes";

  private SheetDownload() {}

  /** Writes a table to a {@link SheetWriter}; may read the database as it goes. */
  @FunctionalInterface
  public interface Body {
    void write(SheetWriter writer) throws IOException;
  }

  /**
   * The table format the caller asks for, or empty for JSON: the first acceptable type, in the
   * caller's order of preference, that is JSON, CSV or a workbook; a wildcard means JSON.
   */
  public static Optional<SheetFormat> requested(HttpHeaders headers) {
    for (MediaType type : headers.getAcceptableMediaTypes()) {
      if (type.isWildcardType() || MediaType.APPLICATION_JSON_TYPE.isCompatible(type)) {
        return Optional.empty();
      }
      Optional<SheetFormat> format = SheetFormat.of(type);
      if (format.isPresent()) {
        return format;
      }
    }
    return Optional.empty();
  }

  /**
   * The table the caller's Accept asks for, or else the JSON answer. Typed as the JSON answer, so
   * that the contract shows its schema; the table's body is a stream all the same.
   */
  @SuppressWarnings("unchecked")
  public static <T> RestResponse<T> or(
      HttpHeaders headers, String fileBase, Body table, Supplier<T> json) {
    return requested(headers)
        .map(format -> (RestResponse<T>) of(format, fileBase, table))
        .orElseGet(
            () ->
                RestResponse.ResponseBuilder.ok(json.get(), MediaType.APPLICATION_JSON_TYPE)
                    .build());
  }

  /** A table to write in a format, as {@link SheetBodyWriter} does once the response starts. */
  public record Table(SheetFormat format, Body body) {}

  /** The table in a format, streamed as it is written. */
  public static RestResponse<Object> of(SheetFormat format, String fileBase, Body body) {
    return RestResponse.ResponseBuilder.ok((Object) new Table(format, body), format.contentType())
        .header("Content-Disposition", "attachment; filename=\"" + format.fileName(fileBase) + "\"")
        .build();
  }
}

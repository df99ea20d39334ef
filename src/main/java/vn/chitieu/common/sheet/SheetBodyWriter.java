package vn.chitieu.common.sheet;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Writes a {@link SheetDownload}'s table to the response as it is produced. It claims every body of
 * the two table types, whatever the method's declared type: the list endpoints are typed as their
 * JSON answers (for the contract), and the writer is chosen for that type when the service is
 * built, which would otherwise be the text writer's {@code toString}.
 */
@Provider
@Produces({SheetFormat.CSV_TYPE, SheetFormat.XLSX_TYPE})
public class SheetBodyWriter implements MessageBodyWriter<Object> {

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return SheetFormat.of(mediaType).isPresent();
  }

  @Override
  public void writeTo(
      Object entity,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    if (!(entity instanceof SheetDownload.Table table)) {
      throw new IllegalStateException("Only tables are written as CSV or workbooks");
    }
    try (SheetWriter writer = SheetWriter.open(table.format(), out)) {
      table.body().write(writer);
    }
  }
}

package vn.chitieu.system;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveResourceInfo;
import org.jboss.resteasy.reactive.server.spi.ServerMessageBodyWriter;
import org.jboss.resteasy.reactive.server.spi.ServerRequestContext;
import vn.chitieu.common.MemoizedJsonList;

/**
 * Writes a {@link MemoizedJsonList} as JSON: the first time with the service's mapper, as any list,
 * keeping the bytes; every later time those bytes, handed to the HTTP layer in one piece (with a
 * Content-Length, instead of the output stream's chunks of 8 kB).
 */
@Provider
@Produces(MediaType.APPLICATION_JSON)
class MemoizedJsonBodyWriter implements ServerMessageBodyWriter<MemoizedJsonList<?>> {

  private final ObjectMapper mapper;

  MemoizedJsonBodyWriter(ObjectMapper mapper) {
    this.mapper = mapper;
  }

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
    return MemoizedJsonList.class.isAssignableFrom(type);
  }

  @Override
  public boolean isWriteable(
      Class<?> type, Type genericType, ResteasyReactiveResourceInfo target, MediaType mediaType) {
    return MemoizedJsonList.class.isAssignableFrom(type);
  }

  @Override
  public void writeResponse(
      MemoizedJsonList<?> list, Type genericType, ServerRequestContext context) throws IOException {
    context.serverResponse().end(json(list));
  }

  @Override
  public void writeTo(
      MemoizedJsonList<?> list,
      Class<?> type,
      Type genericType,
      Annotation[] annotations,
      MediaType mediaType,
      MultivaluedMap<String, Object> headers,
      OutputStream out)
      throws IOException {
    out.write(json(list));
  }

  private byte[] json(MemoizedJsonList<?> list) throws IOException {
    byte[] json = list.json();
    if (json == null) {
      json = mapper.writeValueAsBytes(list.elements());
      list.keep(json);
    }
    return json;
  }
}

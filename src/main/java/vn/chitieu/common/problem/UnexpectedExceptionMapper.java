package vn.chitieu.common.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Anything else is the service's fault: logged with a correlation id, answered without details. */
class UnexpectedExceptionMapper {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);

  @ServerExceptionMapper
  Response map(Exception e, UriInfo uri) {
    return internalError(e, uri.getPath());
  }

  static Response internalError(Throwable e, String path) {
    String correlationId = UUID.randomUUID().toString();
    LOG.errorf(e, "Request to %s failed; correlation id %s", path, correlationId);
    return Problems.response(Problems.internal(correlationId, path));
  }
}

package vn.chitieu.common.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Failures the service raised on purpose: their message is written for the caller. */
class ApiExceptionMapper {

  @ServerExceptionMapper
  Response map(ApiException e, UriInfo uri) {
    String path = uri.getPath();
    Problem problem =
        switch (e.type()) {
          case INVALID_INPUT -> Problems.invalid(e.errors(), path);
          case INVALID_ROWS -> Problems.rows(e.getMessage(), e.rows(), path);
          case GONE -> Problems.gone(e.getMessage(), e.next(), path);
          default -> Problems.of(e.type(), e.getMessage(), path);
        };
    return Problems.response(problem);
  }
}

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
        e.type() == ProblemType.INVALID_INPUT
            ? Problems.invalid(e.errors(), path)
            : Problems.of(e.type(), e.getMessage(), path);
    return Problems.response(problem);
  }
}

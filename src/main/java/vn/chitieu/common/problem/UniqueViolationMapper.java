package vn.chitieu.common.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.hibernate.exception.ConstraintViolationException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * A database constraint caught what the service's own checks did not (two writers racing for the
 * same key): a 409, without the SQL or constraint text.
 */
class UniqueViolationMapper {

  @ServerExceptionMapper
  Response map(ConstraintViolationException e, UriInfo uri) {
    if (e.getKind() == ConstraintViolationException.ConstraintKind.UNIQUE) {
      return Problems.response(
          Problems.of(
              ProblemType.CONFLICT,
              "The request conflicts with data written at the same time; read it and try again.",
              uri.getPath()));
    }
    return UnexpectedExceptionMapper.internalError(e, uri.getPath());
  }
}

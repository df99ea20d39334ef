package vn.chitieu.common.problem;

import jakarta.persistence.OptimisticLockException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Another writer changed the row between this request's read and its write (both named the same
 * If-Match): this one loses with a 412, and the stored row is the winner's. Writes flush inside
 * their transaction, so the exception arrives here as JPA raised it, not wrapped by the commit.
 */
class OptimisticLockMapper {

  static final String DETAIL =
      "The resource was changed by another request at the same time; GET it again, apply the"
          + " change to what it now holds and send it with that ETag.";

  @ServerExceptionMapper
  Response map(OptimisticLockException e, UriInfo uri) {
    return Problems.response(Problems.of(ProblemType.PRECONDITION_FAILED, DETAIL, uri.getPath()));
  }
}

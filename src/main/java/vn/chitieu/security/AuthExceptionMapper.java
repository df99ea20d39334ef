package vn.chitieu.security;

import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.chitieu.common.problem.ProblemType;
import vn.chitieu.common.problem.Problems;

/**
 * 401 and 403 as problem details. The caller learns only that its token was not accepted; why
 * (expired, wrong signature, wrong issuer) goes to the log.
 */
class AuthExceptionMapper {

  private static final Logger LOG = Logger.getLogger(AuthExceptionMapper.class);

  @ServerExceptionMapper
  Response mapFailed(AuthenticationFailedException e, UriInfo uri) {
    LOG.infof("Token refused for %s: %s", uri.getPath(), reason(e));
    return unauthorized(uri);
  }

  @ServerExceptionMapper
  Response mapUnauthorized(UnauthorizedException e, UriInfo uri) {
    return unauthorized(uri);
  }

  @ServerExceptionMapper
  Response mapForbidden(ForbiddenException e, UriInfo uri) {
    return Problems.response(Problems.of(ProblemType.FORBIDDEN, Problems.NO_ROLE, uri.getPath()));
  }

  private static Response unauthorized(UriInfo uri) {
    Response problem =
        Problems.response(
            Problems.of(ProblemType.UNAUTHORIZED, Problems.SEND_A_TOKEN, uri.getPath()));
    return Response.fromResponse(problem).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer").build();
  }

  private static String reason(Throwable e) {
    StringBuilder reason = new StringBuilder(String.valueOf(e.getMessage()));
    for (Throwable cause = e.getCause(); cause != null; cause = cause.getCause()) {
      reason.append(" / ").append(cause.getMessage());
    }
    return reason.toString();
  }
}

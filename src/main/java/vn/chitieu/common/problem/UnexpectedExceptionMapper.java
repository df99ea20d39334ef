package vn.chitieu.common.problem;

import io.vertx.core.http.HttpClosedException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.hibernate.exception.JDBCConnectionException;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * Anything else is the service's fault, answered without details and logged under the request id;
 * except an unreachable database, a 503 the caller may retry, and data the database refuses (SQL
 * state class 22), which is the input's fault: a 400.
 */
class UnexpectedExceptionMapper {

  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class);
  private static final String RETRY_AFTER_SECONDS = "5";

  @ServerExceptionMapper
  Response map(Exception e, UriInfo uri) {
    return internalError(e, uri.getPath());
  }

  static Response internalError(Throwable e, String path) {
    if (isDatabaseUnreachable(e)) {
      LOG.warnf("Request to %s failed: the database is unreachable (%s)", path, e.getMessage());
      Response problem =
          Problems.response(
              Problems.of(
                  ProblemType.UNAVAILABLE,
                  "The database is unreachable; try again in a few seconds.",
                  path));
      return Response.fromResponse(problem).header("Retry-After", RETRY_AFTER_SECONDS).build();
    }
    if (isDataRejectedByDatabase(e)) {
      LOG.infof("Request to %s carried data the database refused: %s", path, e.getMessage());
      return Problems.response(
          Problems.of(
              ProblemType.INVALID_INPUT,
              "The request carries a value that cannot be stored or compared, such as a NUL"
                  + " character or a number out of range.",
              path));
    }
    if (isCallerGone(e)) {
      LOG.debugf("Request to %s ended: the caller closed the connection", path);
      return Problems.response(Problems.internal(path));
    }
    LOG.errorf(e, "Request to %s failed", path);
    return Problems.response(Problems.internal(path));
  }

  /**
   * The caller closed the connection before the service had read its request (a client timing out,
   * a load generator stopping): nobody is left to answer, and nothing on this side failed.
   */
  static boolean isCallerGone(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof HttpClosedException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Connection refused, timed out or lost (SQL state class 08), or the server shutting down
   * (57P01–57P03), however it is wrapped.
   */
  static boolean isDatabaseUnreachable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException
          || t instanceof JDBCConnectionException
          || t instanceof ConnectException) {
        return true;
      }
      if (t instanceof SQLException sql
          && (isConnectionState(sql.getSQLState())
              || String.valueOf(sql.getMessage()).contains("cquisition timeout"))) {
        return true;
      }
    }
    return false;
  }

  /** SQL state class 22 (data exception): the input, not the service, is at fault. */
  static boolean isDataRejectedByDatabase(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("22")) {
        return true;
      }
    }
    return false;
  }

  private static boolean isConnectionState(String state) {
    return state != null && (state.startsWith("08") || state.startsWith("57P"));
  }
}

package vn.chitieu.system;

import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerResponse;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;
import vn.chitieu.common.RequestIds;
import vn.chitieu.common.problem.Problem;
import vn.chitieu.common.problem.ProblemType;
import vn.chitieu.common.problem.Problems;

/**
 * Problems answered by the HTTP layer (Vert.x router handlers), before a request reaches the REST
 * layer that gives it an id: each gets a fresh request id, named in the header as the REST layer
 * does. The connection is closed after them, since the rest of the request may not have been read.
 */
final class RouterProblems {

  private RouterProblems() {}

  static void send(RoutingContext context, ProblemType type, String detail) {
    HttpServerResponse response = context.response();
    if (response.headWritten()) {
      context.request().connection().close();
      return;
    }
    String requestId = UUID.randomUUID().toString();
    Problem problem =
        new Problem(
            type.uri(),
            type.title(),
            type.status(),
            detail,
            instance(context),
            null,
            null,
            null,
            requestId);
    response
        .setStatusCode(type.status())
        .putHeader(HttpHeaders.CONTENT_TYPE, Problems.MEDIA_TYPE)
        .putHeader(RequestIds.HEADER, requestId)
        .putHeader(HttpHeaders.CONNECTION, "close")
        .end(Problems.write(problem));
  }

  /** The request path, shortened: a path too long to answer is not echoed in full. */
  private static String instance(RoutingContext context) {
    String path = context.request().path();
    if (path == null) {
      return null;
    }
    return path.length() > 200 ? path.substring(0, 200) + "…" : path;
  }
}

package vn.chitieu.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * HTTP-level failures raised by the framework: unknown path, method not allowed, wrong media type,
 * unreadable body. Their own messages are not shown, since they may name internals.
 */
class WebApplicationExceptionMapper {

  @ServerExceptionMapper
  Response map(WebApplicationException e, UriInfo uri) {
    String path = uri.getPath();
    for (Throwable t = e.getCause(); t != null; t = t.getCause()) {
      if (t instanceof JsonProcessingException json) {
        return Problems.response(JsonExceptionMapper.toProblem(json, path));
      }
    }
    int status = e.getResponse().getStatus();
    if (status >= 500) {
      return UnexpectedExceptionMapper.internalError(e, path);
    }
    ProblemType type = ProblemType.forStatus(status);
    Response.ResponseBuilder response =
        Response.fromResponse(Problems.response(Problems.of(type, detail(type), path)));
    response.status(status);
    if (status == 405 && e.getResponse().getHeaderString("Allow") != null) {
      response.header("Allow", e.getResponse().getHeaderString("Allow"));
    }
    return response.build();
  }

  private static String detail(ProblemType type) {
    return switch (type) {
      case UNAUTHORIZED -> Problems.SEND_A_TOKEN;
      case FORBIDDEN -> "Your token does not carry a role that may do this.";
      case NOT_FOUND -> "No resource exists at this path.";
      case METHOD_NOT_ALLOWED -> "This path does not support the HTTP method used.";
      case NOT_ACCEPTABLE ->
          "The service answers in application/json only; adjust the Accept header.";
      case UNSUPPORTED_MEDIA_TYPE -> Problems.SEND_JSON;
      default -> "The request could not be understood.";
    };
  }
}

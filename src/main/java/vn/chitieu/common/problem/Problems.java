package vn.chitieu.common.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.core.Response;
import java.util.List;
import vn.chitieu.common.RequestIds;

/** Builds every error response of the service, so that all share one shape and media type. */
public final class Problems {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** What a caller without a valid token is told. */
  public static final String SEND_A_TOKEN =
      "Send a valid bearer token in the Authorization header.";

  /** What a caller whose token's roles do not suffice is told. */
  public static final String NO_ROLE =
      "Your token does not carry a role that may do this; see the operation's description.";

  /** What a body of another media type than JSON is told. */
  public static final String SEND_JSON =
      "Send the request body as application/json (application/merge-patch+json for a PATCH).";

  private static final ObjectMapper JSON = new ObjectMapper();

  private Problems() {}

  public static Response response(Problem problem) {
    return Response.status(problem.status()).type(MEDIA_TYPE).entity(write(problem)).build();
  }

  public static Problem of(ProblemType type, String detail, String path) {
    return new Problem(
        type.uri(),
        type.title(),
        type.status(),
        detail,
        path,
        null,
        null,
        null,
        RequestIds.current());
  }

  /** An import refused for its invalid rows, each named. */
  public static Problem rows(String detail, List<RowError> rows, String path) {
    ProblemType type = ProblemType.INVALID_ROWS;
    return new Problem(
        type.uri(),
        type.title(),
        type.status(),
        detail,
        path,
        null,
        rows,
        null,
        RequestIds.current());
  }

  /** A change feed cursor that has left the feed, and the cursor to follow from instead. */
  public static Problem gone(String detail, String next, String path) {
    ProblemType type = ProblemType.GONE;
    return new Problem(
        type.uri(),
        type.title(),
        type.status(),
        detail,
        path,
        null,
        null,
        next,
        RequestIds.current());
  }

  public static Problem invalid(List<FieldError> errors, String path) {
    ProblemType type = ProblemType.INVALID_INPUT;
    String detail = invalidInputDetail(errors);
    return new Problem(
        type.uri(),
        type.title(),
        type.status(),
        detail,
        path,
        errors,
        null,
        null,
        RequestIds.current());
  }

  /** The field and message of a body Jackson could not map, as a 400 names them. */
  public static FieldError fieldError(com.fasterxml.jackson.databind.JsonMappingException e) {
    return JsonExceptionMapper.fieldError(e);
  }

  /** A fixed message: what went wrong is in the log, under the request id. */
  public static Problem internal(String path) {
    return internal(path, RequestIds.current());
  }

  /** The same, for a given request id (the contract's example). */
  public static Problem internal(String path, String requestId) {
    ProblemType type = ProblemType.INTERNAL;
    String detail =
        "The service could not complete the request. Quote request id "
            + requestId
            + " when reporting it.";
    return new Problem(
        type.uri(), type.title(), type.status(), detail, path, null, null, null, requestId);
  }

  static String invalidInputDetail(List<FieldError> errors) {
    return errors.size() == 1
        ? "The request has an invalid input: "
            + errors.get(0).field()
            + " "
            + errors.get(0).message()
            + "."
        : "The request has " + errors.size() + " invalid inputs; see errors.";
  }

  /** Serialised here rather than by the JAX-RS writers, which may not handle the media type. */
  public static String write(Problem problem) {
    try {
      return JSON.writeValueAsString(problem);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("A problem detail could not be written", e);
    }
  }
}

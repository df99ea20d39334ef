package vn.chitieu.common.problem;

/** The kinds of problem the service reports; each has a stable {@code type} URI and title. */
public enum ProblemType {
  CLIENT_ERROR(400, "Bad request"),
  INVALID_INPUT(400, "Invalid input"),
  INVALID_ROWS(400, "Invalid rows"),
  MALFORMED_REQUEST(400, "Malformed request"),
  UNAUTHORIZED(401, "Unauthorized"),
  FORBIDDEN(403, "Forbidden"),
  NOT_FOUND(404, "Not found"),
  METHOD_NOT_ALLOWED(405, "Method not allowed"),
  NOT_ACCEPTABLE(406, "Not acceptable"),
  CONFLICT(409, "Conflict"),
  GONE(410, "Gone"),
  PRECONDITION_FAILED(412, "Precondition failed"),
  PAYLOAD_TOO_LARGE(413, "Payload too large"),
  URI_TOO_LONG(414, "URI too long"),
  UNSUPPORTED_MEDIA_TYPE(415, "Unsupported media type"),
  PRECONDITION_REQUIRED(428, "Precondition required"),
  TOO_MANY_REQUESTS(429, "Too many requests"),
  HEADERS_TOO_LARGE(431, "Request header fields too large"),
  INTERNAL(500, "Internal server error"),
  UNAVAILABLE(503, "Service unavailable");

  private final int status;
  private final String title;

  ProblemType(int status, String title) {
    this.status = status;
    this.title = title;
  }

  public int status() {
    return status;
  }

  public String title() {
    return title;
  }

  public String uri() {
    return "urn:chitieu:problem:" + name().toLowerCase().replace('_', '-');
  }

  /** The generic kind for an HTTP status, for failures the service did not raise itself. */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status) {
        return type;
      }
    }
    return status >= 500 ? INTERNAL : CLIENT_ERROR;
  }
}

package vn.chitieu.common.problem;

import jakarta.ws.rs.WebApplicationException;
import java.util.List;

/**
 * A failure the service reports on purpose, with a message meant for the caller. It extends {@link
 * WebApplicationException} so that it also passes unchanged out of parameter converters.
 */
public class ApiException extends WebApplicationException {

  // Serializable through Throwable, though never serialized: a fixed id keeps -Xlint:serial quiet.
  private static final long serialVersionUID = 1L;

  private final ProblemType type;
  private final List<FieldError> errors;
  private final List<RowError> rows;
  private final String next;

  public ApiException(ProblemType type, String detail, List<FieldError> errors) {
    this(type, detail, errors, List.of(), null);
  }

  private ApiException(
      ProblemType type, String detail, List<FieldError> errors, List<RowError> rows, String next) {
    super(detail, type.status());
    this.type = type;
    this.errors = List.copyOf(errors);
    this.rows = List.copyOf(rows);
    this.next = next;
  }

  /** An import refused as a whole for these invalid rows. */
  public static ApiException invalidRows(String detail, List<RowError> rows) {
    return new ApiException(ProblemType.INVALID_ROWS, detail, List.of(), rows, null);
  }

  /** A change feed cursor that has left the feed; next is the cursor to follow from instead. */
  public static ApiException gone(String detail, String next) {
    return new ApiException(ProblemType.GONE, detail, List.of(), List.of(), next);
  }

  public static ApiException notFound(String detail) {
    return new ApiException(ProblemType.NOT_FOUND, detail, List.of());
  }

  public static ApiException conflict(String detail) {
    return new ApiException(ProblemType.CONFLICT, detail, List.of());
  }

  public static ApiException forbidden(String detail) {
    return new ApiException(ProblemType.FORBIDDEN, detail, List.of());
  }

  public static ApiException preconditionFailed(String detail) {
    return new ApiException(ProblemType.PRECONDITION_FAILED, detail, List.of());
  }

  public static ApiException preconditionRequired(String detail) {
    return new ApiException(ProblemType.PRECONDITION_REQUIRED, detail, List.of());
  }

  public static ApiException invalid(String field, String message) {
    return invalid(List.of(new FieldError(field, message)));
  }

  public static ApiException invalid(List<FieldError> errors) {
    return new ApiException(ProblemType.INVALID_INPUT, Problems.invalidInputDetail(errors), errors);
  }

  /** Throws an invalid-input exception naming these errors, if there are any. */
  public static void throwIfAny(List<FieldError> errors) {
    if (!errors.isEmpty()) {
      throw invalid(errors);
    }
  }

  public ProblemType type() {
    return type;
  }

  public List<FieldError> errors() {
    return errors;
  }

  public List<RowError> rows() {
    return rows;
  }

  public String next() {
    return next;
  }
}

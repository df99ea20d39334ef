package vn.chitieu.common.problem;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;
import vn.chitieu.common.Period;
import vn.chitieu.common.StrictStrings;

/**
 * Request bodies Jackson could not read: malformed JSON, wrong JSON types, unknown enum values and
 * unknown properties. Messages are written here, never copied from Jackson, so no Java type leaks.
 */
class JsonExceptionMapper {

  @ServerExceptionMapper
  Response map(JsonProcessingException e, UriInfo uri) {
    return Problems.response(toProblem(e, uri.getPath()));
  }

  /** Named as well, since Quarkus maps this subclass itself otherwise. */
  @ServerExceptionMapper
  Response mapMismatch(MismatchedInputException e, UriInfo uri) {
    return map(e, uri);
  }

  /** Named as well, since Quarkus maps this subclass itself otherwise. */
  @ServerExceptionMapper
  Response mapParse(JsonParseException e, UriInfo uri) {
    return map(e, uri);
  }

  static Problem toProblem(JsonProcessingException e, String path) {
    if (e instanceof JsonMappingException mapping) {
      return Problems.invalid(List.of(fieldError(mapping)), path);
    }
    return Problems.of(ProblemType.MALFORMED_REQUEST, malformedDetail(e), path);
  }

  private static String malformedDetail(JsonProcessingException e) {
    if (e instanceof StreamConstraintsException) {
      return "The request body exceeds a limit: a number or text is too long, or nesting too deep.";
    }
    String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
    // Jackson appends advice about its own features and the source's location: not for callers.
    for (String internal : List.of(": enable", " (start marker at", " at [Source")) {
      int cut = reason.indexOf(internal);
      reason = cut >= 0 ? reason.substring(0, cut) : reason;
    }
    reason = reason.replace("'NaN'", "'NaN' (not a JSON number)").lines().findFirst().orElse("");
    String location =
        e.getLocation() == null
            ? ""
            : " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
    return "The request body is not valid JSON" + location + ": " + reason;
  }

  static FieldError fieldError(JsonMappingException e) {
    String field = field(e.getPath());
    if (e instanceof UnrecognizedPropertyException unknown) {
      String known =
          unknown.getKnownPropertyIds().stream()
              .map(Object::toString)
              .sorted()
              .collect(Collectors.joining(", "));
      return new FieldError(field, "is not a known property; known properties are: " + known);
    }
    if (e instanceof InvalidFormatException invalid
        && invalid.getValue() instanceof String text
        && StrictStrings.hasLoneSurrogate(text)) {
      return new FieldError(field, StrictStrings.MESSAGE);
    }
    return new FieldError(field, expectation(targetType(e)));
  }

  private static Class<?> targetType(JsonMappingException e) {
    if (e instanceof MismatchedInputException mismatch) {
      return mismatch.getTargetType();
    }
    if (e instanceof ValueInstantiationException instantiation) {
      return instantiation.getType().getRawClass();
    }
    return null;
  }

  static String field(List<JsonMappingException.Reference> path) {
    StringBuilder field = new StringBuilder();
    for (JsonMappingException.Reference ref : path) {
      if (ref.getFieldName() != null) {
        field.append(field.isEmpty() ? "" : ".").append(ref.getFieldName());
      } else if (ref.getIndex() >= 0) {
        field.append('[').append(ref.getIndex()).append(']');
      }
    }
    return field.isEmpty() ? "body" : field.toString();
  }

  static String expectation(Class<?> type) {
    if (type == null) {
      return "has the wrong JSON type";
    }
    if (type == Period.class) {
      return Period.FORMS;
    }
    if (type.isEnum()) {
      return "must be one of " + Arrays.toString(type.getEnumConstants());
    }
    if (type == BigDecimal.class) {
      return "must be a JSON number, written without quotes";
    }
    if (Number.class.isAssignableFrom(type) || type == int.class || type == long.class) {
      return "must be a whole JSON number, written without quotes";
    }
    if (type == Boolean.class || type == boolean.class) {
      return "must be true or false";
    }
    if (type == String.class) {
      return "must be a JSON string";
    }
    if (type == LocalDate.class) {
      return "must be a date written as YYYY-MM-DD, in the years 1900 to 2199";
    }
    if (type == UUID.class) {
      return "must be a UUID";
    }
    if (Collection.class.isAssignableFrom(type) || type.isArray()) {
      return "must be a JSON array";
    }
    if (Map.class.isAssignableFrom(type) || type.isRecord()) {
      return "must be a JSON object";
    }
    return "has the wrong JSON type";
  }
}

package vn.chitieu.common;

import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.function.Function;
import java.util.regex.Pattern;
import vn.chitieu.common.problem.ApiException;

/**
 * Converts query and path parameters so that a value of the wrong form is a 400 naming the
 * parameter. Without it JAX-RS answers such a value with a bare 404, as its specification says.
 *
 * <p>Values are taken exactly as sent, for every type: {@code active=true%20}, {@code size=%205} or
 * {@code period=2020%20} is refused rather than stripped, as the JSON body's strings are.
 */
@Provider
public class ParameterConverters implements ParamConverterProvider {

  /** The first instant a figure can belong to: periods start in 1900. */
  private static final Instant FIRST_INSTANT = Instant.parse("1900-01-01T00:00:00Z");

  private static final Pattern UNENCODED_PLUS = Pattern.compile(" (\\d{2}:\\d{2})$");

  @Override
  @SuppressWarnings({"unchecked", "rawtypes"})
  public <T> ParamConverter<T> getConverter(Class<T> type, Type generic, Annotation[] annotations) {
    String name = parameterName(annotations);
    if (type == Integer.class || type == int.class) {
      return (ParamConverter<T>) converter(name, Integer::valueOf, "must be a whole number");
    }
    if (type == Boolean.class || type == boolean.class) {
      return (ParamConverter<T>)
          converter(name, ParameterConverters::bool, "must be true or false");
    }
    if (type == Period.class) {
      return (ParamConverter<T>) converter(name, Period::parse, Period.FORMS);
    }
    if (type == LocalDate.class) {
      return (ParamConverter<T>)
          converter(name, LocalDate::parse, "must be a date such as 2025-07-01");
    }
    if (type == Instant.class) {
      return (ParamConverter<T>)
          converter(
              name,
              ParameterConverters::instant,
              "must be an ISO-8601 instant with an offset, such as 2020-12-16T17:00:00Z, from the"
                  + " year 1900");
    }
    if (type.isEnum()) {
      return converter(
          name,
          value -> (T) Enum.valueOf((Class) type, value),
          "must be one of " + Arrays.toString(type.getEnumConstants()));
    }
    return null;
  }

  /** A converter for one parameter whose parse function throws on a value it does not accept. */
  public static <T> ParamConverter<T> converter(
      String name, Function<String, T> parse, String expectation) {
    return new ParamConverter<>() {
      @Override
      public T fromString(String value) {
        if (value == null) {
          return null;
        }
        try {
          return parse.apply(value);
        } catch (ApiException e) {
          throw e;
        } catch (RuntimeException e) {
          throw ApiException.invalid(name, expectation);
        }
      }

      @Override
      public String toString(T value) {
        return String.valueOf(value);
      }
    };
  }

  public static String parameterName(Annotation[] annotations) {
    for (Annotation annotation : annotations) {
      if (annotation instanceof QueryParam query) {
        return query.value();
      }
      if (annotation instanceof PathParam path) {
        return path.value();
      }
    }
    return "parameter";
  }

  /**
   * An instant with its offset. A query string turns an unencoded {@code +07:00} into {@code "
   * 07:00"}; that space is read back as the plus it was.
   */
  private static Instant instant(String value) {
    String offset = UNENCODED_PLUS.matcher(value).replaceFirst("+$1");
    Instant instant = OffsetDateTime.parse(offset).toInstant();
    if (instant.isBefore(FIRST_INSTANT)) {
      throw new IllegalArgumentException(value);
    }
    return instant;
  }

  private static Boolean bool(String value) {
    return switch (value) {
      case "true" -> true;
      case "false" -> false;
      default -> throw new IllegalArgumentException(value);
    };
  }
}

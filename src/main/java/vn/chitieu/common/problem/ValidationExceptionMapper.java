package vn.chitieu.common.problem;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Bean Validation failures of request bodies and parameters: a 400 naming each field. */
class ValidationExceptionMapper {

  @ServerExceptionMapper
  Response map(ConstraintViolationException e, UriInfo uri) {
    List<FieldError> errors =
        e.getConstraintViolations().stream()
            .map(v -> new FieldError(field(v), v.getMessage()))
            .sorted(Comparator.comparing(FieldError::field).thenComparing(FieldError::message))
            .toList();
    return Problems.response(Problems.invalid(errors, uri.getPath()));
  }

  /**
   * The path a caller knows: {@code create.body.name.vi} becomes {@code name.vi}, a bean parameter
   * {@code list.paging.size} becomes {@code size}, a query parameter {@code scorecard.period}
   * becomes {@code period}, a missing body becomes {@code body}, and {@code
   * createAll.body[3].value} of a list body becomes {@code [3].value}.
   */
  static String field(ConstraintViolation<?> violation) {
    List<String> names = new ArrayList<>();
    boolean parameterFirst = false;
    for (Path.Node node : violation.getPropertyPath()) {
      if (node.getKind() == ElementKind.METHOD) {
        continue;
      }
      parameterFirst |= names.isEmpty() && node.getKind() == ElementKind.PARAMETER;
      if (node.getIndex() != null && !names.isEmpty()) {
        int last = names.size() - 1;
        names.set(last, names.get(last) + "[" + node.getIndex() + "]");
      }
      if (node.getName() != null) {
        names.add(node.getName());
      }
    }
    if (parameterFirst && names.size() > 1) {
      String parameter = names.remove(0);
      int index = parameter.indexOf('[');
      if (index >= 0) {
        names.set(0, parameter.substring(index) + "." + names.get(0));
      }
    }
    return names.isEmpty() ? "body" : String.join(".", names);
  }
}

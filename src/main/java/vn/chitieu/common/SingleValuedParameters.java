package vn.chitieu.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import java.util.List;
import java.util.Map;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import vn.chitieu.common.problem.ApiException;

/**
 * Refuses a query parameter given more than once ({@code size=1&size=600}): every parameter of the
 * API takes one value, and silently using the first would hide the caller's mistake.
 */
public class SingleValuedParameters {

  @ServerRequestFilter
  void refuseRepeated(ContainerRequestContext request) {
    for (Map.Entry<String, List<String>> parameter :
        request.getUriInfo().getQueryParameters().entrySet()) {
      int count = parameter.getValue().size();
      if (count > 1) {
        throw ApiException.invalid(
            parameter.getKey(), "is given " + count + " times; give it once");
      }
    }
  }
}

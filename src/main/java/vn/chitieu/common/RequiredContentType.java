package vn.chitieu.common;

import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import java.util.Set;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Refuses with 415 a body-carrying request that does not say what its body is: no Content-Type, or
 * a wildcard such as {@code *}{@code /*}. JAX-RS would otherwise take it for whatever the method
 * consumes, and read it as JSON. A declared type other than the method's is refused by JAX-RS
 * itself, with the same 415.
 */
public class RequiredContentType {

  private static final Set<String> WITH_BODY = Set.of("POST", "PUT", "PATCH");

  @ServerRequestFilter
  void refuseUndeclaredBody(ContainerRequestContext request) {
    if (!WITH_BODY.contains(request.getMethod())) {
      return;
    }
    MediaType type = request.getMediaType();
    if (type == null || type.isWildcardType() || type.isWildcardSubtype()) {
      throw new NotSupportedException();
    }
  }
}

package vn.chitieu.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jboss.logging.MDC;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;

/**
 * Gives every API request an id: the caller's {@code X-Request-Id} when it is a sane token, else a
 * new one. The id is in every log line of the request, in the response header and in problems.
 */
public class RequestIds {

  public static final String HEADER = "X-Request-Id";
  public static final String MDC_KEY = "requestId";

  private static final Pattern SANE = Pattern.compile("[A-Za-z0-9._-]{1,64}");

  @ServerRequestFilter(preMatching = true)
  void assign(ContainerRequestContext request) {
    String given = request.getHeaderString(HEADER);
    String id =
        given != null && SANE.matcher(given).matches() ? given : UUID.randomUUID().toString();
    request.setProperty(MDC_KEY, id);
    MDC.put(MDC_KEY, id);
  }

  @ServerResponseFilter
  void echo(ContainerRequestContext request, ContainerResponseContext response) {
    Object id = request.getProperty(MDC_KEY);
    if (id != null) {
      response.getHeaders().putSingle(HEADER, id);
    }
  }

  /** The current request's id, or a new one outside a request. */
  public static String current() {
    Object id = MDC.get(MDC_KEY);
    return id != null ? id.toString() : UUID.randomUUID().toString();
  }
}

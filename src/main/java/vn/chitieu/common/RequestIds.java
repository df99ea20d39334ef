package vn.chitieu.common;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
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
    String id = given != null && SANE.matcher(given).matches() ? given : newId();
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
    return id != null ? id.toString() : newId();
  }

  /**
   * A random (version 4) UUID from a per-thread generator: an id only tells requests apart in the
   * logs, so it needs no cryptographic randomness (UUID.randomUUID's one shared SecureRandom, which
   * every request went through, was a measurable share of a simple read).
   */
  static String newId() {
    ThreadLocalRandom random = ThreadLocalRandom.current();
    long high = (random.nextLong() & ~0xF000L) | 0x4000L;
    long low = (random.nextLong() & ~(0xCL << 60)) | (0x8L << 60);
    return new UUID(high, low).toString();
  }
}

package vn.chitieu.ratelimit;

import io.quarkus.security.identity.CurrentIdentityAssociation;
import io.quarkus.security.identity.SecurityIdentity;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Optional;
import org.eclipse.microprofile.jwt.JsonWebToken;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.ServerResponseFilter;
import vn.chitieu.common.problem.ProblemType;
import vn.chitieu.common.problem.Problems;

/**
 * Counts each API request of a caller with a token against its client's limit ({@link
 * RateLimiter}); beyond it, answers 429 with Retry-After. Every 2xx and 4xx answer to a limited
 * client carries the IETF draft's RateLimit and RateLimit-Policy headers. Callers without a token
 * (401, or anonymous reading) are not counted.
 */
public class RateLimitFilter {

  public static final String RATE_LIMIT = "RateLimit";
  public static final String RATE_LIMIT_POLICY = "RateLimit-Policy";

  private static final String DECISION = RateLimitFilter.class.getName() + ".decision";

  private final RateLimiter limiter;
  private final CurrentIdentityAssociation identities;

  RateLimitFilter(RateLimiter limiter, CurrentIdentityAssociation identities) {
    this.limiter = limiter;
    this.identities = identities;
  }

  @ServerRequestFilter
  Uni<Response> limit(ContainerRequestContext request) {
    if (!limiter.enabled()) {
      return Uni.createFrom().nullItem();
    }
    String path = request.getUriInfo().getPath();
    if (!path.startsWith("/api/")) {
      return Uni.createFrom().nullItem();
    }
    return identities
        .getDeferredIdentity()
        .map(
            identity -> {
              Optional<Decision> decision = client(identity).flatMap(limiter::admit);
              if (decision.isEmpty()) {
                return null;
              }
              request.setProperty(DECISION, decision.get());
              return decision.get().allowed() ? null : tooMany(decision.get(), path);
            });
  }

  @ServerResponseFilter
  void headers(ContainerRequestContext request, ContainerResponseContext response) {
    if (request.getProperty(DECISION) instanceof Decision decision
        && (response.getStatus() / 100 == 2 || response.getStatus() / 100 == 4)) {
      response.getHeaders().putSingle(RATE_LIMIT, decision.header());
      response.getHeaders().putSingle(RATE_LIMIT_POLICY, decision.limit().policyHeader());
    }
  }

  /**
   * The client a token was issued to: its {@code azp} (authorized party, as Keycloak sets it), else
   * its {@code client_id} (RFC 9068), else its subject.
   */
  static Optional<String> client(SecurityIdentity identity) {
    if (identity.isAnonymous() || !(identity.getPrincipal() instanceof JsonWebToken token)) {
      return Optional.empty();
    }
    for (String claim : new String[] {"azp", "client_id", "sub"}) {
      Object value = token.getClaim(claim);
      if (value != null && !value.toString().isBlank()) {
        return Optional.of(value.toString());
      }
    }
    return Optional.empty();
  }

  /** What a client over its limit is told. */
  public static String detail(int perSecond, int burst, long retryAfterSeconds) {
    return "Your client has sent more requests than its limit here ("
        + perSecond
        + " a second, "
        + burst
        + " at once); retry after "
        + retryAfterSeconds
        + " s.";
  }

  private static Response tooMany(Decision decision, String path) {
    Limit limit = decision.limit();
    Response problem =
        Problems.response(
            Problems.of(
                ProblemType.TOO_MANY_REQUESTS,
                detail(limit.perSecond(), limit.burst(), decision.retryAfterSeconds()),
                path));
    return Response.fromResponse(problem)
        .header(HttpHeaders.RETRY_AFTER, decision.retryAfterSeconds())
        .header(RATE_LIMIT, decision.header())
        .header(RATE_LIMIT_POLICY, limit.policyHeader())
        .build();
  }
}

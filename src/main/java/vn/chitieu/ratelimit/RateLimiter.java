package vn.chitieu.ratelimit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;
import vn.chitieu.config.ChitieuConfig;

/**
 * The buckets of this pod, one per client that has a limit. Each pod counts alone: with n pods
 * behind the Service, a client's requests spread over them may reach n times its limit.
 */
@ApplicationScoped
public class RateLimiter {

  /** How many clients' buckets are kept; beyond it, full ones (idle clients) go first. */
  static final int MAX_CLIENTS = 10_000;

  private final Limit defaultLimit;
  private final Map<String, Limit> overrides;
  private final LongSupplier nanoTime;
  private final Map<String, TokenBucket> buckets = new ConcurrentHashMap<>();

  @Inject
  RateLimiter(ChitieuConfig config) {
    this(limits(config.rateLimit()), defaultOf(config.rateLimit()), System::nanoTime);
  }

  RateLimiter(Map<String, Limit> overrides, Limit defaultLimit, LongSupplier nanoTime) {
    this.overrides = Map.copyOf(overrides);
    this.defaultLimit = defaultLimit;
    this.nanoTime = nanoTime;
  }

  /** False when no client has a limit: then nothing needs to be counted. */
  boolean enabled() {
    return !defaultLimit.unlimited() || overrides.values().stream().anyMatch(l -> !l.unlimited());
  }

  /** The decision for one more request of this client; empty when the client has no limit. */
  Optional<Decision> admit(String client) {
    Limit limit = overrides.getOrDefault(client, defaultLimit);
    if (limit.unlimited()) {
      return Optional.empty();
    }
    long now = nanoTime.getAsLong();
    TokenBucket bucket = buckets.get(client);
    if (bucket == null) {
      makeRoom(now);
      bucket = buckets.computeIfAbsent(client, name -> new TokenBucket(limit, now));
    }
    return Optional.of(bucket.take(now));
  }

  int clients() {
    return buckets.size();
  }

  /** A full bucket is one a new bucket would equal: dropping it changes no answer. */
  private void makeRoom(long now) {
    if (buckets.size() >= MAX_CLIENTS) {
      buckets.values().removeIf(bucket -> bucket.full(now));
      if (buckets.size() >= MAX_CLIENTS) {
        buckets.clear();
      }
    }
  }

  private static Limit defaultOf(ChitieuConfig.RateLimit config) {
    return Limit.of(config.requestsPerSecond(), config.burst());
  }

  private static Map<String, Limit> limits(ChitieuConfig.RateLimit config) {
    Map<String, Limit> limits = new HashMap<>();
    config
        .clients()
        .forEach(
            (client, limit) ->
                limits.put(client, Limit.of(limit.requestsPerSecond(), limit.burst())));
    return limits;
  }
}

package vn.chitieu.ratelimit;

/**
 * One client's bucket: it holds up to {@link Limit#burst()} requests, each request takes one, and
 * it refills at {@link Limit#perSecond()}. Times are {@link System#nanoTime()} readings, passed in.
 */
final class TokenBucket {

  private static final double NANOS_PER_SECOND = 1e9;

  private final Limit limit;
  private double tokens;
  private long updated;

  TokenBucket(Limit limit, long now) {
    this.limit = limit;
    this.tokens = limit.burst();
    this.updated = now;
  }

  /** What the bucket says to one more request at this time; takes a token when it admits it. */
  synchronized Decision take(long now) {
    refill(now);
    boolean allowed = tokens >= 1;
    if (allowed) {
      tokens -= 1;
    }
    long retryAfter = allowed ? 0 : Math.max(1, Limit.ceilDiv(1 - tokens, limit.perSecond()));
    long reset = Limit.ceilDiv(limit.burst() - tokens, limit.perSecond());
    return new Decision(allowed, limit, (int) Math.floor(tokens), reset, retryAfter);
  }

  /** Full again: the client has been quiet for a whole window. */
  synchronized boolean full(long now) {
    refill(now);
    return tokens >= limit.burst();
  }

  private void refill(long now) {
    long elapsed = Math.max(0, now - updated);
    tokens = Math.min(limit.burst(), tokens + elapsed / NANOS_PER_SECOND * limit.perSecond());
    updated = now;
  }
}

package vn.chitieu.ratelimit;

/**
 * A client's limit: on average {@code perSecond} requests a second, and up to {@code burst} at once
 * after a pause (a token bucket of that size, refilled at that rate).
 */
record Limit(int perSecond, int burst) {

  /** The name of the policy in the RateLimit and RateLimit-Policy headers. */
  static final String POLICY = "per-client";

  /** A burst below the rate would refuse what the rate allows: it is at least the rate. */
  static Limit of(int perSecond, int burst) {
    return new Limit(perSecond, Math.max(perSecond, burst));
  }

  boolean unlimited() {
    return perSecond <= 0;
  }

  /** Seconds an empty bucket takes to fill: the window of the policy. */
  long windowSeconds() {
    return Math.max(1, ceilDiv(burst, perSecond));
  }

  /** {@code RateLimit-Policy}, as the IETF draft has it: quota and window in seconds. */
  String policyHeader() {
    return "\"" + POLICY + "\";q=" + burst + ";w=" + windowSeconds();
  }

  static long ceilDiv(double amount, double rate) {
    return (long) Math.ceil(amount / rate);
  }
}

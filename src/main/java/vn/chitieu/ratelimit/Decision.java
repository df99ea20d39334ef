package vn.chitieu.ratelimit;

/**
 * The answer to one request: admitted or not, how many more the client may send now ({@code
 * remaining}), in how many seconds its bucket is full again ({@code resetSeconds}), and when
 * refused, in how many seconds it may try again.
 */
record Decision(
    boolean allowed, Limit limit, int remaining, long resetSeconds, long retryAfterSeconds) {

  /** {@code RateLimit}, as the IETF draft has it: remaining quota and seconds to reset. */
  String header() {
    return "\"" + Limit.POLICY + "\";r=" + remaining + ";t=" + resetSeconds;
  }
}

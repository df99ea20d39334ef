package vn.chitieu.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** The bucket and the limiter on a clock the test sets (nanoseconds), not on the real one. */
class TokenBucketTest {

  private static final long SECOND = 1_000_000_000L;

  @Test
  void shouldAdmitTheBurstThenOneARefill() {
    TokenBucket bucket = new TokenBucket(Limit.of(2, 4), 0);
    for (int i = 0; i < 4; i++) {
      assertThat(bucket.take(0).allowed()).isTrue();
    }
    Decision refused = bucket.take(0);
    assertThat(refused.allowed()).isFalse();
    assertThat(refused.retryAfterSeconds())
        .isEqualTo(1); // 1 token at 2 a second: 0.5 s, rounded up
    assertThat(refused.header()).isEqualTo("\"per-client\";r=0;t=2"); // 4 tokens at 2 a second
    assertThat(bucket.take(SECOND / 2).allowed()).isTrue();
    assertThat(bucket.take(SECOND / 2).allowed()).isFalse();
  }

  @Test
  void shouldFillUpToTheBurstOnly() {
    TokenBucket bucket = new TokenBucket(Limit.of(1, 2), 0);
    Decision first = bucket.take(100 * SECOND);
    assertThat(first.remaining()).isEqualTo(1);
    assertThat(bucket.take(100 * SECOND).allowed()).isTrue();
    assertThat(bucket.take(100 * SECOND).allowed()).isFalse();
    assertThat(bucket.full(102 * SECOND)).isTrue();
  }

  @Test
  void shouldTakeTheBurstAtLeastAsTheRate() {
    assertThat(Limit.of(10, 0)).isEqualTo(new Limit(10, 10));
    assertThat(Limit.of(10, 25).policyHeader()).isEqualTo("\"per-client\";q=25;w=3");
  }

  @Test
  void shouldLimitOnlyClientsWithALimit() {
    AtomicLong now = new AtomicLong();
    RateLimiter limiter =
        new RateLimiter(Map.of("gateway", Limit.of(1, 1)), Limit.of(0, 0), now::get);
    assertThat(limiter.enabled()).isTrue();
    assertThat(limiter.admit("someone")).isEmpty();
    assertThat(limiter.admit("gateway").orElseThrow().allowed()).isTrue();
    assertThat(limiter.admit("gateway").orElseThrow().allowed()).isFalse();
    now.addAndGet(SECOND);
    assertThat(limiter.admit("gateway").orElseThrow().allowed()).isTrue();
    assertThat(new RateLimiter(Map.of(), Limit.of(0, 0), now::get).enabled()).isFalse();
  }
}

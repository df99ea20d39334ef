package vn.chitieu.system;

import jakarta.annotation.Priority;
import jakarta.enterprise.inject.Alternative;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import vn.chitieu.config.ChitieuConfig;

/**
 * The service's clock in the tests: the system's, unless a test travels in time to write figures as
 * they were written then, such as the 2020 review on 16 December 2020. The Quarkus tests run one at
 * a time; each that travels comes back.
 */
public class TestClock extends Clock {

  private static volatile Duration offset = Duration.ZERO;

  private final ZoneId zone;

  TestClock(ZoneId zone) {
    this.zone = zone;
  }

  /** Moves the service's clock so that it reads this instant now. */
  public static void travelTo(Instant instant) {
    offset = Duration.between(Instant.now(), instant);
  }

  /** Back to the present. */
  public static void comeBack() {
    offset = Duration.ZERO;
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId other) {
    return new TestClock(other);
  }

  @Override
  public Instant instant() {
    return Instant.now().plus(offset);
  }

  /** Chosen over {@link Clocks}' clock in the tests. */
  static class Producer {

    @Produces
    @Singleton
    @Alternative
    @Priority(1)
    Clock clock(ChitieuConfig config) {
      return new TestClock(config.timeZone());
    }
  }
}

package vn.chitieu.system;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import vn.chitieu.config.ChitieuConfig;

/** The clock every rule and stamp reads: the system's, in the zone whose calendar says "today". */
class Clocks {

  @Produces
  @Singleton
  Clock clock(ChitieuConfig config) {
    return Clock.system(config.timeZone());
  }
}

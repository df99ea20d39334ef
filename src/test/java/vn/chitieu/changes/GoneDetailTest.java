package vn.chitieu.changes;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** How a 410 from the change feed names the retention: whole days in days, the rest as ISO-8601. */
class GoneDetailTest {

  @Test
  void shouldNameAWholeNumberOfDaysInDays() {
    assertThat(ChangeFeed.goneDetail(Duration.ofDays(30)))
        .startsWith("The change after this cursor was written more than 30 days ago");
  }

  @Test
  void shouldNameAnyOtherRetentionAsADuration() {
    assertThat(ChangeFeed.goneDetail(Duration.ofSeconds(3)))
        .startsWith("The change after this cursor was written more than PT3S ago");
    assertThat(ChangeFeed.goneDetail(Duration.ofHours(36)))
        .startsWith("The change after this cursor was written more than PT36H ago");
  }
}

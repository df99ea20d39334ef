package vn.chitieu.lock;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import vn.chitieu.common.Period;

/** Which periods a lock covers, and what a refused write is told, without a container. */
class PeriodLockTest {

  private static PeriodLock lockOn(String period) {
    PeriodLock lock = new PeriodLock();
    lock.placeIn(Period.parse(period));
    return lock;
  }

  @ParameterizedTest(name = "a lock on {0} covers {1}")
  @CsvSource({
    "2020, 2020",
    "2020, 2020-S1",
    "2020, 2020-S2",
    "2020, 2020-Q1",
    "2020, 2020-Q4",
    "2020, 2020-01",
    "2020, 2020-07",
    "2020, 2020-12",
    "2021-2025, 2021",
    "2021-2025, 2025",
    "2021-2025, 2023-Q3",
    "2021-2025, 2025-12",
    "2021-2025, 2021-2025",
    "2021-2025, 2022-2024",
    "2020-Q1, 2020-02",
    "2020-S2, 2020-Q4",
    "2020-07, 2020-07"
  })
  void shouldCoverEveryPeriodLyingWhollyWithin(String lock, String period) {
    assertThat(lockOn(lock).covers(Period.parse(period))).isTrue();
  }

  @ParameterizedTest(name = "a lock on {0} does not cover {1}")
  @CsvSource({
    "2020, 2019",
    "2020, 2021",
    "2020, 2019-12",
    "2020, 2021-01",
    "2020, 2019-2020",
    "2020, 2020-2021",
    "2021, 2021-2025",
    "2021-2025, 2020",
    "2021-2025, 2026-Q1",
    "2021-2025, 2021-2026",
    "2021-2025, 2016-2025",
    "2020-Q1, 2020",
    "2020-Q1, 2020-S1",
    "2020-Q1, 2020-04",
    "2020-07, 2020-Q3"
  })
  void shouldNotCoverAPeriodReachingOutside(String lock, String period) {
    assertThat(lockOn(lock).covers(Period.parse(period))).isFalse();
  }

  @Test
  void shouldNameThePeriodTheLockAndWhoLockedIt() {
    UUID id = UUID.fromString("c4d2e6f8-1b3a-4d5c-9e7f-0a1b2c3d4e5f");
    assertThat(PeriodLocks.locked("2020-Q1", "22", "2020", id, "approver-1"))
        .isEqualTo(
            "Period 2020-Q1 in area 22 is locked (lock c4d2e6f8-1b3a-4d5c-9e7f-0a1b2c3d4e5f on"
                + " 2020, by approver-1); an approver must remove the lock before targets and"
                + " achievements in it change.");
  }

  @Test
  void shouldNameTheLockThatHoldsThePeriodAlready() {
    UUID id = UUID.fromString("7a9e5c1d-2f4b-4e8a-b6c3-1d0e9f8a7b65");
    assertThat(LockService.alreadyLocked("2021-2025", "225", id))
        .isEqualTo(
            "Period 2021-2025 in area 225 is locked already by lock"
                + " 7a9e5c1d-2f4b-4e8a-b6c3-1d0e9f8a7b65.");
  }
}

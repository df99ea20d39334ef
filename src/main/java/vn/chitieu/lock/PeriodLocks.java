package vn.chitieu.lock;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import vn.chitieu.common.Period;
import vn.chitieu.common.problem.ApiException;

/**
 * Refuses writes of targets and achievements in a locked period: a figure is locked when a lock on
 * its area covers its whole period ({@link PeriodLock#covers}). The figure packages call it with
 * plain periods and areas, so that this package depends on none of them.
 */
@ApplicationScoped
public class PeriodLocks {

  private final PeriodLockRepository repository;

  PeriodLocks(PeriodLockRepository repository) {
    this.repository = repository;
  }

  /** Refuses a change to a figure of this period and area, if a lock covers it. */
  public void refuseLocked(String period, String area) {
    refuseLocked(List.of(period), Function.identity(), any -> area);
  }

  /**
   * Refuses the first item, in the order given, whose period a lock on its area covers. The locks
   * of all the items' areas are read in one statement, however many items there are.
   */
  public <T> void refuseLocked(
      Collection<T> items, Function<T, String> period, Function<T, String> area) {
    lockedAmong(items, period, area).values().stream()
        .findFirst()
        .ifPresent(
            why -> {
              throw ApiException.conflict(why);
            });
  }

  /**
   * The items, in the order given, whose period a lock on their area covers, each with why it may
   * not change. The locks of all the items' areas are read in one statement.
   */
  public <T> Map<T, String> lockedAmong(
      Collection<T> items, Function<T, String> period, Function<T, String> area) {
    Map<T, String> locked = new LinkedHashMap<>();
    if (items.isEmpty()) {
      return locked;
    }
    Map<String, List<PeriodLock>> byArea =
        repository.findByAreas(items.stream().map(area).collect(Collectors.toSet())).stream()
            .collect(Collectors.groupingBy(lock -> lock.area));
    if (byArea.isEmpty()) {
      return locked;
    }
    for (T item : items) {
      List<PeriodLock> locks = byArea.getOrDefault(area.apply(item), List.of());
      if (locks.isEmpty()) {
        continue;
      }
      Period figure = Period.parse(period.apply(item));
      for (PeriodLock lock : locks) {
        if (lock.covers(figure)) {
          locked.put(
              item, locked(figure.toString(), lock.area, lock.period, lock.id, lock.createdBy));
          break;
        }
      }
    }
    return locked;
  }

  /** Why a target or an achievement of a period in an area may not change. */
  public static String locked(
      String period, String area, String lockPeriod, UUID lockId, String lockedBy) {
    return ("Period %s in area %s is locked (lock %s on %s, by %s); an approver must remove the"
            + " lock before targets and achievements in it change.")
        .formatted(period, area, lockId, lockPeriod, lockedBy);
  }
}

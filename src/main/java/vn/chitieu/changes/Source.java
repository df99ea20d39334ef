package vn.chitieu.changes;

import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import vn.chitieu.achievement.Achievement;
import vn.chitieu.achievement.AchievementMapper;
import vn.chitieu.indicator.Indicator;
import vn.chitieu.indicator.IndicatorMapper;
import vn.chitieu.indicator.IndicatorRequest;
import vn.chitieu.lock.LockResponse;
import vn.chitieu.lock.PeriodLock;
import vn.chitieu.plan.Target;
import vn.chitieu.plan.TargetMapper;

/**
 * A kind of resource the feed follows: where history keeps its versions (V5, V6), and how the API
 * shows it. Within a revision the feed lists indicators, then targets, achievements and locks, each
 * by key.
 *
 * @param rank the place of this kind among a revision's changes, from 1
 * @param resource the name the feed gives the kind
 * @param table the history table
 * @param keyColumn the key's column: a code for indicators, a uuid for the others
 * @param representation the resource as its GET returns it
 */
record Source<E>(
    int rank,
    String resource,
    Class<E> type,
    String table,
    String keyColumn,
    Function<E, Object> representation) {

  /** The rank of a cursor that stands after every change of its revision. */
  static final int AFTER_ALL = 5;

  static final Source<Indicator> INDICATOR =
      new Source<>(
          1, "indicator", Indicator.class, "indicator_aud", "code", IndicatorMapper::toResponse);

  static final List<Source<?>> ALL =
      List.of(
          INDICATOR,
          new Source<>(2, "target", Target.class, "target_aud", "id", TargetMapper::toResponse),
          new Source<>(
              3,
              "achievement",
              Achievement.class,
              "achievement_aud",
              "id",
              AchievementMapper::toResponse),
          new Source<>(4, "lock", PeriodLock.class, "period_lock_aud", "id", LockResponse::of));

  static Source<?> ofRank(int rank) {
    return ALL.get(rank - 1);
  }

  /** Whether a cursor's rank and key could have come from the feed. */
  static boolean isValid(int rank, String key) {
    if (rank < 1 || rank > ALL.size()) {
      return false;
    }
    return ofRank(rank) == INDICATOR
        ? key.matches(IndicatorRequest.CODE_PATTERN)
        : key.matches("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}");
  }

  boolean keyedByCode() {
    return this == INDICATOR;
  }

  /** The key as the entity holds it. */
  Object key(String text) {
    return keyedByCode() ? text : UUID.fromString(text);
  }

  @SuppressWarnings("unchecked")
  Object represent(Object entity) {
    return representation.apply((E) entity);
  }
}

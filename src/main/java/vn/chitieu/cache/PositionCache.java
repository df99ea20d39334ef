package vn.chitieu.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers of a read by key, each kept with the change position read just before it was loaded
 * ({@link ChangeHead}), and given again only while that position is still the database's latest:
 * any committed change, through any replica, makes every answer kept before it stale. A hit costs
 * one read of a one-row table instead of the read itself.
 *
 * <p>Why that is exact: the position is read before the answer, so the answer holds at least every
 * change up to it; a later caller that reads the same position knows that no change has committed
 * since. Inside a transaction the cache is passed by, so that nothing uncommitted is kept.
 */
public final class PositionCache<K, V> {

  private record Entry<V>(long position, V value) {}

  private final ChangeHead head;
  private final int maxEntries;
  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

  PositionCache(ChangeHead head, int maxEntries) {
    this.head = head;
    this.maxEntries = maxEntries;
  }

  /** The answer kept for the key if it is current, else the one {@code load} gives, then kept. */
  public V get(K key, Supplier<V> load) {
    if (head.inTransaction()) {
      return load.get();
    }
    long position = head.position();
    Entry<V> kept = entries.get(key);
    if (kept != null && kept.position() == position) {
      return kept.value();
    }
    V value = load.get();
    if (entries.size() >= maxEntries) {
      entries.values().removeIf(entry -> entry.position() != position);
      if (entries.size() >= maxEntries) {
        entries.clear();
      }
    }
    // Of two loads racing, the one read at the later position stays.
    entries.merge(
        key,
        new Entry<>(position, value),
        (older, newer) -> newer.position() >= older.position() ? newer : older);
    return value;
  }
}

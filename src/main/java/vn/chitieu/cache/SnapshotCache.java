package vn.chitieu.cache;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Answers of a read by key, each kept with the database snapshot read just before it was loaded
 * ({@link CommittedState}), and given again only while the database's current snapshot is still
 * that one: any commit, through any replica, makes every answer kept before it stale. A hit costs
 * one statement that reads no table, instead of the read itself.
 *
 * <p>Why that is exact: the snapshot is read before the answer, so the answer holds at least every
 * commit the snapshot names; a later caller that finds the same snapshot knows that nothing has
 * committed since. Inside a transaction the cache is passed by, so that nothing uncommitted is
 * kept.
 */
public final class SnapshotCache<K, V> {

  private record Entry<V>(String snapshot, V value) {}

  private final CommittedState database;
  private final int maxEntries;
  private final Map<K, Entry<V>> entries = new ConcurrentHashMap<>();

  SnapshotCache(CommittedState database, int maxEntries) {
    this.database = database;
    this.maxEntries = maxEntries;
  }

  /** The answer kept for the key if it is current, else the one {@code load} gives, then kept. */
  public V get(K key, Supplier<V> load) {
    if (database.inTransaction()) {
      return load.get();
    }
    String snapshot = database.current();
    Entry<V> kept = entries.get(key);
    if (kept != null && kept.snapshot().equals(snapshot)) {
      return kept.value();
    }
    V value = load.get();
    if (entries.size() >= maxEntries) {
      entries.values().removeIf(entry -> !entry.snapshot().equals(snapshot));
      if (entries.size() >= maxEntries) {
        entries.clear();
      }
    }
    entries.put(key, new Entry<>(snapshot, value));
    return value;
  }
}

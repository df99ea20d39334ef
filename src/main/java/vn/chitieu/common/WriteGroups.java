package vn.chitieu.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Single writes that arrive together, written together (docs/design.md, "Single creates together"):
 * while {@code writers} groups of a key are being written, its callers wait; then one of them
 * writes every item queued under that key so far, at most {@code maxGroup}, in one call of {@code
 * together} — one transaction instead of one each. Nothing waits for company: a caller who finds
 * fewer groups being written writes at once. Two writers let one group's statements run while the
 * other's commit waits for the disk. A caller whose item has been written returns at once, without
 * waiting for a writer's turn.
 *
 * <p>{@code together} writes all of its items or none. If it fails in a way {@code aboutOneItem}
 * recognises (one item is invalid, or races another write), each caller writes its own item again
 * with {@code alone}, on its own thread, and so gets the answer it would have had on its own. Any
 * other failure (the database is unreachable, say) is every item's answer. A group of one item is
 * written with {@code alone}.
 *
 * <p>A key says which items may share a write: those whose write would be stamped the same (one
 * caller, one reason). {@code together} runs on the thread of one of the key's callers, whose
 * context (identity, reason) the items' write takes.
 *
 * @param <K> what items must share to be written together
 * @param <I> an item to write
 * @param <O> what writing it gives
 */
public final class WriteGroups<K, I, O> {

  private final int writers;
  private final int maxGroup;
  private final Function<List<I>, List<O>> together;
  private final Predicate<RuntimeException> aboutOneItem;
  private final Function<I, O> alone;
  private final Map<K, Group<I, O>> groups = new ConcurrentHashMap<>();

  public WriteGroups(
      int writers,
      int maxGroup,
      Function<List<I>, List<O>> together,
      Predicate<RuntimeException> aboutOneItem,
      Function<I, O> alone) {
    this.writers = writers;
    this.maxGroup = maxGroup;
    this.together = together;
    this.aboutOneItem = aboutOneItem;
    this.alone = alone;
  }

  /** Writes the item, perhaps with others of its key, and gives its result or its refusal. */
  public O write(K key, I item) {
    Group<I, O> group = groups.computeIfAbsent(key, k -> new Group<>());
    Pending<I, O> pending = new Pending<>(item);
    synchronized (group) {
      group.queue.add(pending);
    }
    while (!pending.answered()) {
      List<Pending<I, O>> batch;
      synchronized (group) {
        // Wait while the item is being written by another writer, or both writers are busy.
        while (!pending.answered() && (pending.taken || group.active >= writers)) {
          group.waitForChange();
        }
        if (pending.answered()) {
          break;
        }
        batch = group.next(maxGroup);
        group.active++;
      }
      try {
        write(batch);
      } finally {
        synchronized (group) {
          group.active--;
          group.notifyAll();
        }
      }
    }
    // An idle group goes; a caller that found it before it went writes through it, which is as
    // correct, only not shared with callers that come later.
    synchronized (group) {
      if (group.queue.isEmpty() && group.active == 0) {
        groups.remove(key, group);
      }
    }
    return pending.alone ? alone.apply(item) : pending.result();
  }

  /** How many items wait now to be taken into a write. */
  public int waiting() {
    return groups.values().stream().mapToInt(Group::queued).sum();
  }

  /** How many keys have a group now; an idle key has none. */
  int keys() {
    return groups.size();
  }

  /** Answers every item of the batch, whatever happens. */
  private void write(List<Pending<I, O>> batch) {
    try {
      if (batch.size() == 1) {
        Pending<I, O> only = batch.get(0);
        try {
          only.succeed(alone.apply(only.item));
        } catch (RuntimeException refused) {
          only.fail(refused);
        }
        return;
      }
      List<O> results;
      try {
        results = together.apply(batch.stream().map(Pending::item).toList());
      } catch (RuntimeException refused) {
        if (aboutOneItem.test(refused)) {
          batch.forEach(Pending::writeAlone); // nothing was stored: each caller tries its own
        } else {
          batch.forEach(pending -> pending.fail(refused));
        }
        return;
      }
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).succeed(results.get(i));
      }
    } catch (Throwable unexpected) {
      batch.forEach(pending -> pending.fail(unexpected));
    }
  }

  /** The items of one key waiting to be written, and how many writers write them now. */
  private static final class Group<I, O> {

    /** Guarded by this. */
    final Queue<Pending<I, O>> queue = new ArrayDeque<>();

    /** Writers under way; guarded by this. */
    int active;

    /** The next items in line, at most {@code max}, marked as taken. Holds this. */
    List<Pending<I, O>> next(int max) {
      List<Pending<I, O>> batch = new ArrayList<>(Math.min(max, queue.size()));
      while (batch.size() < max && !queue.isEmpty()) {
        Pending<I, O> pending = queue.poll();
        pending.taken = true;
        batch.add(pending);
      }
      return batch;
    }

    synchronized int queued() {
      return queue.size();
    }

    /** Waits until a writer ends. Holds this. */
    void waitForChange() {
      try {
        wait();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("Interrupted while waiting to write", e);
      }
    }
  }

  /**
   * One item and its answer: a result, a failure, or that its caller writes it alone. Its fields
   * are written before the writer's notifyAll and read after the caller's wait, under the group's
   * monitor, or by the caller itself.
   */
  private static final class Pending<I, O> {
    final I item;
    boolean taken;
    private volatile boolean answered;
    private boolean alone;
    private O result;
    private Throwable failure;

    Pending(I item) {
      this.item = item;
    }

    I item() {
      return item;
    }

    boolean answered() {
      return answered;
    }

    void succeed(O value) {
      result = value;
      answered = true;
    }

    void fail(Throwable e) {
      if (!answered) {
        failure = e;
        answered = true;
      }
    }

    void writeAlone() {
      alone = true;
      answered = true;
    }

    O result() {
      if (failure instanceof RuntimeException e) {
        throw e;
      }
      if (failure instanceof Error e) {
        throw e;
      }
      if (failure != null) {
        throw new IllegalStateException(failure);
      }
      return result;
    }
  }
}

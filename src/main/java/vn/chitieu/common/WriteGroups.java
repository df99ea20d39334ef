package vn.chitieu.common;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Semaphore;
import java.util.function.Function;

/**
 * Single writes that arrive together, written together (docs/design.md, "Single creates together"):
 * while {@code writers} groups of a key are being written, its callers wait; then one of them
 * writes every item queued under that key so far, at most {@code maxGroup}, in one call of {@code
 * together} — one transaction instead of one each. Nothing waits for company: a caller who finds
 * fewer groups being written writes its item at once. Two writers let one group's statements run
 * while the other's commit waits for the disk.
 *
 * <p>{@code together} writes all of its items or none. If it fails, each item is written again with
 * {@code alone}, so every caller gets the answer its item would have had on its own: its result, or
 * its own refusal.
 *
 * <p>A key says which items may share a write: those whose write would be stamped the same (one
 * caller, one reason). The writer runs on the thread of one of the key's callers, whose context
 * (identity, reason) the items' writes take.
 *
 * @param <I> an item to write
 * @param <O> what writing it gives
 */
public final class WriteGroups<I, O> {

  private final int writers;
  private final int maxGroup;
  private final Function<List<I>, List<O>> together;
  private final Function<I, O> alone;
  private final Map<String, Group<I, O>> groups = new ConcurrentHashMap<>();

  public WriteGroups(
      int writers, int maxGroup, Function<List<I>, List<O>> together, Function<I, O> alone) {
    this.writers = writers;
    this.maxGroup = maxGroup;
    this.together = together;
    this.alone = alone;
  }

  /** Writes the item, perhaps with others of its key, and gives its result or its refusal. */
  public O write(String key, I item) {
    Group<I, O> group = groups.computeIfAbsent(key, k -> new Group<>(writers));
    Pending<I, O> pending = new Pending<>(item);
    synchronized (group) {
      group.queue.add(pending);
    }
    group.writing.acquireUninterruptibly();
    try {
      // Until the item is written, by this caller or by the other writer that took it with its own.
      while (!pending.result.isDone()) {
        List<Pending<I, O>> batch = group.next(maxGroup);
        if (batch.isEmpty()) {
          break;
        }
        write(batch);
      }
    } finally {
      group.writing.release();
    }
    // An idle group goes; a caller that found it before it went writes through it alone, which is
    // as correct, only not shared.
    if (group.idle()) {
      groups.remove(key, group);
    }
    return pending.get();
  }

  /** How many items wait now for a write under way to end. */
  public int waiting() {
    return groups.values().stream().mapToInt(Group::queued).sum();
  }

  /** How many keys have a group now; an idle key has none. */
  int keys() {
    return groups.size();
  }

  private void write(List<Pending<I, O>> batch) {
    if (batch.size() > 1) {
      try {
        List<O> results = together.apply(batch.stream().map(Pending::item).toList());
        for (int i = 0; i < batch.size(); i++) {
          batch.get(i).result.complete(results.get(i));
        }
        return;
      } catch (RuntimeException refused) {
        // One item's refusal refuses them all: each is written again alone, below.
      } catch (Error e) {
        batch.forEach(pending -> pending.result.completeExceptionally(e));
        return;
      }
    }
    for (Pending<I, O> pending : batch) {
      try {
        pending.result.complete(alone.apply(pending.item));
      } catch (RuntimeException | Error e) {
        pending.result.completeExceptionally(e);
      }
    }
  }

  private static final class Group<I, O> {
    private final int writers;

    /** A permit held while a group is written: at most {@code writers} of the key at a time. */
    final Semaphore writing;

    /** Guarded by this. */
    final Queue<Pending<I, O>> queue = new ArrayDeque<>();

    Group(int writers) {
      this.writers = writers;
      this.writing = new Semaphore(writers);
    }

    synchronized List<Pending<I, O>> next(int max) {
      List<Pending<I, O>> batch = new ArrayList<>(Math.min(max, queue.size()));
      while (batch.size() < max && !queue.isEmpty()) {
        batch.add(queue.poll());
      }
      return batch;
    }

    synchronized int queued() {
      return queue.size();
    }

    synchronized boolean idle() {
      return queue.isEmpty() && writing.availablePermits() == writers;
    }
  }

  private record Pending<I, O>(I item, CompletableFuture<O> result) {
    Pending(I item) {
      this(item, new CompletableFuture<>());
    }

    O get() {
      try {
        return result.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof Error error) {
          throw error;
        }
        throw (RuntimeException) e.getCause();
      }
    }
  }
}

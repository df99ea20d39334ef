package vn.chitieu.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.chitieu.Fixtures.until;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Single writes written together: plain threads, no database. A write of "first" is held open by a
 * latch while the items under test arrive, so that they find a write under way and wait for it.
 */
class WriteGroupsTest {

  /** Every call made, in order: "together [a, b]", "alone a". */
  private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

  private final CountDownLatch release = new CountDownLatch(1);
  private final ExecutorService callers = Executors.newCachedThreadPool();

  private WriteGroups<String, String, String> groups(int maxGroup) {
    return groups(1, maxGroup);
  }

  private WriteGroups<String, String, String> groups(int writers, int maxGroup) {
    return new WriteGroups<>(
        writers,
        maxGroup,
        items -> {
          calls.add("together " + items);
          if (items.contains("refused")) {
            throw new IllegalArgumentException("refused");
          }
          if (items.contains("broken")) {
            throw new AssertionError("broken");
          }
          if (items.contains("unreachable")) {
            throw new IllegalStateException("the database is unreachable");
          }
          return items.stream().map(item -> item.toUpperCase(Locale.ROOT)).toList();
        },
        refused -> refused instanceof IllegalArgumentException,
        item -> {
          calls.add("alone " + item);
          if (item.startsWith("first")) {
            await(release);
          }
          if (item.equals("refused")) {
            throw new IllegalArgumentException("refused alone");
          }
          return item.toUpperCase(Locale.ROOT);
        });
  }

  @AfterEach
  void stopCallers() {
    release.countDown();
    callers.shutdownNow();
  }

  @Test
  void shouldWriteALoneItemAloneAndAtOnce() {
    WriteGroups<String, String, String> groups = groups(100);

    assertThat(groups.write("k", "a")).isEqualTo("A");
    assertThat(calls).containsExactly("alone a");
    assertThat(groups.keys()).isZero();
  }

  @Test
  void shouldWriteTheItemsThatArriveDuringAWriteTogetherInOrder() throws Exception {
    WriteGroups<String, String, String> groups = groups(100);
    Future<String> first = holdFirst(groups, "k");

    List<Future<String>> answers = arrive(groups, "k", "a", "b", "c");
    release.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("FIRST");
    assertThat(results(answers)).containsExactly("A", "B", "C");
    assertThat(calls).containsExactly("alone first", "together [a, b, c]");
    assertThat(groups.keys()).isZero();
  }

  @Test
  void shouldWriteEachItemOfARefusedGroupAloneWithItsOwnAnswer() throws Exception {
    WriteGroups<String, String, String> groups = groups(100);
    Future<String> first = holdFirst(groups, "k");

    List<Future<String>> answers = arrive(groups, "k", "a", "refused", "c");
    release.countDown();

    first.get(10, TimeUnit.SECONDS);
    assertThat(answers.get(0).get(10, TimeUnit.SECONDS)).isEqualTo("A");
    assertThatThrownBy(() -> answers.get(1).get(10, TimeUnit.SECONDS))
        .isInstanceOf(ExecutionException.class)
        .cause()
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("refused alone");
    assertThat(answers.get(2).get(10, TimeUnit.SECONDS)).isEqualTo("C");
    // Each caller writes its own item again, on its own thread: in no set order.
    assertThat(calls).hasSize(5);
    assertThat(calls.subList(0, 2)).containsExactly("alone first", "together [a, refused, c]");
    assertThat(calls.subList(2, 5))
        .containsExactlyInAnyOrder("alone a", "alone refused", "alone c");
  }

  @Test
  void shouldGiveEveryItemAFailureThatIsNotAboutOneItem() throws Exception {
    WriteGroups<String, String, String> groups = groups(100);
    Future<String> first = holdFirst(groups, "k");

    List<Future<String>> answers = arrive(groups, "k", "a", "unreachable");
    release.countDown();

    first.get(10, TimeUnit.SECONDS);
    assertEachFails(answers, IllegalStateException.class, "the database is unreachable");
    assertThat(calls).containsExactly("alone first", "together [a, unreachable]");
  }

  @Test
  void shouldWriteAtMostMaxGroupItemsTogether() throws Exception {
    WriteGroups<String, String, String> groups = groups(2);
    Future<String> first = holdFirst(groups, "k");

    List<Future<String>> answers = arrive(groups, "k", "a", "b", "c", "d", "e");
    release.countDown();

    first.get(10, TimeUnit.SECONDS);
    assertThat(results(answers)).containsExactly("A", "B", "C", "D", "E");
    assertThat(calls)
        .containsExactly("alone first", "together [a, b]", "together [c, d]", "alone e");
  }

  @Test
  void shouldNeverMakeOneKeyWaitForAnother() throws Exception {
    WriteGroups<String, String, String> groups = groups(100);
    Future<String> first = holdFirst(groups, "k");

    assertThat(groups.write("other", "a")).isEqualTo("A");
    assertThat(first).isNotDone();
    release.countDown();
    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("FIRST");
  }

  @Test
  void shouldWriteAsManyGroupsOfAKeyAtOnceAsItHasWriters() throws Exception {
    WriteGroups<String, String, String> groups = groups(2, 100);
    Future<String> first = holdFirst(groups, "k");

    assertThat(groups.write("k", "a")).isEqualTo("A");
    Future<String> second = callers.submit(() -> groups.write("k", "first second"));
    until(() -> calls.contains("alone first second"));
    List<Future<String>> answers = arrive(groups, "k", "b", "c");
    release.countDown();

    assertThat(first.get(10, TimeUnit.SECONDS)).isEqualTo("FIRST");
    assertThat(second.get(10, TimeUnit.SECONDS)).isEqualTo("FIRST SECOND");
    assertThat(results(answers)).containsExactly("B", "C");
    assertThat(calls)
        .containsExactly("alone first", "alone a", "alone first second", "together [b, c]");
  }

  @Test
  void shouldAnswerEveryCallerOnceWhenManyWriteAtOnce() throws Exception {
    WriteGroups<String, String, String> groups = groups(2, 7);
    List<Future<List<String>>> threads = new ArrayList<>();
    for (int t = 0; t < 8; t++) {
      String thread = "t" + t + "-";
      threads.add(
          callers.submit(
              () -> {
                List<String> wrong = new ArrayList<>();
                for (int i = 0; i < 300; i++) {
                  String item = thread + i;
                  if (!groups.write("k", item).equals(item.toUpperCase(Locale.ROOT))) {
                    wrong.add(item);
                  }
                }
                return wrong;
              }));
    }
    for (Future<List<String>> thread : threads) {
      assertThat(thread.get(30, TimeUnit.SECONDS)).isEmpty();
    }
    List<String> written = new ArrayList<>();
    synchronized (calls) {
      for (String call : calls) {
        String items = call.replaceFirst("^(together|alone) \\[?", "").replace("]", "");
        written.addAll(List.of(items.split(", ")));
      }
    }
    assertThat(written).hasSize(8 * 300).doesNotHaveDuplicates();
    assertThat(groups.keys()).isZero();
  }

  @Test
  void shouldGiveAnErrorToEveryItemOfTheGroup() throws Exception {
    WriteGroups<String, String, String> groups = groups(100);
    Future<String> first = holdFirst(groups, "k");

    List<Future<String>> answers = arrive(groups, "k", "a", "broken");
    release.countDown();

    first.get(10, TimeUnit.SECONDS);
    assertEachFails(answers, AssertionError.class, "broken");
    assertThat(calls).containsExactly("alone first", "together [a, broken]");
    assertThat(groups.keys()).isZero();
  }

  /** Starts a write of "first" under the key and returns once it is under way, held open. */
  private Future<String> holdFirst(WriteGroups<String, String, String> groups, String key) {
    Future<String> first = callers.submit(() -> groups.write(key, "first"));
    until(() -> calls.contains("alone first"));
    return first;
  }

  /** Writes each item from a thread of its own, one after another has begun to wait. */
  private List<Future<String>> arrive(
      WriteGroups<String, String, String> groups, String key, String... items) {
    List<Future<String>> answers = new ArrayList<>();
    for (String item : items) {
      int waiting = groups.waiting();
      answers.add(callers.submit(() -> groups.write(key, item)));
      until(() -> groups.waiting() == waiting + 1);
    }
    return answers;
  }

  private static void assertEachFails(
      List<Future<String>> answers, Class<? extends Throwable> type, String message) {
    for (Future<String> answer : answers) {
      assertThatThrownBy(() -> answer.get(10, TimeUnit.SECONDS))
          .cause()
          .isInstanceOf(type)
          .hasMessage(message);
    }
  }

  private static List<String> results(List<Future<String>> answers) throws Exception {
    List<String> results = new ArrayList<>();
    for (Future<String> answer : answers) {
      results.add(answer.get(10, TimeUnit.SECONDS));
    }
    return results;
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("not released in 10 s");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}

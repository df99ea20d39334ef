package vn.chitieu.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PeriodTest {

  /** Generated samples per property; the seed is fixed so that a failure repeats. */
  private static final int SAMPLES = 2000;

  private static final String GRAMMAR = "\\d{4}(-(S[12]|Q[1-4]|0[1-9]|1[0-2]|\\d{4}))?";

  @ParameterizedTest
  @CsvSource({
    "2020,      2020-01-01, 2020-12-31",
    "2020-S1,   2020-01-01, 2020-06-30",
    "2020-S2,   2020-07-01, 2020-12-31",
    "2020-Q1,   2020-01-01, 2020-03-31",
    "2020-Q3,   2020-07-01, 2020-09-30",
    "2020-02,   2020-02-01, 2020-02-29",
    "2021-02,   2021-02-01, 2021-02-28",
    "2020-12,   2020-12-01, 2020-12-31",
    "2021-2025, 2021-01-01, 2025-12-31",
  })
  void shouldKnowStartAndEnd(String text, LocalDate start, LocalDate end) {
    Period period = Period.parse(text);
    assertThat(period.start()).isEqualTo(start);
    assertThat(period.end()).isEqualTo(end);
    assertThat(period.toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        " 2020",
        "2020 ",
        "20",
        "20201",
        "2020-S3",
        "2020-S0",
        "2020-Q0",
        "2020-Q5",
        "2020-00",
        "2020-13",
        "2020-7",
        "2020-q1",
        "2020-s1",
        "2025-2021",
        "2021-2021",
        "1899",
        "2200",
        "2020-2200",
        "2020/2021",
        "năm 2020",
        "2020-H1",
        "٢٠٢٠"
      })
  void shouldRejectOtherForms(String text) {
    assertThatThrownBy(() -> Period.parse(text))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("must be a period such as 2020");
  }

  @Test
  void shouldRejectNull() {
    assertThatThrownBy(() -> Period.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void shouldOrderByStartThenEnd() {
    List<Period> sorted =
        Stream.of("2021", "2020-Q3", "2021-2025", "2020", "2020-07", "2020-S2", "2019-2020")
            .map(Period::parse)
            .sorted()
            .toList();
    assertThat(sorted)
        .extracting(Period::toString)
        .containsExactly("2019-2020", "2020", "2020-07", "2020-Q3", "2020-S2", "2021", "2021-2025");
  }

  @Test
  void formatOfParseIsIdentity() {
    validPeriods()
        .forEach(
            text -> {
              assertThat(Period.parse(text).toString()).isEqualTo(text);
              assertThat(Period.parse(text)).isEqualTo(Period.parse(text));
              assertThat(Period.parse(text)).hasSameHashCodeAs(Period.parse(text));
            });
  }

  @Test
  void everyPeriodCoversWholeMonths() {
    validPeriods()
        .map(Period::parse)
        .forEach(
            period -> {
              assertThat(period.start()).isBefore(period.end());
              assertThat(period.start().getDayOfMonth()).isEqualTo(1);
              assertThat(period.end().plusDays(1).getDayOfMonth()).isEqualTo(1);
            });
  }

  @Test
  void everyInvalidStringIsRejected() {
    assertThat(invalidPeriods().count()).isEqualTo(SAMPLES);
    invalidPeriods()
        .forEach(
            text ->
                assertThatThrownBy(() -> Period.parse(text))
                    .as(text)
                    .isInstanceOf(IllegalArgumentException.class));
  }

  /** Every valid form, from a fixed seed, with the boundary years always included. */
  static Stream<String> validPeriods() {
    Random random = new Random(2020);
    Supplier<Integer> year = () -> 1900 + random.nextInt(300);
    List<Supplier<String>> forms =
        List.of(
            () -> String.valueOf(year.get()),
            () -> year.get() + "-S" + (1 + random.nextInt(2)),
            () -> year.get() + "-Q" + (1 + random.nextInt(4)),
            () -> "%d-%02d".formatted(year.get(), 1 + random.nextInt(12)),
            () -> {
              int start = 1900 + random.nextInt(299);
              return start + "-" + (start + 1 + random.nextInt(2199 - start));
            });
    Stream<String> edges = Stream.of("1900", "2199", "1900-01", "2199-12", "1900-2199", "2024-02");
    return Stream.concat(
        edges, Stream.generate(() -> forms.get(random.nextInt(forms.size())).get()).limit(SAMPLES));
  }

  /** Random strings outside the grammar, and near misses of each form. */
  static Stream<String> invalidPeriods() {
    Random random = new Random(2025);
    String alphabet = "0123456789-SQsq /.";
    Supplier<String> noise =
        () -> {
          StringBuilder text = new StringBuilder();
          for (int i = random.nextInt(12); i > 0; i--) {
            text.append(alphabet.charAt(random.nextInt(alphabet.length())));
          }
          return text.toString();
        };
    List<Supplier<String>> misses =
        List.of(
            noise,
            () -> "%04d".formatted(random.nextInt(1900)),
            () -> String.valueOf(2200 + random.nextInt(7800)),
            () -> "2020-" + (13 + random.nextInt(87)),
            () -> "2020-S" + (3 + random.nextInt(7)),
            () -> "2020-Q" + (5 + random.nextInt(5)),
            () -> {
              int year = 1900 + random.nextInt(300);
              return year + "-" + (year - random.nextInt(50));
            });
    return Stream.generate(() -> misses.get(random.nextInt(misses.size())).get())
        .filter(text -> !isValid(text))
        .limit(SAMPLES);
  }

  /** An oracle written apart from the parser: the grammar, the year range, a rising pair. */
  private static boolean isValid(String text) {
    if (!text.matches(GRAMMAR) || !inRange(text.substring(0, 4))) {
      return false;
    }
    boolean pair = text.matches("\\d{4}-\\d{4}");
    return !pair
        || inRange(text.substring(5))
            && Integer.parseInt(text.substring(5)) > Integer.parseInt(text.substring(0, 4));
  }

  private static boolean inRange(String year) {
    int value = Integer.parseInt(year);
    return value >= 1900 && value <= 2199;
  }

  @Test
  void shouldTellYearsAndPlanPeriods() {
    assertThat(Period.parse("2020").isYear()).isTrue();
    assertThat(Period.parse("2020").isMultiYear()).isFalse();
    assertThat(Period.parse("2021-2025").isMultiYear()).isTrue();
    assertThat(Period.parse("2021-2025").isYear()).isFalse();
    assertThat(Period.parse("2021-2022").isMultiYear()).isTrue();
    for (String part :
        new String[] {"2020-S1", "2020-S2", "2020-Q1", "2020-Q4", "2020-01", "2020-12"}) {
      assertThat(Period.parse(part).isYear()).as(part).isFalse();
      assertThat(Period.parse(part).isMultiYear()).as(part).isFalse();
    }
    assertThat(Period.year(2020)).isEqualTo(Period.parse("2020"));
  }
}

package vn.chitieu.common;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** The service's mapper writes a memoized list as any list, once, then its kept text. */
@QuarkusTest
class MemoizedJsonListTest {

  @Inject ObjectMapper mapper;

  /** As REST writes a method's answer: by the declared type, a list. */
  private ObjectWriter asDeclared() {
    return mapper.writerFor(new TypeReference<List<Object>>() {});
  }

  @Test
  void theFirstWriteIsWhatJacksonWritesForAPlainList() throws Exception {
    List<Object> rows =
        List.of(
            Map.of("value", new BigDecimal("1E+3"), "name", "Hà Giang"),
            Map.of("value", new BigDecimal("0.10")));
    String plain = asDeclared().writeValueAsString(rows);
    MemoizedJsonList<Object> kept = new MemoizedJsonList<>(rows);

    assertThat(asDeclared().writeValueAsString(kept)).isEqualTo(plain);
    assertThat(asDeclared().writeValueAsString(kept)).isEqualTo(plain);
    assertThat(mapper.writeValueAsString(kept)).isEqualTo(plain);
    assertThat(plain).contains("1000").contains("0.10");
  }

  @Test
  void laterWritesGiveTheKeptTextAndOtherListsAreWrittenAfresh() throws Exception {
    // A counter stands in for an element whose JSON changes: a kept list must not notice.
    AtomicInteger counter = new AtomicInteger(1);
    MemoizedJsonList<Object> kept = new MemoizedJsonList<>(List.of(counter));
    List<Object> plain = List.of(counter);

    assertThat(asDeclared().writeValueAsString(kept)).isEqualTo("[1]");
    counter.set(2);
    assertThat(asDeclared().writeValueAsString(kept)).isEqualTo("[1]");
    assertThat(asDeclared().writeValueAsString(plain)).isEqualTo("[2]");
    assertThat(mapper.writeValueAsString(Map.of("rows", kept))).isEqualTo("{\"rows\":[1]}");
  }

  @Test
  void aKeptListComesOutAsTheSameUtf8SmallOrLargerThanTheWritersBuffer() throws Exception {
    // Over 100 kB of Vietnamese (not Latin-1): larger than Jackson's output buffer (8 kB).
    List<Object> large =
        IntStream.range(0, 3000)
            .<Object>mapToObj(i -> Map.of("area", "Xã Đồng Văn " + i, "value", i))
            .toList();
    List<Object> small = List.of(Map.of("area", "Xã Lũng Cú", "value", 1));
    assertThat(asDeclared().writeValueAsBytes(large).length).isGreaterThan(100_000);

    for (List<Object> rows : List.of(small, large)) {
      byte[] plain = asDeclared().writeValueAsBytes(rows);
      MemoizedJsonList<Object> kept = new MemoizedJsonList<>(rows);
      assertThat(asDeclared().writeValueAsBytes(kept)).isEqualTo(plain);
      assertThat(asDeclared().writeValueAsBytes(kept)).isEqualTo(plain);
      // After other output, so the kept bytes go into the writer's buffer at an offset.
      assertThat(mapper.writeValueAsBytes(new TreeMap<>(Map.of("a", "x", "rows", kept))))
          .isEqualTo(mapper.writeValueAsBytes(new TreeMap<>(Map.of("a", "x", "rows", rows))));
      // A writer of characters decodes them.
      StringWriter text = new StringWriter();
      asDeclared().writeValue(text, kept);
      assertThat(text.toString()).isEqualTo(new String(plain, StandardCharsets.UTF_8));
    }
  }
}

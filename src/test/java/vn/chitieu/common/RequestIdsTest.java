package vn.chitieu.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class RequestIdsTest {

  @Test
  void shouldMakeRandomVersion4Uuids() {
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < 1_000; i++) {
      String id = RequestIds.newId();
      UUID parsed = UUID.fromString(id);
      assertThat(parsed.version()).isEqualTo(4);
      // RFC 4122's variant: the two top bits of the clock sequence are 10.
      assertThat(parsed.variant()).isEqualTo(2);
      assertThat(id).matches("[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}");
      ids.add(id);
    }
    assertThat(ids).hasSize(1_000);
  }
}

package vn.chitieu.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DevTokensTest {

  @Test
  void shouldWriteOneShellExportPerRole() {
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put(Roles.ADMIN, "aaa.bbb.ccc");
    tokens.put(Roles.READER, "ddd.eee.fff");

    assertThat(DevTokens.exports(tokens))
        .isEqualTo("export ADMIN_TOKEN=aaa.bbb.ccc\nexport READER_TOKEN=ddd.eee.fff\n");
  }
}

package vn.chitieu.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.chitieu.common.problem.ApiException;
import vn.chitieu.common.problem.ProblemType;

/** Conditional requests as RFC 9110 defines them, for a resource at version 3. */
class ETagsTest {

  @Test
  void shouldTagAVersionAsAQuotedNumber() {
    assertThat(ETags.of(3)).isEqualTo("\"3\"");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"3\"", "*", "\"2\", \"3\"", " \"3\" "})
  void shouldAcceptIfMatchNamingTheVersion(String ifMatch) {
    assertThatCode(() -> ETags.checkIfMatch(ifMatch, 3)).doesNotThrowAnyException();
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"2\"", "W/\"3\"", "3", "\"33\""})
  void shouldRefuseIfMatchNamingAnotherVersionWith412(String ifMatch) {
    assertThatThrownBy(() -> ETags.checkIfMatch(ifMatch, 3))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_FAILED));
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "  "})
  void shouldRefuseAChangeWithoutIfMatchWith428(String ifMatch) {
    assertThatThrownBy(() -> ETags.checkIfMatch(ifMatch, 3))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED));
    assertThatThrownBy(() -> ETags.checkIfMatch(null, 3))
        .isInstanceOfSatisfying(
            ApiException.class,
            e -> assertThat(e.type()).isEqualTo(ProblemType.PRECONDITION_REQUIRED));
  }

  @Test
  void shouldCompareIfNoneMatchWeakly() {
    assertThat(ETags.heldBy("\"3\"", 3)).isTrue();
    assertThat(ETags.heldBy("W/\"3\"", 3)).isTrue();
    assertThat(ETags.heldBy("*", 3)).isTrue();
    assertThat(ETags.heldBy("\"2\"", 3)).isFalse();
    assertThat(ETags.heldBy(null, 3)).isFalse();
  }
}

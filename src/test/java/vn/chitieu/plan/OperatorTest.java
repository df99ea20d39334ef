package vn.chitieu.plan;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import vn.chitieu.indicator.Polarity;

class OperatorTest {

  @Test
  void shouldDefaultFromPolarity() {
    assertThat(Operator.defaultFor(Polarity.HIGHER_IS_BETTER)).isEqualTo(Operator.AT_LEAST);
    assertThat(Operator.defaultFor(Polarity.LOWER_IS_BETTER)).isEqualTo(Operator.AT_MOST);
    assertThat(Operator.defaultFor(Polarity.NEUTRAL)).isEqualTo(Operator.EXACTLY);
  }
}

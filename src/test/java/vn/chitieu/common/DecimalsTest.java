package vn.chitieu.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DecimalsTest {

  private static final String TOO_MANY_DIGITS =
      "must have at most 18 digits before the decimal point";

  @Test
  void shouldAcceptValuesWithinTheDecimals() {
    assertThat(Decimals.problem(new BigDecimal("0.14"), 2)).isEmpty();
    assertThat(Decimals.problem(new BigDecimal("0.140000"), 2)).isEmpty();
    assertThat(Decimals.problem(new BigDecimal("1E+3"), 0)).isEmpty();
    assertThat(Decimals.problem(new BigDecimal("999999999999999999"), 0)).isEmpty();
  }

  @Test
  void shouldRejectTooManyFractionDigits() {
    assertThat(Decimals.problem(new BigDecimal("0.145"), 2))
        .hasValue("must have at most 2 digits after the decimal point");
    assertThat(Decimals.problem(new BigDecimal("14048.5"), 0)).hasValue("must be a whole number");
  }

  @Test
  void shouldRejectHugeMagnitudes() {
    assertThat(Decimals.problem(new BigDecimal("1E+18"), 0))
        .hasValue("must have at most 18 digits before the decimal point");
    assertThat(Decimals.problem(new BigDecimal("1E+999999999"), 6)).isPresent();
    assertThat(Decimals.problem(new BigDecimal("1E-999999999"), 6)).isPresent();
  }

  /** precision − scale overflows an int here; the count must not wrap round to a small number. */
  @ParameterizedTest
  @ValueSource(strings = {"1E+2147483647", "-9.99E+2147483647"})
  void shouldRejectAnExponentWhoseDigitCountOverflowsAnInt(String value) {
    assertThat(Decimals.problem(new BigDecimal(value), 6)).hasValue(TOO_MANY_DIGITS);
  }

  @Test
  void shouldNormalizeNegativeScales() {
    assertThat(Decimals.normalize(new BigDecimal("1E+2"))).hasToString("100");
    assertThat(Decimals.normalize(new BigDecimal("0.140"))).hasToString("0.140");
  }
}

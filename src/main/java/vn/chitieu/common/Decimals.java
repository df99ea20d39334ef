package vn.chitieu.common;

import java.math.BigDecimal;
import java.util.Optional;

/** Rules every indicator value obeys, whatever the indicator: exact, and of a sane magnitude. */
public final class Decimals {

  public static final int MAX_INTEGER_DIGITS = 18;
  public static final int MAX_FRACTION_DIGITS = 6;

  private Decimals() {}

  /** What is wrong with a value that may have at most {@code maxFractionDigits} decimals. */
  public static Optional<String> problem(BigDecimal value, int maxFractionDigits) {
    if (integerDigits(value) > MAX_INTEGER_DIGITS) {
      return Optional.of(
          "must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
    }
    if (fractionDigits(value) > maxFractionDigits) {
      return Optional.of(
          maxFractionDigits == 0
              ? "must be a whole number"
              : "must have at most " + maxFractionDigits + " digits after the decimal point");
    }
    return Optional.empty();
  }

  /** The value as it will be stored: {@code 1E+2} becomes {@code 100}; {@code 0.140} stays. */
  public static BigDecimal normalize(BigDecimal value) {
    return value.scale() < 0 ? value.setScale(0) : value;
  }

  /**
   * In long arithmetic: with a scale near Integer.MIN_VALUE, precision − scale overflows an int.
   */
  static long integerDigits(BigDecimal value) {
    return value.signum() == 0 ? 0 : (long) value.precision() - value.scale();
  }

  static int fractionDigits(BigDecimal value) {
    return Math.max(0, value.stripTrailingZeros().scale());
  }
}

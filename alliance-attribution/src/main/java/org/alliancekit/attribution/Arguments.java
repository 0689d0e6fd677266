package org.alliancekit.attribution;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.base.CharMatcher;
import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;

/** Argument checks and small money helpers shared by the attribution classes. */
final class Arguments {
  private static final CharMatcher CONTROL = CharMatcher.javaIsoControl();
  private static final int MAX_KEY_LENGTH = 256;

  private Arguments() {}

  /** Checks a role key or similar short text: not blank, trimmed, no control characters. */
  static String key(String field, String value) {
    checkNotNull(value, "%s must not be null", field);
    checkArgument(!value.isBlank(), "%s '%s' must not be blank", field, value);
    checkArgument(
        value.strip().equals(value), "%s '%s' must not start or end with whitespace", field, value);
    checkArgument(
        !CONTROL.matchesAnyOf(value),
        "%s '%s' must not contain control characters",
        field,
        CONTROL.replaceFrom(value, '?'));
    checkArgument(
        value.length() <= MAX_KEY_LENGTH,
        "%s of length %s is longer than the %s characters allowed",
        field,
        value.length(),
        MAX_KEY_LENGTH);
    return value;
  }

  /** Checks that a weight is a finite number of at least zero. */
  static double weight(String field, Object owner, double value) {
    checkArgument(
        Double.isFinite(value) && value >= 0,
        "%s %s of %s must be a finite number of at least 0",
        field,
        value,
        owner);
    return value;
  }

  /** The most digits a decimal may have before, and after, the decimal point. */
  static final int MAX_DIGITS = 100;

  /**
   * The amount's number, exactly.
   *
   * @throws IllegalArgumentException if it is outside the bounds of {@link #decimal}
   */
  static BigDecimal number(MonetaryAmount amount) {
    return decimal(
        "amount in " + amount.getCurrency().getCurrencyCode(),
        amount.getNumber().numberValue(BigDecimal.class));
  }

  /**
   * Checks that a decimal has at most {@value #MAX_DIGITS} digits before and {@value #MAX_DIGITS}
   * after the decimal point: a short number such as {@code 1E-999999999} otherwise becomes a
   * billion digits as soon as it is added to another or written out plainly.
   */
  static BigDecimal decimal(String field, BigDecimal value) {
    checkArgument(
        (long) value.precision() - value.scale() <= MAX_DIGITS && value.scale() <= MAX_DIGITS,
        "%s %s has more than %s digits before or after the decimal point",
        field,
        value,
        MAX_DIGITS);
    return value;
  }

  /** The number of decimal places of the currency's minor unit (zero when it has none). */
  static int minorDigits(CurrencyUnit currency) {
    return Math.max(0, currency.getDefaultFractionDigits());
  }
}

package org.alliancekit.pipeline.forecast;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.RoundingMode;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.javamoney.moneta.Money;

/** Exact money helpers of the forecast package. */
final class Amounts {
  private Amounts() {}

  /** The exact number of an amount. */
  static BigDecimal number(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  /** An exact amount. */
  static MonetaryAmount money(BigDecimal number, CurrencyUnit currency) {
    return Money.of(number, currency);
  }

  /**
   * Rounds to the currency's default fraction digits, half to even; a currency without default
   * fraction digits (such as XAU) is left unrounded.
   */
  static BigDecimal round(BigDecimal number, CurrencyUnit currency) {
    int digits = currency.getDefaultFractionDigits();
    return digits < 0 ? number : number.setScale(digits, RoundingMode.HALF_EVEN);
  }

  /** The exact decimal value of a probability: its shortest decimal form, so 0.1 is one tenth. */
  static BigDecimal probability(double probability) {
    return BigDecimal.valueOf(probability);
  }

  /**
   * Checks that a decimal has at most 100 digits before and 100 after the decimal point: a short
   * number such as {@code 1E-999999999} otherwise becomes a billion digits as soon as it is
   * multiplied into a sum or written out plainly.
   */
  static BigDecimal bounded(String field, BigDecimal value) {
    checkArgument(
        (long) value.precision() - value.scale() <= 100 && value.scale() <= 100,
        "%s %s has more than 100 digits before or after the decimal point",
        field,
        value);
    return value;
  }
}

package org.alliancekit.examples;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import javax.money.MonetaryAmount;

/** Formatting shared by the examples' printed output. */
final class Text {
  private Text() {}

  /** An amount as its currency code and the number with thousands separators: GBP 1,250.00. */
  static String money(MonetaryAmount amount) {
    return amount.getCurrency().getCurrencyCode() + " " + number(amount);
  }

  /** The number of an amount with thousands separators, to the currency's minor unit: 1,250.00. */
  static String number(MonetaryAmount amount) {
    int digits = Math.max(0, amount.getCurrency().getDefaultFractionDigits());
    BigDecimal value =
        amount.getNumber().numberValue(BigDecimal.class).setScale(digits, RoundingMode.HALF_EVEN);
    return String.format(Locale.ROOT, "%,." + digits + "f", value);
  }

  /** A fraction as a percentage with one decimal: 0.4567 is 45.7%. */
  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }
}

package org.alliancekit.examples;

import java.math.BigDecimal;
import java.util.Locale;
import javax.money.MonetaryAmount;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.money.MinorUnits;

/** Formatting shared by the examples' printed output. */
final class Text {
  private Text() {}

  /** An amount as its currency code and the number with thousands separators: GBP 1,250.00. */
  static String money(MonetaryAmount amount) {
    return amount.getCurrency().getCurrencyCode() + " " + number(amount);
  }

  /** The number of an amount with thousands separators, to the currency's minor unit: 1,250.00. */
  static String number(MonetaryAmount amount) {
    BigDecimal value = MinorUnits.round(Amounts.number(amount), amount.getCurrency());
    return String.format(Locale.ROOT, "%,." + Math.max(0, value.scale()) + "f", value);
  }

  /** A fraction as a percentage with one decimal: 0.4567 is 45.7%. */
  static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }
}

package org.alliancekit.planning;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.money.ExchangeRates;

/** Converts amounts exactly with the rates given, or fails naming what could not be converted. */
final class Conversion {
  private Conversion() {}

  /**
   * Returns the amount's number in {@code to}, unrounded.
   *
   * @throws IllegalArgumentException if no rate links the two currencies
   */
  static BigDecimal number(
      MonetaryAmount amount, CurrencyUnit to, ExchangeRates rates, String what) {
    return Amounts.number(
        rates
            .convert(amount, to)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no exchange rate converts "
                            + amount.getCurrency().getCurrencyCode()
                            + " into "
                            + to.getCurrencyCode()
                            + " for "
                            + what)));
  }
}

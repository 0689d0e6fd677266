package org.alliancekit.io.json;

import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryException;

/**
 * The JSON codecs of the root package {@code org.alliancekit.model}, which holds no value type of
 * its own: the currency of the model's money, a string (also as a map key) such as {@code "EUR"}
 * that is checked to be three capital letters before it is looked up.
 */
final class ModelCodecs {
  private ModelCodecs() {}

  static void register(ModelModule module) {
    module.text(CurrencyUnit.class, CurrencyUnit::getCurrencyCode, ModelCodecs::currency);
  }

  private static CurrencyUnit currency(String code) {
    // Moneta looks a code up as a regular expression ("E.R" finds EUR), so only three capital
    // letters are looked up at all.
    if (code.length() == 3 && code.chars().allMatch(c -> c >= 'A' && c <= 'Z')) {
      try {
        return Monetary.getCurrency(code);
      } catch (MonetaryException e) {
        throw new IllegalArgumentException("'" + code + "' is not a known currency code", e);
      }
    }
    throw new IllegalArgumentException(
        "'" + code + "' is not an ISO 4217 currency code of three capital letters such as EUR");
  }
}

package org.alliancekit.cli;

import java.util.Locale;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.UnknownCurrencyException;
import picocli.CommandLine;

/** Reads a currency option such as {@code GBP}, ignoring case. */
final class CurrencyConverter implements CommandLine.ITypeConverter<CurrencyUnit> {
  @Override
  public CurrencyUnit convert(String value) {
    String code = value.strip().toUpperCase(Locale.ROOT);
    try {
      return Monetary.getCurrency(code);
    } catch (UnknownCurrencyException e) {
      throw new CommandLine.TypeConversionException(
          "'" + value + "' is not an ISO 4217 currency code such as GBP, EUR or USD");
    }
  }
}

package org.alliancekit.pipeline.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.alliancekit.model.money.ExchangeRate;
import org.alliancekit.model.money.ExchangeRates;
import org.junit.jupiter.api.Test;

class ConversionRatesTest {
  private static final CurrencyUnit USD = Monetary.getCurrency("USD");
  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");

  @Test
  void theModelsRatesGiveDirectAndInverseFactorsButNoTriangle() {
    ConversionRates rates =
        ConversionRates.of(
            ExchangeRates.of(
                ExchangeRate.of(USD, EUR, new BigDecimal("0.80")),
                ExchangeRate.of(EUR, GBP, new BigDecimal("0.85"))));
    assertEquals(0, new BigDecimal("0.80").compareTo(rates.factor(USD, EUR).orElseThrow()));
    // EUR -> USD is the inverse of USD -> EUR 0.80: 1.25 exactly.
    assertEquals(0, new BigDecimal("1.25").compareTo(rates.factor(EUR, USD).orElseThrow()));
    // USD -> GBP would need a third currency: not done.
    assertEquals(Optional.empty(), rates.factor(USD, GBP));
  }
}

package org.alliancekit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Map;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class FixedRatesTest {
  private static final FixedRates RATES =
      FixedRates.to("GBP", Map.of("EUR", new BigDecimal("0.85")));

  @Test
  void convertsByMultiplyingWithoutRounding() {
    // EUR 10.01 x 0.85 = GBP 8.5085, kept unrounded.
    MonetaryAmount converted =
        RATES.convert(Money.of(new BigDecimal("10.01"), "EUR")).orElseThrow();
    assertEquals(Money.of(new BigDecimal("8.5085"), "GBP"), converted);
  }

  @Test
  void returnsAnAmountInTheReportCurrencyAsItIs() {
    MonetaryAmount pounds = Money.of(12, "GBP");
    assertSame(pounds, RATES.convert(pounds).orElseThrow());
    assertSame(pounds, RATES.operator().apply(pounds));
  }

  @Test
  void hasNoRateForAnUnlistedCurrency() {
    assertTrue(RATES.convert(Money.of(1, "USD")).isEmpty());
    MonetaryException error =
        assertThrows(MonetaryException.class, () -> RATES.operator().apply(Money.of(1, "USD")));
    assertEquals("no rate from USD to GBP", error.getMessage());
  }

  @Test
  void rejectsBadCurrenciesAndRates() {
    assertEquals(
        "rate currency 'EURO' is not a known currency code",
        assertThrows(
                IllegalArgumentException.class,
                () -> FixedRates.to("GBP", Map.of("EURO", BigDecimal.ONE)))
            .getMessage());
    assertEquals(
        "rate 0 from EUR to GBP must be greater than zero",
        assertThrows(
                IllegalArgumentException.class,
                () -> FixedRates.to("GBP", Map.of("EUR", BigDecimal.ZERO)))
            .getMessage());
    assertEquals(
        "report currency XAU has -1 minor digits; it must have from 0 to 4",
        assertThrows(IllegalArgumentException.class, () -> FixedRates.to("XAU", Map.of()))
            .getMessage());
  }

  @Test
  void printsTheCurrencyAndRates() {
    assertEquals("FixedRates{to=GBP, EUR=0.85}", RATES.toString());
  }
}

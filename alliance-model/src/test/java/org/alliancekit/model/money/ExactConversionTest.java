package org.alliancekit.model.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class ExactConversionTest {
  private static final CurrencyUnit GBP = Monetary.getCurrency("GBP");
  private static final CurrencyUnit JPY = Monetary.getCurrency("JPY");

  @Test
  void multipliesExactlyAndRoundsOnlyWhenAsked() {
    Money euros = Money.of(new BigDecimal("0.05"), "EUR");
    BigDecimal rate = new BigDecimal("0.85");
    assertEquals("0.0425", Amounts.number(ExactConversion.times(euros, rate, GBP)).toPlainString());
    assertEquals("0.04", Amounts.number(ExactConversion.convert(euros, rate, GBP)).toPlainString());
  }

  @Test
  void roundsTheSumOnceNotEachPart() {
    // Three times EUR 0.05 at 0.85: each rounded is GBP 0.04 (sum 0.12); exact sum 0.1275 -> 0.13.
    Money euros = Money.of(new BigDecimal("0.05"), "EUR");
    BigDecimal rate = new BigDecimal("0.85");
    BigDecimal sum = BigDecimal.ZERO;
    for (int i = 0; i < 3; i++) {
      sum = sum.add(Amounts.number(ExactConversion.times(euros, rate, GBP)));
    }
    assertEquals(Money.of(new BigDecimal("0.13"), GBP), MinorUnits.round(Money.of(sum, GBP)));
  }

  @Test
  void dividesByTheOppositeRateToThirtyFourDigits() {
    Money yen = Money.of(100, "JPY");
    assertEquals(
        "33.33333333333333333333333333333333",
        Amounts.number(ExactConversion.dividedBy(yen, new BigDecimal("3"), GBP)).toPlainString());
    assertEquals("0.5", ExactConversion.inverse(new BigDecimal("2")).toPlainString());
  }

  @Test
  void rejectsARateThatIsNotPositiveNamingTheCurrencies() {
    assertEquals(
        "rate from GBP to JPY 0 must be positive",
        assertThrows(
                IllegalArgumentException.class,
                () -> ExactConversion.times(Money.of(1, "GBP"), BigDecimal.ZERO, JPY))
            .getMessage());
  }
}

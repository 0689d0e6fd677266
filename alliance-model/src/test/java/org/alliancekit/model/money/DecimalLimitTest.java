package org.alliancekit.model.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class DecimalLimitTest {
  private static final BigDecimal HUNDRED_NINES_BEFORE =
      BigDecimal.TEN.pow(100).subtract(BigDecimal.ONE);
  private static final BigDecimal HUNDRED_DIGITS_AFTER = BigDecimal.ONE.movePointLeft(100);

  @Test
  void acceptsAHundredDigitsBeforeAndAfterThePoint() {
    assertTrue(DecimalLimit.fits(HUNDRED_NINES_BEFORE));
    assertTrue(DecimalLimit.fits(HUNDRED_DIGITS_AFTER));
    assertSame(HUNDRED_NINES_BEFORE, DecimalLimit.check("rate", HUNDRED_NINES_BEFORE));
    assertEquals(Optional.empty(), DecimalLimit.problem("rate", HUNDRED_DIGITS_AFTER));
  }

  @Test
  void rejectsOneDigitMoreNamingFieldValueAndRule() {
    assertFalse(DecimalLimit.fits(BigDecimal.TEN.pow(100)));
    assertFalse(DecimalLimit.fits(BigDecimal.ONE.movePointLeft(101)));
    assertEquals(
        "weight 1E-999999999 has more than 100 digits before or after the decimal point",
        assertThrows(
                IllegalArgumentException.class,
                () -> DecimalLimit.check("weight", new BigDecimal("1E-999999999")))
            .getMessage());
    assertEquals(
        Optional.of("decimal 1E+101 has more than 100 digits before or after the decimal point"),
        DecimalLimit.problem("decimal", new BigDecimal("1E+101")));
  }

  @Test
  void namesTheCurrencyOfAnAmountOutOfBounds() {
    assertEquals(
        "amount in GBP 1E+101 has more than 100 digits before or after the decimal point",
        assertThrows(
                IllegalArgumentException.class,
                () -> DecimalLimit.number("amount", Money.of(new BigDecimal("1E+101"), "GBP")))
            .getMessage());
    assertEquals(
        0,
        new BigDecimal("12.50")
            .compareTo(DecimalLimit.number("amount", Money.of(new BigDecimal("12.50"), "GBP"))));
  }

  @Test
  void namesTheFieldOfAMissingValue() {
    assertEquals(
        "rate must not be null",
        assertThrows(NullPointerException.class, () -> DecimalLimit.check("rate", null))
            .getMessage());
  }

  @Test
  void anAmountFitsAsItsStrippedNumberDoes() {
    // trailing zeros past the hundredth decimal are stripped before the bound is applied
    BigDecimal oneWithZeros = new BigDecimal("1." + "0".repeat(150));
    assertEquals(150, oneWithZeros.scale());
    assertTrue(DecimalLimit.fits(Money.of(oneWithZeros, "EUR")));
    assertTrue(DecimalLimit.fits(Money.of(new BigDecimal("0E-200"), "EUR")));
    assertTrue(DecimalLimit.fits(Money.of(new BigDecimal("0E+200"), "EUR")));
    assertTrue(DecimalLimit.fits(Money.of(HUNDRED_NINES_BEFORE, "EUR")));
    assertTrue(DecimalLimit.fits(Money.of(HUNDRED_DIGITS_AFTER, "EUR")));
    assertTrue(DecimalLimit.fits(Money.of(new BigDecimal("1234.50"), "EUR")));
    assertFalse(DecimalLimit.fits(Money.of(BigDecimal.ONE.movePointLeft(101), "EUR")));
    assertFalse(DecimalLimit.fits(Money.of(new BigDecimal("1E+100"), "EUR")));
    assertFalse(
        DecimalLimit.fits(Money.of(BigDecimal.ONE.movePointLeft(101).add(BigDecimal.ONE), "EUR")));
    // another kind of amount goes through its exact number
    assertTrue(DecimalLimit.fits(org.javamoney.moneta.FastMoney.of(12.5, "EUR")));
  }
}

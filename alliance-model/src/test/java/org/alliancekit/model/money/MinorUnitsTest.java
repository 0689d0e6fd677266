package org.alliancekit.model.money;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class MinorUnitsTest {
  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  private static final CurrencyUnit JPY = Monetary.getCurrency("JPY");
  private static final CurrencyUnit BHD = Monetary.getCurrency("BHD");
  private static final CurrencyUnit XAU = Monetary.getCurrency("XAU");

  @Test
  void roundsHalfToEvenToTwoDigitsForEuro() {
    assertEquals("0.12", MinorUnits.round(new BigDecimal("0.125"), EUR).toPlainString());
    assertEquals("0.14", MinorUnits.round(new BigDecimal("0.135"), EUR).toPlainString());
    assertEquals("7.00", MinorUnits.round(new BigDecimal("7"), EUR).toPlainString());
  }

  @Test
  void roundsToWholeYenAndToThousandthsOfADinar() {
    assertEquals("1236", MinorUnits.round(new BigDecimal("1235.5"), JPY).toPlainString());
    assertEquals("1234", MinorUnits.round(new BigDecimal("1234.5"), JPY).toPlainString());
    assertEquals("1.234", MinorUnits.round(new BigDecimal("1.2345"), BHD).toPlainString());
    assertEquals("1.236", MinorUnits.round(new BigDecimal("1.2355"), BHD).toPlainString());
  }

  @Test
  void unitsAreTheAmountInWholeMinorUnits() {
    assertEquals(1234, MinorUnits.units(Money.of(new BigDecimal("12.34"), EUR)));
    assertEquals(1250, MinorUnits.units(Money.of(new BigDecimal("12.5000"), EUR)));
    assertEquals(-5, MinorUnits.units(Money.of(new BigDecimal("-0.05"), EUR)));
    assertEquals(500, MinorUnits.units(Money.of(500, JPY)));
    assertEquals(1234, MinorUnits.units(Money.of(new BigDecimal("1.234"), BHD)));
    assertEquals(Long.MAX_VALUE, MinorUnits.units(Money.ofMinor(EUR, Long.MAX_VALUE)));
  }

  @Test
  void unitsRefuseWhatIsNotAWholeNumberOfMinorUnits() {
    assertEquals(
        "EUR 12.345 has more decimal places than the 2 of EUR's minor unit",
        assertThrows(
                ArithmeticException.class,
                () -> MinorUnits.units(Money.of(new BigDecimal("12.345"), EUR)))
            .getMessage());
    assertEquals(
        "EUR 92233720368547758.08 is too large for a long of minor units",
        assertThrows(
                ArithmeticException.class,
                () -> MinorUnits.units(Money.of(new BigDecimal("92233720368547758.08"), EUR)))
            .getMessage());
    assertEquals(
        "XAU 1.5 has no minor units: XAU has no minor unit",
        assertThrows(
                IllegalArgumentException.class,
                () -> MinorUnits.units(Money.of(new BigDecimal("1.5"), XAU)))
            .getMessage());
  }

  @Test
  void anAmountFitsItsMinorUnitUpToTrailingZeros() {
    assertTrue(MinorUnits.fitsMinorUnit(Money.of(new BigDecimal("100.50"), EUR)));
    assertTrue(MinorUnits.fitsMinorUnit(Money.of(new BigDecimal("100.5000"), EUR)));
    assertFalse(MinorUnits.fitsMinorUnit(Money.of(new BigDecimal("100.005"), EUR)));
    assertTrue(MinorUnits.fitsMinorUnit(Money.of(new BigDecimal("1500"), JPY)));
    assertFalse(MinorUnits.fitsMinorUnit(Money.of(new BigDecimal("1500.5"), JPY)));
    assertTrue(MinorUnits.fitsMinorUnit(Money.of(new BigDecimal("1.005"), BHD)));
    assertFalse(MinorUnits.fitsMinorUnit(Money.of(new BigDecimal("1.0005"), BHD)));
    assertTrue(MinorUnits.fitsMinorUnit(Money.of(new BigDecimal("0.123456789"), XAU)));
  }

  @Test
  void checkFitsNamesTheFieldTheAmountAndTheRule() {
    IllegalArgumentException e =
        org.junit.jupiter.api.Assertions.assertThrows(
            IllegalArgumentException.class,
            () -> MinorUnits.checkFits("fee", Money.of(new BigDecimal("1500.5"), JPY)));
    assertEquals(
        "fee JPY 1500.5 has more decimal places than the 0 of JPY's minor unit: round it first"
            + " (for example to 1500) or correct it",
        e.getMessage());
  }

  @Test
  void leavesACurrencyWithoutMinorUnitExact() {
    assertFalse(MinorUnits.hasMinorUnit(XAU));
    assertTrue(MinorUnits.hasMinorUnit(JPY));
    BigDecimal gold = new BigDecimal("1.23456789");
    assertSame(gold, MinorUnits.round(gold, XAU));
    assertEquals(Money.of(gold, XAU), MinorUnits.round(Money.of(gold, XAU)));
  }

  @Test
  void roundsAnAmountInItsOwnCurrency() {
    assertEquals(
        Money.of(new BigDecimal("10.02"), EUR),
        MinorUnits.round(Money.of(new BigDecimal("10.015"), EUR)));
    assertEquals(
        Money.of(new BigDecimal("10.00"), EUR),
        MinorUnits.round(Money.of(new BigDecimal("10.005"), EUR)));
  }

  @Test
  void dividesOnceToTheMinorUnitOrToThirtyFourDigitsWithout() {
    BigDecimal third = MinorUnits.divide(BigDecimal.ONE, new BigDecimal("3"), EUR);
    assertEquals("0.33", third.toPlainString());
    assertEquals("1", MinorUnits.divide(new BigDecimal("5"), new BigDecimal("4"), JPY).toString());
    assertEquals(
        "0.3333333333333333333333333333333333",
        MinorUnits.divide(BigDecimal.ONE, new BigDecimal("3"), XAU).toPlainString());
  }
}

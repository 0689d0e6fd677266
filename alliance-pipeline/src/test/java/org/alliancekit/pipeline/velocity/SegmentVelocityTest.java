package org.alliancekit.pipeline.velocity;

import static org.alliancekit.pipeline.velocity.VelocityFixtures.EUR;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.alliancekit.model.money.Amounts;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class SegmentVelocityTest {
  private static final CurrencyUnit JPY = Monetary.getCurrency("JPY");

  private static SegmentVelocity row(long won, long lost, Money wonAmount, long cycleDays) {
    return new SegmentVelocity(
        Segment.ALLIANCE, wonAmount.getCurrency(), won, lost, wonAmount, cycleDays);
  }

  private static Money eur(String amount) {
    return Money.of(new BigDecimal(amount), "EUR");
  }

  @Test
  void winRateIsRoundedHalfEvenToFourPlaces() {
    // 1/3 = 0.33333.. -> 0.3333; 1/32 = 0.03125 -> 0.0312 (2 is even); 3/32 = 0.09375 -> 0.0938.
    assertEquals(new BigDecimal("0.3333"), row(1, 2, eur("1"), 0).winRate());
    assertEquals(new BigDecimal("0.0312"), row(1, 31, eur("1"), 0).winRate());
    assertEquals(new BigDecimal("0.0938"), row(3, 29, eur("1"), 0).winRate());
    assertEquals(new BigDecimal("0.0000"), row(0, 5, eur("0"), 0).winRate());
    assertEquals(new BigDecimal("1.0000"), row(5, 0, eur("1"), 0).winRate());
    assertEquals(6, row(4, 2, eur("1"), 0).closed());
  }

  @Test
  void averageWonAmountIsRoundedOnceHalfEvenToTheMinorUnit() {
    // EUR 300.01 / 2 = 150.005 -> 150.00 (0 is even; Money prints it without trailing zeros);
    // EUR 300.03 / 2 = 150.015 -> 150.02.
    assertEquals("EUR 150", Amounts.text(row(2, 0, eur("300.01"), 0).averageWonAmount().get()));
    assertEquals("EUR 150.02", Amounts.text(row(2, 0, eur("300.03"), 0).averageWonAmount().get()));
    // EUR 1 / 3 = 0.3333.. -> 0.33, exactly once (no intermediate rounding).
    assertEquals("EUR 0.33", Amounts.text(row(3, 0, eur("1"), 0).averageWonAmount().get()));
    // JPY has no decimals: 1001 / 2 = 500.5 -> 500; 1003 / 2 = 501.5 -> 502.
    assertEquals(
        "JPY 500", Amounts.text(row(2, 0, Money.of(1001, JPY), 0).averageWonAmount().get()));
    assertEquals(
        "JPY 502", Amounts.text(row(2, 0, Money.of(1003, JPY), 0).averageWonAmount().get()));
    assertEquals(Optional.empty(), row(0, 1, eur("0"), 0).averageWonAmount());
  }

  @Test
  void averageCycleDaysIsRoundedHalfEvenToOnePlace() {
    // 21 / 2 = 10.5; 1 / 4 = 0.25 -> 0.2; 3 / 4 = 0.75 -> 0.8; 10 / 3 = 3.33.. -> 3.3.
    assertEquals(Optional.of(new BigDecimal("10.5")), row(2, 0, eur("1"), 21).averageCycleDays());
    assertEquals(Optional.of(new BigDecimal("0.2")), row(4, 0, eur("1"), 1).averageCycleDays());
    assertEquals(Optional.of(new BigDecimal("0.8")), row(4, 0, eur("1"), 3).averageCycleDays());
    assertEquals(Optional.of(new BigDecimal("3.3")), row(3, 0, eur("1"), 10).averageCycleDays());
    assertEquals(Optional.empty(), row(0, 1, eur("0"), 0).averageCycleDays());
  }

  @Test
  void rejectsARowWithoutClosedDeals() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> row(0, 0, eur("0"), 0));
    assertEquals(
        "ALLIANCE EUR velocity: 0 won and 0 lost must not be negative and must count at least one"
            + " closed deal",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> row(-1, 2, eur("0"), 0));
  }

  @Test
  void rejectsAWonAmountInAnotherCurrency() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new SegmentVelocity(Segment.DIRECT, EUR, 1, 0, Money.of(5, JPY), 0));
    assertEquals("DIRECT EUR velocity: won amount JPY 5 must be in EUR", e.getMessage());
  }

  @Test
  void rejectsAmountsOrDaysWithoutWonDeals() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> row(0, 1, eur("5"), 0));
    assertEquals(
        "ALLIANCE EUR velocity: won amount EUR 5 must not be negative, and must be zero when 0"
            + " deals were won",
        e.getMessage());
    assertThrows(IllegalArgumentException.class, () -> row(1, 0, eur("-5"), 0));
    IllegalArgumentException days =
        assertThrows(IllegalArgumentException.class, () -> row(0, 1, eur("0"), 3));
    assertEquals(
        "ALLIANCE EUR velocity: 3 cycle days must not be negative, and must be zero when 0 deals"
            + " were won",
        days.getMessage());
    assertThrows(IllegalArgumentException.class, () -> row(1, 0, eur("1"), -1));
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(row(2, 1, eur("300.01"), 90), row(2, 1, eur("300.01"), 90))
        .addEqualityGroup(row(2, 1, eur("300.01"), 91))
        .addEqualityGroup(row(2, 2, eur("300.01"), 90))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    VelocityFixtures.nullPointerTester()
        .setDefault(Segment.class, Segment.ALLIANCE)
        .setDefault(long.class, 1L)
        .testAllPublicConstructors(SegmentVelocity.class);
  }

  @Test
  void plusAddsCountsAmountsAndDaysExactly() {
    SegmentVelocity a =
        new SegmentVelocity(
            Segment.ALLIANCE, EUR, 2, 1, Money.of(new BigDecimal("100.10"), EUR), 30);
    SegmentVelocity b =
        new SegmentVelocity(Segment.ALLIANCE, EUR, 1, 0, Money.of(new BigDecimal("0.905"), EUR), 7);
    SegmentVelocity sum = a.plus(b);
    assertEquals(3, sum.won());
    assertEquals(1, sum.lost());
    assertEquals(0, new BigDecimal("101.005").compareTo(Amounts.number(sum.wonAmount())));
    assertEquals(37, sum.wonCycleDays());
  }

  @Test
  void plusRefusesAnotherSegmentOrCurrency() {
    SegmentVelocity a = new SegmentVelocity(Segment.ALLIANCE, EUR, 0, 1, Money.of(0, EUR), 0);
    SegmentVelocity other = new SegmentVelocity(Segment.DIRECT, EUR, 0, 1, Money.of(0, EUR), 0);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> a.plus(other));
    assertTrue(e.getMessage().contains("segment and currency must match"), e.getMessage());
  }
}

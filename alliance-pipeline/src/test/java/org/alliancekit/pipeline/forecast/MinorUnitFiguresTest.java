package org.alliancekit.pipeline.forecast;

import static org.alliancekit.pipeline.forecast.ForecastFixtures.EUR;
import static org.alliancekit.pipeline.forecast.ForecastFixtures.JPY;
import static org.alliancekit.pipeline.forecast.ForecastFixtures.USD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Figures kept in minor units against the same figures made by the builder. */
class MinorUnitFiguresTest {
  // EUR 300.00 open, 100.00 committed, 50.00 won, 120.01 weighted.
  private static final MinorUnitFigures MINOR =
      new MinorUnitFigures(EUR, 2, 1, 0, 30_000, 10_000, 5_000, 12_001);

  private static final ForecastFigures BUILT =
      ForecastFigures.zero(EUR)
          .withOpenCount(2)
          .withWonCount(1)
          .withOpen(Money.of(300, "EUR"))
          .withCommitted(Money.of(100, "EUR"))
          .withWon(Money.of(new BigDecimal("50.00"), "EUR"))
          .withWeighted(Money.of(new BigDecimal("120.01"), "EUR"));

  @Test
  void amountsAreMoneyOfTheMinorUnits() {
    assertEquals(Money.of(new BigDecimal("300.00"), "EUR"), MINOR.open());
    assertEquals(Money.of(100, "EUR"), MINOR.committed());
    assertEquals(Money.of(50, "EUR"), MINOR.won());
    assertEquals(Money.of(new BigDecimal("120.01"), "EUR"), MINOR.weighted());
    assertInstanceOf(Money.class, MINOR.weighted());
    assertSame(MINOR.open(), MINOR.open());
    assertEquals(Money.of(350, "EUR"), MINOR.bestCase());
    assertEquals(Money.of(150, "EUR"), MINOR.commit());
    assertEquals(3, MINOR.count());
    // JPY has no fraction digits: 1234 minor units are 1234 yen.
    assertEquals(Money.of(1234, "JPY"), new MinorUnitFigures(JPY, 1, 0, 0, 1234, 0, 0, 123).open());
  }

  @Test
  void minorUnitsAreReadWithoutMoneyAndEqualTheBuilderMadeFigures() {
    assertEquals(30_000, MINOR.openMinorUnits());
    assertEquals(10_000, MINOR.committedMinorUnits());
    assertEquals(5_000, MINOR.wonMinorUnits());
    assertEquals(12_001, MINOR.weightedMinorUnits());
    assertEquals(30_000, BUILT.openMinorUnits());
    assertEquals(10_000, BUILT.committedMinorUnits());
    assertEquals(5_000, BUILT.wonMinorUnits());
    assertEquals(12_001, BUILT.weightedMinorUnits());
    assertEquals(123, new MinorUnitFigures(JPY, 1, 0, 0, 1234, 0, 0, 123).weightedMinorUnits());
    // Exact figures that are not rounded have no whole number of minor units.
    ForecastFigures exact = BUILT.withWeighted(Money.of(new BigDecimal("120.015"), "EUR"));
    assertThrows(ArithmeticException.class, exact::weightedMinorUnits);
    assertEquals(12_002, exact.rounded().weightedMinorUnits());
  }

  @Test
  void equalsTheBuilderMadeFiguresBothWays() {
    new EqualsTester()
        .addEqualityGroup(MINOR, BUILT, ForecastFigures.builder().from(MINOR).build())
        .addEqualityGroup(new MinorUnitFigures(EUR, 2, 1, 0, 30_000, 10_000, 5_000, 12_000))
        .addEqualityGroup(new MinorUnitFigures(USD, 2, 1, 0, 30_000, 10_000, 5_000, 12_001))
        .addEqualityGroup(new MinorUnitFigures(EUR, 2, 1, 1, 30_000, 10_000, 5_000, 12_001))
        .testEquals();
    assertEquals(BUILT.toString(), MINOR.toString());
    assertEquals(
        "ForecastFigures{currency=EUR, openCount=2, wonCount=1, lostCount=0, open=EUR 300,"
            + " committed=EUR 100, won=EUR 50, weighted=EUR 120.01}",
        MINOR.toString());
    assertEquals(Forecast.of(List.of(BUILT)), Forecast.of(List.of(MINOR)));
    assertSame(MINOR, MINOR.rounded());
    assertEquals(BUILT.rounded(), MINOR.rounded());
  }

  @Test
  void copiesGoThroughTheBuilderAndItsChecks() {
    assertEquals(BUILT.withLostCount(4), MINOR.withLostCount(4));
    assertEquals(BUILT.withOpenCount(7), MINOR.withOpenCount(7));
    assertEquals(BUILT.withWonCount(0), MINOR.withWonCount(0));
    assertEquals(BUILT.withOpen(Money.of(400, "EUR")), MINOR.withOpen(Money.of(400, "EUR")));
    assertEquals(BUILT.withCommitted(Money.of(0, "EUR")), MINOR.withCommitted(Money.of(0, "EUR")));
    assertEquals(BUILT.withWon(Money.of(1, "EUR")), MINOR.withWon(Money.of(1, "EUR")));
    assertEquals(BUILT.withWeighted(Money.of(2, "EUR")), MINOR.withWeighted(Money.of(2, "EUR")));
    assertEquals(
        "forecast figures won amount EUR -1 must not be negative",
        assertThrows(IllegalArgumentException.class, () -> MINOR.withWon(Money.of(-1, "EUR")))
            .getMessage());
    assertEquals(
        "forecast figures open amount EUR 300 must be in USD",
        assertThrows(IllegalArgumentException.class, () -> MINOR.withCurrency(USD)).getMessage());
  }

  @Test
  void rejectsWhatTheBuilderRejects() {
    assertEquals(
        "forecast figures counts -1 open, 1 won, 0 lost must not be negative",
        assertThrows(
                IllegalArgumentException.class,
                () -> new MinorUnitFigures(EUR, -1, 1, 0, 0, 0, 0, 0))
            .getMessage());
    assertEquals(
        "forecast figures amounts 5 open, 0 committed, -1 won, 0 weighted minor units must not be"
            + " negative",
        assertThrows(
                IllegalArgumentException.class,
                () -> new MinorUnitFigures(EUR, 1, 1, 0, 5, 0, -1, 0))
            .getMessage());
    assertEquals(
        "forecast figures committed 6 must not exceed open 5 minor units",
        assertThrows(
                IllegalArgumentException.class,
                () -> new MinorUnitFigures(EUR, 1, 0, 0, 5, 6, 0, 0))
            .getMessage());
  }

  @Property
  void equalToTheBuilderMadeFiguresOfTheSameMinorUnits(
      @ForAll @LongRange(max = Long.MAX_VALUE / 2) long open,
      @ForAll @LongRange(max = 1_000_000) long less,
      @ForAll @LongRange long won,
      @ForAll @LongRange long weighted) {
    long committed = Math.max(0, open - less);
    MinorUnitFigures minor = new MinorUnitFigures(EUR, 3, 2, 1, open, committed, won, weighted);
    ForecastFigures built =
        ForecastFigures.builder()
            .currency(EUR)
            .openCount(3)
            .wonCount(2)
            .lostCount(1)
            .open(Money.of(BigDecimal.valueOf(open, 2), EUR))
            .committed(Money.of(BigDecimal.valueOf(committed, 2), EUR))
            .won(Money.of(BigDecimal.valueOf(won, 2), EUR))
            .weighted(Money.of(BigDecimal.valueOf(weighted, 2), EUR))
            .build();
    assertEquals(built, minor);
    assertEquals(minor, built);
    assertEquals(built.hashCode(), minor.hashCode());
    assertEquals(built.toString(), minor.toString());
    assertNotEquals(built.withWonCount(3), minor);
  }
}

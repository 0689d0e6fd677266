package org.alliancekit.pipeline.forecast;

import static org.alliancekit.pipeline.forecast.ForecastFixtures.EUR;
import static org.alliancekit.pipeline.forecast.ForecastFixtures.USD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.javamoney.moneta.FastMoney;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Good and bad input, equality and copies of the forecast value types. */
class ForecastValuesTest {
  private static final ForecastFigures SAMPLE =
      ForecastFigures.builder()
          .currency(EUR)
          .openCount(2)
          .wonCount(1)
          .lostCount(0)
          .open(Money.of(300, "EUR"))
          .committed(Money.of(100, "EUR"))
          .won(Money.of(50, "EUR"))
          .weighted(Money.of(new BigDecimal("120.005"), "EUR"))
          .build();

  @Test
  void figuresAddAndRound() {
    ForecastFigures twice = SAMPLE.plus(SAMPLE);
    assertEquals(4, twice.openCount());
    assertEquals(Money.of(new BigDecimal("240.010"), "EUR"), twice.weighted());
    // 120.005 is halfway: half-even gives 120.00.
    assertEquals(Money.of(new BigDecimal("120.00"), "EUR"), SAMPLE.rounded().weighted());
    assertEquals(Money.of(350, "EUR"), SAMPLE.bestCase());
    assertEquals(Money.of(150, "EUR"), SAMPLE.commit());
    assertEquals(3, SAMPLE.count());
    assertEquals(SAMPLE, SAMPLE.plus(ForecastFigures.zero(EUR)));
  }

  @Test
  void figuresStoreMoneyWhateverAmountTypeTheyWereGiven() {
    ForecastFigures fast = SAMPLE.withOpen(FastMoney.of(300, "EUR"));
    assertEquals(SAMPLE, fast);
    assertTrue(fast.open() instanceof Money);
  }

  @Test
  void rejectsFiguresInAnotherCurrency() {
    assertEquals(
        "forecast figures open amount USD 1 must be in EUR",
        assertThrows(IllegalArgumentException.class, () -> SAMPLE.withOpen(Money.of(1, "USD")))
            .getMessage());
    assertEquals(
        "cannot add forecast figures in USD to figures in EUR",
        assertThrows(IllegalArgumentException.class, () -> SAMPLE.plus(ForecastFigures.zero(USD)))
            .getMessage());
  }

  @Test
  void rejectsNegativeFiguresAndCommittedAboveOpen() {
    assertEquals(
        "forecast figures counts -1 open, 1 won, 0 lost must not be negative",
        assertThrows(IllegalArgumentException.class, () -> SAMPLE.withOpenCount(-1)).getMessage());
    assertEquals(
        "forecast figures won amount EUR -1 must not be negative",
        assertThrows(IllegalArgumentException.class, () -> SAMPLE.withWon(Money.of(-1, "EUR")))
            .getMessage());
    assertEquals(
        "forecast figures committed EUR 400 must not exceed open EUR 300",
        assertThrows(
                IllegalArgumentException.class, () -> SAMPLE.withCommitted(Money.of(400, "EUR")))
            .getMessage());
  }

  @Test
  void forecastMergesAndOrdersCurrencies() {
    ForecastFigures usd = ForecastFigures.zero(USD).withWonCount(1);
    Forecast forecast = Forecast.of(List.of(usd, SAMPLE, SAMPLE));
    assertEquals(ImmutableList.of(EUR, USD), forecast.currencies().asList());
    assertEquals(SAMPLE.plus(SAMPLE), forecast.figures(EUR).orElseThrow());
    assertEquals(Optional.empty(), forecast.figures(ForecastFixtures.JPY));
    Forecast unordered =
        Forecast.builder().putByCurrency(USD, usd).putByCurrency(EUR, SAMPLE).build();
    assertEquals(ImmutableList.of(EUR, USD), unordered.currencies().asList());
    assertTrue(Forecast.empty().isEmpty());
  }

  @Test
  void rejectsFiguresUnderWrongCurrency() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Forecast.builder().putByCurrency(USD, SAMPLE).build());
    assertEquals("forecast lists figures in EUR under currency USD", e.getMessage());
  }

  @Test
  void convertsWithJavaMoneyConversion() {
    ForecastFigures usd =
        ForecastFigures.zero(USD)
            .withWonCount(1)
            .withWon(Money.of(10, "USD"))
            .withWeighted(Money.of(10, "USD"));
    Forecast forecast = Forecast.of(List.of(SAMPLE, usd));
    TestConversion toEuro = new TestConversion(EUR, Map.of(USD, new BigDecimal("0.5")));
    // won: 50 + 10 * 0.5 = 55; weighted 120.005 + 10 * 0.5 = 125.005 -> 125.00 (half-even).
    ForecastFigures converted = forecast.convertedTo(toEuro);
    assertEquals(Money.of(55, "EUR"), converted.won());
    assertEquals(Money.of(new BigDecimal("125.00"), "EUR"), converted.weighted());
    TestConversion noRates = new TestConversion(EUR, Map.of());
    assertEquals(
        "no conversion from USD to EUR: the conversion rates have no factor for USD",
        assertThrows(IllegalArgumentException.class, () -> forecast.convertedTo(noRates))
            .getMessage());
  }

  @Test
  void fixedRatesConvertOnlyIntoTheirTarget() {
    ConversionRates rates = ConversionRates.to(EUR, Map.of(USD, new BigDecimal("0.9")));
    assertEquals(Optional.of(new BigDecimal("0.9")), rates.factor(USD, EUR));
    assertEquals(Optional.empty(), rates.factor(EUR, USD));
    assertEquals(
        "conversion factor -1 from USD to EUR must be positive",
        assertThrows(
                IllegalArgumentException.class,
                () -> ConversionRates.to(EUR, Map.of(USD, BigDecimal.ONE.negate())))
            .getMessage());
  }

  @Test
  void partnerForecastLooksUpPartners() {
    Forecast one = Forecast.of(List.of(SAMPLE));
    PartnerForecast forecast =
        PartnerForecast.builder()
            .putPartner(ForecastFixtures.ACME, one)
            .unpartnered(Forecast.empty())
            .total(one)
            .build();
    assertEquals(Optional.of(one), forecast.partner(ForecastFixtures.ACME));
    assertEquals(Optional.empty(), forecast.partner(ForecastFixtures.ISV));
  }

  @Test
  void reportMustAccountForEveryRow() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ForecastReport.builder().currency(EUR).total(SAMPLE).rowCount(5).build());
    assertEquals(
        "forecast report has 5 rows, but its total counts 3 opportunities and it has 0 problems",
        e.getMessage());
    assertEquals(
        "forecast report total is in EUR, not in the report currency USD",
        assertThrows(
                IllegalArgumentException.class,
                () -> ForecastReport.builder().currency(USD).total(SAMPLE).rowCount(3).build())
            .getMessage());
    ForecastPeriod q1 = PeriodScheme.calendarQuarters().periodOf(LocalDate.of(2024, 1, 1));
    ForecastPeriod q2 = PeriodScheme.calendarQuarters().periodOf(LocalDate.of(2024, 4, 1));
    assertEquals(
        "forecast report periods must be in order, but 2024 Q1 follows 2024 Q2",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    ForecastReport.builder()
                        .currency(EUR)
                        .total(SAMPLE)
                        .rowCount(3)
                        .putByPeriod(q2, SAMPLE)
                        .putByPeriod(q1, SAMPLE)
                        .build())
            .getMessage());
    ForecastReport report =
        ForecastReport.builder()
            .currency(EUR)
            .total(SAMPLE)
            .addProblem(Problem.atRow(3, "x", ProblemKind.CURRENCY_MISMATCH, "no rate"))
            .rowCount(4)
            .build();
    assertEquals(3, report.includedCount());
    assertEquals(false, report.isClean());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(SAMPLE, SAMPLE.withWeighted(Money.of(new BigDecimal("120.0050"), "EUR")))
        .addEqualityGroup(SAMPLE.withLostCount(1))
        .addEqualityGroup(ForecastFigures.zero(EUR))
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(Forecast.of(List.of(SAMPLE)), Forecast.of(List.of(SAMPLE)))
        .addEqualityGroup(Forecast.empty())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            PartnerForecast.builder().unpartnered(Forecast.empty()).total(Forecast.empty()).build(),
            PartnerForecast.builder().unpartnered(Forecast.empty()).total(Forecast.empty()).build())
        .addEqualityGroup(
            PartnerForecast.builder()
                .unpartnered(Forecast.of(List.of(SAMPLE)))
                .total(Forecast.of(List.of(SAMPLE)))
                .build())
        .testEquals();
    new EqualsTester()
        .addEqualityGroup(
            ForecastReport.builder().currency(EUR).total(SAMPLE).rowCount(3).build(),
            ForecastReport.builder().currency(EUR).total(SAMPLE).rowCount(3).build())
        .addEqualityGroup(
            ForecastReport.builder()
                .currency(EUR)
                .total(ForecastFigures.zero(EUR))
                .rowCount(0)
                .build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = ForecastFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(ForecastFigures.class);
    tester.testAllPublicInstanceMethods(SAMPLE);
    tester.testAllPublicInstanceMethods(ForecastFigures.builder());
    tester.testAllPublicStaticMethods(Forecast.class);
    tester.testAllPublicInstanceMethods(Forecast.of(List.of(SAMPLE)));
    tester.testAllPublicInstanceMethods(Forecast.builder());
    tester.testAllPublicStaticMethods(PartnerForecast.class);
    tester.testAllPublicInstanceMethods(
        PartnerForecast.builder().unpartnered(Forecast.empty()).total(Forecast.empty()).build());
    tester.testAllPublicInstanceMethods(PartnerForecast.builder());
    tester.testAllPublicStaticMethods(ForecastReport.class);
    tester.testAllPublicInstanceMethods(
        ForecastReport.builder().currency(EUR).total(SAMPLE).rowCount(3).build());
    tester.testAllPublicInstanceMethods(ForecastReport.builder());
    tester.testAllPublicStaticMethods(ConversionRates.class);
    tester.testAllPublicInstanceMethods(ConversionRates.to(EUR, Map.of()));
  }

  @Provide
  Arbitrary<ForecastFigures> figures() {
    return ForecastFixtures.figures();
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("figures") ForecastFigures figures) {
    assertEquals(figures, ForecastFigures.builder().from(figures).build());
    Forecast forecast = Forecast.of(List.of(figures));
    assertEquals(forecast, Forecast.builder().from(forecast).build());
    PartnerForecast partners =
        PartnerForecast.builder()
            .putPartner(ForecastFixtures.ACME, forecast)
            .unpartnered(Forecast.empty())
            .total(forecast)
            .build();
    assertEquals(partners, PartnerForecast.builder().from(partners).build());
    ForecastReport report =
        ForecastReport.builder()
            .currency(figures.currency())
            .total(figures)
            .rowCount(figures.count())
            .build();
    assertEquals(report, ForecastReport.builder().from(report).build());
  }

  @Property
  void withCopiesRoundTrip(@ForAll("figures") ForecastFigures figures) {
    ForecastFigures changed = figures.withLostCount(figures.lostCount() + 1);
    assertEquals(figures.lostCount() + 1, changed.lostCount());
    assertEquals(figures, changed.withLostCount(figures.lostCount()));
    Forecast forecast = Forecast.of(List.of(figures));
    assertEquals(forecast, Forecast.empty().withByCurrency(forecast.byCurrency()));
  }
}

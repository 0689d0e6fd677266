package org.alliancekit.pipeline.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageKind;
import org.javamoney.moneta.Money;

/** Laws of forecasts on generated opportunities. */
class ForecastLawsTest {
  private static final Forecaster FORECASTER = Forecaster.standard();

  @Provide
  Arbitrary<List<Opportunity>> pipelines() {
    return ForecastFixtures.opportunities().list().ofMaxSize(40);
  }

  @Provide
  Arbitrary<PeriodScheme> schemes() {
    return ForecastFixtures.schemes();
  }

  @Provide
  Arbitrary<Double> thresholds() {
    return Arbitraries.of(0.05, 0.2, 0.5, 0.9, 1.0, 0.123456789);
  }

  @Property
  void forecastOfUnionIsSumOfForecastsOfDisjointParts(
      @ForAll("pipelines") List<Opportunity> opportunities,
      @ForAll @IntRange(min = 0, max = 40) int cut,
      @ForAll("schemes") PeriodScheme scheme) {
    int at = Math.min(cut, opportunities.size());
    List<Opportunity> first = opportunities.subList(0, at);
    List<Opportunity> second = opportunities.subList(at, opportunities.size());
    assertEquals(
        FORECASTER.total(opportunities), FORECASTER.total(first).plus(FORECASTER.total(second)));
    assertEquals(
        FORECASTER.byPeriod(opportunities, scheme),
        merge(FORECASTER.byPeriod(first, scheme), FORECASTER.byPeriod(second, scheme)));
    Map<Origin, Forecast> motions = new TreeMap<>(FORECASTER.byMotion(first));
    FORECASTER.byMotion(second).forEach((origin, f) -> motions.merge(origin, f, Forecast::plus));
    assertEquals(FORECASTER.byMotion(opportunities), motions);
    PartnerForecast whole = FORECASTER.byPartner(opportunities);
    PartnerForecast a = FORECASTER.byPartner(first);
    PartnerForecast b = FORECASTER.byPartner(second);
    assertEquals(whole.partners(), merge(a.partners(), b.partners()));
    assertEquals(whole.unpartnered(), a.unpartnered().plus(b.unpartnered()));
    assertEquals(whole, a.plus(b));
    var byPeriod = new TreeMap<>(FORECASTER.byPeriodAndPartner(first, scheme));
    FORECASTER
        .byPeriodAndPartner(second, scheme)
        .forEach((period, f) -> byPeriod.merge(period, f, PartnerForecast::plus));
    assertEquals(FORECASTER.byPeriodAndPartner(opportunities, scheme), byPeriod);
  }

  @Property
  void periodsAndMotionsPartitionTheTotal(
      @ForAll("pipelines") List<Opportunity> opportunities,
      @ForAll("schemes") PeriodScheme scheme) {
    Forecast total = FORECASTER.total(opportunities);
    assertEquals(
        total,
        FORECASTER.byPeriod(opportunities, scheme).values().stream()
            .reduce(Forecast.empty(), Forecast::plus));
    assertEquals(
        total,
        FORECASTER.byMotion(opportunities).values().stream()
            .reduce(Forecast.empty(), Forecast::plus));
  }

  @Property
  void perCurrencySumsAreExact(
      @ForAll("pipelines") List<Opportunity> opportunities,
      @ForAll("thresholds") double threshold) {
    Forecast forecast = Forecaster.of(threshold).total(opportunities);
    Map<CurrencyUnit, BigDecimal[]> expected = new HashMap<>();
    Map<CurrencyUnit, long[]> counts = new HashMap<>();
    for (Opportunity opportunity : opportunities) {
      BigDecimal amount = opportunity.amount().getNumber().numberValue(BigDecimal.class);
      BigDecimal[] sums =
          expected.computeIfAbsent(
              opportunity.currency(),
              c ->
                  new BigDecimal[] {
                    BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO
                  });
      long[] n = counts.computeIfAbsent(opportunity.currency(), c -> new long[3]);
      Stage stage = opportunity.stage();
      // sums: open, committed, won, weighted (amount times the decimal form of the probability).
      sums[3] = sums[3].add(amount.multiply(new BigDecimal(Double.toString(stage.probability()))));
      if (stage.kind() == StageKind.OPEN) {
        sums[0] = sums[0].add(amount);
        n[0]++;
        if (stage.probability() >= threshold) {
          sums[1] = sums[1].add(amount);
        }
      } else if (stage.kind() == StageKind.WON) {
        sums[2] = sums[2].add(amount);
        n[1]++;
      } else {
        n[2]++;
      }
    }
    assertEquals(expected.keySet(), forecast.currencies());
    expected.forEach(
        (currency, sums) -> {
          ForecastFigures figures = forecast.figures(currency).orElseThrow();
          assertEquals(0, sums[0].compareTo(number(figures.open())), "open");
          assertEquals(0, sums[1].compareTo(number(figures.committed())), "committed");
          assertEquals(0, sums[2].compareTo(number(figures.won())), "won");
          assertEquals(0, sums[3].compareTo(number(figures.weighted())), "weighted");
          long[] n = counts.get(currency);
          assertEquals(
              List.of(n[0], n[1], n[2]),
              List.of(figures.openCount(), figures.wonCount(), figures.lostCount()));
        });
  }

  @Property
  void fastPathEqualsExactPathToTheMinorUnit(
      @ForAll("pipelines") List<Opportunity> opportunities,
      @ForAll("schemes") PeriodScheme scheme,
      @ForAll("thresholds") double threshold) {
    Forecaster forecaster = Forecaster.of(threshold);
    ImmutableSortedMap<ForecastPeriod, Forecast> exact = forecaster.byPeriod(opportunities, scheme);
    ImmutableSortedMap<ForecastPeriod, Forecast> fast =
        forecaster.byPeriod(ForecastColumns.from(opportunities, scheme));
    assertEquals(exact, fast);
    assertEquals(rounded(exact), rounded(fast));
    assertEquals(
        forecaster.total(opportunities),
        forecaster.total(ForecastColumns.from(opportunities, scheme)));
  }

  @Property
  void partnerFastPathEqualsExactPathToTheLastDigit(
      @ForAll("pipelines") List<Opportunity> opportunities,
      @ForAll("schemes") PeriodScheme scheme,
      @ForAll("thresholds") double threshold) {
    // Columns hold one partner per row: keep the opportunities with at most one partner.
    List<Opportunity> single =
        opportunities.stream().filter(o -> o.partners().size() <= 1).toList();
    Forecaster forecaster = Forecaster.of(threshold);
    ImmutableSortedMap<ForecastPeriod, PartnerForecast> exact =
        forecaster.byPeriodAndPartner(single, scheme);
    ImmutableSortedMap<ForecastPeriod, PartnerForecast> fast =
        forecaster.byPeriodAndPartner(withPartners(single, scheme));
    assertEquals(exact, fast);
    exact.forEach(
        (period, forecast) -> {
          assertEquals(forecaster.byPeriod(single, scheme).get(period), forecast.total());
          forecast
              .partners()
              .forEach(
                  (partner, partnerForecast) ->
                      assertEquals(
                          partnerForecast.byCurrency().keySet(),
                          fast.get(period).partners().get(partner).byCurrency().keySet()));
        });
  }

  @Provide
  Arbitrary<BigDecimal> factors() {
    return Arbitraries.of(
        new BigDecimal("0.92"),
        new BigDecimal("1.0873"),
        new BigDecimal("0.0061234567891"),
        new BigDecimal("123456789.123456789"),
        new BigDecimal("1E+2"),
        BigDecimal.ONE);
  }

  @Property
  void convertedPartnerFastPathEqualsConvertingEachForecast(
      @ForAll("pipelines") List<Opportunity> opportunities,
      @ForAll("schemes") PeriodScheme scheme,
      @ForAll("thresholds") double threshold,
      @ForAll("factors") BigDecimal factor,
      @ForAll("factors") BigDecimal otherFactor) {
    List<Opportunity> single =
        opportunities.stream().filter(o -> o.partners().size() <= 1).toList();
    CurrencyUnit eur = Monetary.getCurrency("EUR");
    // Each currency other than EUR gets one of two factors, by the parity of its code's first
    // letter; the rates count how often they are asked.
    int[] asked = new int[1];
    ConversionRates rates =
        (from, to) -> {
          asked[0]++;
          return java.util.Optional.of(
              from.getCurrencyCode().charAt(0) % 2 == 0 ? factor : otherFactor);
        };
    Forecaster forecaster = Forecaster.of(threshold);
    ForecastColumns columns = withPartners(single, scheme);
    ImmutableSortedMap<ForecastPeriod, PartnerForecast> converted =
        forecaster.byPeriodAndPartner(columns, eur, rates);
    assertTrue(asked[0] <= columns.currencies().size());
    Map<ForecastPeriod, PartnerForecast> expected = new TreeMap<>();
    forecaster
        .byPeriodAndPartner(columns)
        .forEach(
            (period, forecast) -> {
              PartnerForecast.Builder each =
                  PartnerForecast.builder()
                      .total(convert(forecast.total(), eur, rates))
                      .unpartnered(convert(forecast.unpartnered(), eur, rates));
              forecast
                  .partners()
                  .forEach(
                      (partner, partnerForecast) ->
                          each.putPartner(partner, convert(partnerForecast, eur, rates)));
              expected.put(period, each.build());
            });
    assertEquals(expected, converted);
  }

  @Property(tries = 100)
  void convertedFastPathFallsBackToDecimalsBeyondLongRange(
      @ForAll @Size(max = 12) List<@IntRange(min = 0, max = 3) Integer> shapes,
      @ForAll("factors") BigDecimal factor) {
    // Amounts close to Long.MAX_VALUE minor units overflow a long once multiplied by a factor.
    List<Stage> stages =
        List.of(ForecastFixtures.coSell("Committed"), ForecastFixtures.coSell("Launched"));
    List<CurrencyUnit> currencies =
        List.of(Monetary.getCurrency("EUR"), Monetary.getCurrency("JPY"));
    PeriodScheme scheme = PeriodScheme.calendarQuarters();
    List<ForecastPeriod> periods = List.of(scheme.periodOf(LocalDate.of(2024, 1, 1)));
    int rows = shapes.size();
    long[] minor = new long[rows];
    int[] currency = new int[rows];
    int[] stage = new int[rows];
    int[] period = new int[rows];
    int[] partner = new int[rows];
    for (int row = 0; row < rows; row++) {
      int shape = shapes.get(row);
      minor[row] = row % 3 == 0 ? Long.MAX_VALUE - row : 1_000L * (row + 1);
      currency[row] = shape % 2;
      stage[row] = shape / 2;
      partner[row] = row % 2 == 0 ? 0 : -1;
    }
    ForecastColumns columns =
        ForecastColumns.of(currencies, stages, periods, minor, currency, stage, period)
            .withPartners(List.of(PartnerId.of("acme")), partner);
    CurrencyUnit eur = Monetary.getCurrency("EUR");
    ConversionRates rates = (from, to) -> java.util.Optional.of(factor);
    Map<ForecastPeriod, PartnerForecast> expected = new TreeMap<>();
    FORECASTER
        .byPeriodAndPartner(columns)
        .forEach(
            (p, forecast) -> {
              PartnerForecast.Builder each =
                  PartnerForecast.builder()
                      .total(convert(forecast.total(), eur, rates))
                      .unpartnered(convert(forecast.unpartnered(), eur, rates));
              forecast.partners().forEach((id, f) -> each.putPartner(id, convert(f, eur, rates)));
              expected.put(p, each.build());
            });
    assertEquals(expected, FORECASTER.byPeriodAndPartner(columns, eur, rates));
  }

  /** Columns of opportunities with at most one partner each, their partner in a column. */
  private static ForecastColumns withPartners(List<Opportunity> single, PeriodScheme scheme) {
    List<PartnerId> table = new ArrayList<>();
    int[] partnerIndex = new int[single.size()];
    for (int row = 0; row < single.size(); row++) {
      if (single.get(row).partners().isEmpty()) {
        partnerIndex[row] = -1;
        continue;
      }
      PartnerId partner = single.get(row).partners().iterator().next();
      if (!table.contains(partner)) {
        table.add(partner);
      }
      partnerIndex[row] = table.indexOf(partner);
    }
    return ForecastColumns.from(single, scheme).withPartners(table, partnerIndex);
  }

  private static Forecast convert(Forecast forecast, CurrencyUnit target, ConversionRates rates) {
    return forecast.isEmpty()
        ? forecast
        : Forecast.of(List.of(forecast.convertedTo(target, rates)));
  }

  @Property(tries = 200)
  void fastPathCarriesSumsBeyondLongRange(
      @ForAll @Size(max = 30) List<@IntRange(min = 0, max = 5) Integer> shapes,
      @ForAll @IntRange(min = 0, max = 1000) int seedOffset) {
    // Rows whose amounts are close to Long.MAX_VALUE minor units overflow a long after two rows.
    List<Stage> stages =
        List.of(ForecastFixtures.coSell("Committed"), ForecastFixtures.coSell("Launched"));
    List<CurrencyUnit> currencies =
        List.of(Monetary.getCurrency("EUR"), Monetary.getCurrency("JPY"));
    PeriodScheme scheme = PeriodScheme.calendarQuarters();
    List<ForecastPeriod> periods =
        List.of(
            scheme.periodOf(LocalDate.of(2024, 1, 1)), scheme.periodOf(LocalDate.of(2024, 4, 1)));
    int rows = shapes.size();
    long[] minor = new long[rows];
    int[] currency = new int[rows];
    int[] stage = new int[rows];
    int[] period = new int[rows];
    List<Opportunity> opportunities = new ArrayList<>();
    for (int row = 0; row < rows; row++) {
      int shape = shapes.get(row);
      minor[row] = Long.MAX_VALUE - seedOffset - row;
      currency[row] = shape % 2;
      stage[row] = (shape / 2) % 2;
      period[row] = shape >= 4 ? 1 : 0;
      CurrencyUnit unit = currencies.get(currency[row]);
      opportunities.add(
          ForecastFixtures.opportunity(
                  "r" + row,
                  Money.of(BigDecimal.valueOf(minor[row], unit.getDefaultFractionDigits()), unit),
                  stages.get(stage[row]),
                  periods.get(period[row]).start())
              .build());
    }
    ForecastColumns columns =
        ForecastColumns.of(currencies, stages, periods, minor, currency, stage, period);
    assertEquals(FORECASTER.byPeriod(opportunities, scheme), FORECASTER.byPeriod(columns));
  }

  @Property
  void unionLawHoldsAfterConversion(
      @ForAll("pipelines") List<Opportunity> opportunities,
      @ForAll @IntRange(min = 0, max = 40) int cut) {
    // Converted figures are rounded, so the law holds on the exact forecasts before conversion:
    // converting the union equals converting the sum of the parts.
    ConversionRates rates =
        (from, to) ->
            java.util.Optional.of(new BigDecimal("1.0" + from.getCurrencyCode().length()));
    int at = Math.min(cut, opportunities.size());
    Forecast sum =
        FORECASTER
            .total(opportunities.subList(0, at))
            .plus(FORECASTER.total(opportunities.subList(at, opportunities.size())));
    CurrencyUnit eur = Monetary.getCurrency("EUR");
    assertEquals(
        FORECASTER.total(opportunities).convertedTo(eur, rates), sum.convertedTo(eur, rates));
  }

  private static BigDecimal number(javax.money.MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  private static <K extends Comparable<K>> Map<K, Forecast> merge(
      Map<K, Forecast> a, Map<K, Forecast> b) {
    Map<K, Forecast> merged = new TreeMap<>(a);
    b.forEach((key, forecast) -> merged.merge(key, forecast, Forecast::plus));
    return merged;
  }

  private static Map<ForecastPeriod, List<ForecastFigures>> rounded(
      Map<ForecastPeriod, Forecast> forecasts) {
    Map<ForecastPeriod, List<ForecastFigures>> rounded = new TreeMap<>();
    forecasts.forEach(
        (period, forecast) ->
            rounded.put(
                period,
                forecast.byCurrency().values().stream().map(ForecastFigures::rounded).toList()));
    return rounded;
  }
}

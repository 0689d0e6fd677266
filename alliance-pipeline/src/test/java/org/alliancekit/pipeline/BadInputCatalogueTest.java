package org.alliancekit.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.alliancekit.model.batch.BatchResult;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageModels;
import org.alliancekit.pipeline.forecast.ConversionRates;
import org.alliancekit.pipeline.forecast.Forecast;
import org.alliancekit.pipeline.forecast.ForecastColumns;
import org.alliancekit.pipeline.forecast.ForecastFigures;
import org.alliancekit.pipeline.forecast.ForecastPeriod;
import org.alliancekit.pipeline.forecast.Forecaster;
import org.alliancekit.pipeline.sharing.PipelineSharing;
import org.alliancekit.pipeline.stage.StageTransitions;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Hostile input for the public entry points of the pipeline module: each gives a clear {@link
 * IllegalArgumentException} naming the field and value, or a correct result, and never hangs,
 * throws a {@link NullPointerException} from our own code, or loses a row. The columnar forecast is
 * fed ten million rows.
 */
class BadInputCatalogueTest {
  private static final Duration QUICKLY = Duration.ofSeconds(5);
  private static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  private static final CurrencyUnit USD = Monetary.getCurrency("USD");
  private static final CurrencyUnit JPY = Monetary.getCurrency("JPY");
  private static final PartnerId HQ = PartnerId.of("hq");
  private static final Stage QUALIFIED = StageModels.coSell().stage("Qualified").orElseThrow();
  private static final ForecastPeriod Q1 =
      ForecastPeriod.of("2026-Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31));

  private static void rejects(Executable call, String... fragments) {
    IllegalArgumentException e =
        assertTimeoutPreemptively(
            QUICKLY, () -> assertThrows(IllegalArgumentException.class, call));
    for (String fragment : fragments) {
      assertTrue(
          e.getMessage().contains(fragment),
          () -> "message '" + e.getMessage() + "' does not name '" + fragment + "'");
    }
    assertTrue(e.getMessage().length() < 1_000, () -> "message of " + e.getMessage().length());
  }

  private static Opportunity opportunity(String id, Money amount, Stage stage) {
    return Opportunity.builder()
        .id(OpportunityId.of(id))
        .account(Account.of(AccountId.of("n-" + id), "Northwind"))
        .name("Deal " + id)
        .amount(amount)
        .stage(stage)
        .created(LocalDate.of(2026, 1, 10))
        .expectedClose(LocalDate.of(2026, 3, 30))
        .owner(HQ)
        .origin(Origin.DIRECT)
        .build();
  }

  @Test
  void forecasterRefusesThresholdsThatAreNotProbabilities() {
    rejects(() -> Forecaster.of(Double.NaN), "NaN");
    rejects(() -> Forecaster.of(0), "0");
    rejects(() -> Forecaster.of(1.5), "1.5");
    rejects(() -> Forecaster.of(Double.POSITIVE_INFINITY), "Infinity");
  }

  @Test
  void anEmptyPipelineForecastsNothingAndMixedCurrenciesStayApart() {
    assertTrue(Forecaster.standard().total(List.of()).isEmpty());
    Forecast mixed =
        Forecaster.standard()
            .total(
                List.of(
                    opportunity("o1", Money.of(100, "EUR"), QUALIFIED),
                    opportunity("o2", Money.of(100, "USD"), QUALIFIED),
                    opportunity("o3", Money.of(7, "JPY"), QUALIFIED)));
    assertEquals(3, mixed.count());
    assertEquals(Set.of(EUR, USD, JPY), mixed.currencies());
    rejects(
        () -> mixed.convertedTo(EUR, ConversionRates.to(EUR, Map.of(USD, BigDecimal.ONE))), "JPY");
  }

  @Test
  void conversionFactorsThatAreNotPositiveOrAbsurdlyLongAreRefusedQuickly() {
    rejects(() -> ConversionRates.to(EUR, Map.of(USD, BigDecimal.ZERO)), "factor 0", "USD");
    rejects(() -> ConversionRates.to(EUR, Map.of(USD, new BigDecimal("-0.9"))), "-0.9", "USD");
    rejects(
        () -> ConversionRates.to(EUR, Map.of(USD, new BigDecimal("1E-999999999"))),
        "conversion factor from USD",
        "1E-999999999");
  }

  @Test
  void forecastColumnsNameTheRowColumnAndValueOfEveryBadEntry() {
    List<CurrencyUnit> currencies = List.of(EUR);
    List<Stage> stages = List.of(QUALIFIED);
    List<ForecastPeriod> periods = List.of(Q1);
    ForecastColumns negative =
        ForecastColumns.of(
            currencies, stages, periods, new long[] {5, -1}, new int[2], new int[2], new int[2]);
    assertEquals(1, negative.problems().size(), negative::toString);
    assertEquals(1L, negative.problems().get(0).row().getAsLong());
    assertTrue(negative.problems().get(0).message().contains("-1"), negative::toString);
    ForecastColumns outside =
        ForecastColumns.of(
            currencies, stages, periods, new long[] {5}, new int[] {3}, new int[1], new int[1]);
    assertEquals(ProblemKind.OUT_OF_RANGE, outside.problems().get(0).kind());
    assertEquals(0L, outside.problems().get(0).row().getAsLong());
    assertTrue(outside.problems().get(0).message().contains("currency index 3"), outside::toString);
    rejects(
        () ->
            ForecastColumns.of(
                currencies, stages, periods, new long[2], new int[2], new int[1], new int[2]),
        "same length");
    rejects(
        () ->
            ForecastColumns.of(
                List.of(EUR, EUR),
                stages,
                periods,
                new long[0],
                new int[0],
                new int[0],
                new int[0]),
        "currency twice");
    rejects(
        () ->
            ForecastColumns.of(
                List.of(Monetary.getCurrency("XAU")),
                stages,
                periods,
                new long[0],
                new int[0],
                new int[0],
                new int[0]),
        "XAU");
  }

  @Test
  void sumsBeyondALongAreCarriedExactly() {
    int rows = 4;
    long[] amounts = new long[rows];
    Arrays.fill(amounts, Long.MAX_VALUE);
    ForecastColumns columns =
        ForecastColumns.of(
            List.of(EUR),
            List.of(QUALIFIED),
            List.of(Q1),
            amounts,
            new int[rows],
            new int[rows],
            new int[rows]);
    ForecastFigures figures =
        Forecaster.standard().byPeriod(columns).get(Q1).figures(EUR).orElseThrow();
    BigDecimal expected =
        new BigDecimal(BigInteger.valueOf(Long.MAX_VALUE).multiply(BigInteger.valueOf(rows)), 2);
    assertEquals(Money.of(expected, EUR), figures.open());
    assertEquals(rows, figures.openCount());
  }

  /**
   * Ten million rows through the columnar forecast: two currencies, one stage, one period, each row
   * worth 1 to 100 minor units. The sums are checked against a count made here.
   */
  @Test
  void tenMillionRowsAreForecastExactlyInBoundedTimeAndMemory() {
    int rows = 10_000_000;
    long[] amounts = new long[rows];
    int[] currency = new int[rows];
    long[] expected = new long[2];
    for (int row = 0; row < rows; row++) {
      amounts[row] = 1 + row % 100;
      currency[row] = row % 3 == 0 ? 1 : 0;
      expected[currency[row]] += amounts[row];
    }
    ForecastColumns columns =
        ForecastColumns.of(
            List.of(EUR, JPY),
            List.of(QUALIFIED),
            List.of(Q1),
            amounts,
            currency,
            new int[rows],
            new int[rows]);
    long start = System.nanoTime();
    long[] cpu = new long[1];
    ImmutableSortedMap<ForecastPeriod, Forecast> forecast =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> {
              long before = processCpuNanos();
              ImmutableSortedMap<ForecastPeriod, Forecast> result =
                  Forecaster.standard().byPeriod(columns);
              cpu[0] = processCpuNanos() - before;
              return result;
            });
    System.out.printf(
        "ForecastColumns: %d rows in %d ms (%d ms of process CPU)%n",
        rows, (System.nanoTime() - start) / 1_000_000, cpu[0] / 1_000_000);
    Forecast q1 = forecast.get(Q1);
    assertEquals(rows, q1.count());
    assertEquals(
        Money.of(BigDecimal.valueOf(expected[0], 2), EUR), q1.figures(EUR).orElseThrow().open());
    assertEquals(Money.of(expected[1], JPY), q1.figures(JPY).orElseThrow().open());
  }

  @Test
  void anOpportunityRefusesAnAmountFinerThanTheMinorUnitWhereItIsMade() {
    // Refused on construction, so no forecast, split or comparison ever sees EUR 1.005.
    rejects(
        () -> opportunity("o1", Money.of(new BigDecimal("1.005"), "EUR"), QUALIFIED),
        "amount of opportunity o1",
        "EUR 1.005",
        "minor unit");
  }

  @Test
  void sharingRefusesKeysTooShortToPseudonymiseWith() {
    rejects(() -> PipelineSharing.of(new byte[3]), "3", "16");
    rejects(() -> PipelineSharing.of(new byte[0]), "0");
  }

  @Test
  void validatingManyOpportunitiesReportsEveryBadOneByIndexAndDropsNone() {
    Stage foreign = Stage.open("Not in the model", 0.5);
    List<Opportunity> opportunities = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      opportunities.add(opportunity("o" + i, Money.of(i, "EUR"), i % 3 == 0 ? foreign : QUALIFIED));
    }
    BatchResult<Opportunity> result =
        StageTransitions.of(StageModels.coSell()).validateAll(opportunities);
    assertEquals(10, result.results().size() + result.problems().size());
    assertEquals(
        List.of(0L, 3L, 6L, 9L),
        result.problems().stream().map(p -> p.row().getAsLong()).toList(),
        result::toString);
    assertTrue(result.problems().get(0).message().contains("Not in the model"));
  }

  /**
   * The CPU time of the whole JVM so far: the machine may be shared, so wall time alone misleads.
   */
  private static long processCpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }
}

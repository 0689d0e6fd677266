package org.alliancekit.benchmarks.forecast;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.pipeline.forecast.ConversionRates;
import org.alliancekit.pipeline.forecast.ForecastColumns;
import org.alliancekit.pipeline.forecast.Forecaster;
import org.alliancekit.pipeline.forecast.PeriodScheme;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The forecast of many opportunities in EUR, GBP and USD per calendar quarter and partner (and per
 * quarter), reported in EUR exactly to the cent: the library's columnar fast path converting as it
 * goes ({@link Forecaster#byPeriodAndPartner(ForecastColumns, CurrencyUnit, ConversionRates)}, the
 * path a caller who wants one currency uses), the same columns forecast per currency and then
 * converted group by group ({@link Forecaster#byPeriodAndPartner(ForecastColumns)}, then {@code
 * convertedTo} per group), the library's object path ({@link
 * Forecaster#byPeriodAndPartner(Iterable, PeriodScheme)} over {@link Opportunity} objects), the
 * hand-written long-minor-units loop ({@link ForecastBaseline}, the baseline) and a row-by-row
 * conversion with {@code Money} ({@link MoneyPerRowForecast}). Every implementation produces the
 * same output, the EUR figures of each of the 8 x {@code partners} quarter-partner groups and of
 * each quarter, so the timed work includes building and converting that output: with one partner,
 * it is mostly the pass over the rows; with a thousand, the library builds and converts 8,000
 * groups of money figures. The columnar fast path's result is read in minor units ({@code
 * ForecastFigures.openMinorUnits()} and its siblings), as a caller that wants numbers reads it;
 * {@link #columnsAsMoney()} reads the same result as {@code Money}, which makes one {@code Money}
 * per amount, and the other library paths are read as {@code Money}. Before timing, all of them
 * must agree on every count and amount to the cent.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ForecastBenchmark {
  /** The number of opportunities. */
  @Param({"1000000"})
  public int rows;

  /** The number of partners the opportunities are drawn from, each opportunity with one. */
  @Param({"1", "1000"})
  public int partners;

  private ForecastData data;
  private ForecastColumns columns;
  private List<Opportunity> opportunities;
  private MonetaryAmount[] amounts;
  private Forecaster forecaster;
  private PeriodScheme scheme;
  private ConversionRates rates;

  /** Generates the opportunities and cross-checks the five implementations. */
  @Setup(Level.Trial)
  public void setUp() {
    data = ForecastData.generate(rows, partners, ForecastData.SEED);
    columns = data.columns();
    opportunities = data.opportunities();
    amounts = data.amounts();
    forecaster = Forecaster.standard();
    scheme = PeriodScheme.calendarQuarters();
    rates = data.rates();
    long[] expected = baseline();
    QuarterFigures.check("columns", expected, columns(), data);
    QuarterFigures.check("columnsAsMoney", expected, columnsAsMoney(), data);
    QuarterFigures.check("columnsPerGroup", expected, columnsPerGroup(), data);
    QuarterFigures.check("objects", expected, objects(), data);
    QuarterFigures.check("moneyPerRow", expected, moneyPerRow(), data);
  }

  /** The library's columnar fast path, converting into EUR as it goes. */
  @Benchmark
  public long[] columns() {
    return QuarterFigures.converted(
        forecaster.byPeriodAndPartner(columns, ForecastData.EUR, rates), data);
  }

  /**
   * As {@link #columns()}, but reading every amount of the result as {@code Money} rather than in
   * minor units: the cost of making 32,032 {@code Money} amounts.
   */
  @Benchmark
  public long[] columnsAsMoney() {
    return QuarterFigures.convertedAsMoney(
        forecaster.byPeriodAndPartner(columns, ForecastData.EUR, rates), data);
  }

  /** The library's columnar path per currency, then each group converted into EUR. */
  @Benchmark
  public long[] columnsPerGroup() {
    return QuarterFigures.of(forecaster.byPeriodAndPartner(columns), data);
  }

  /** The library's object path, converted into EUR. */
  @Benchmark
  public long[] objects() {
    return QuarterFigures.of(forecaster.byPeriodAndPartner(opportunities, scheme), data);
  }

  /** The hand-written long-minor-units loop. */
  @Benchmark
  public long[] baseline() {
    return ForecastBaseline.forecast(data, forecaster.commitThreshold());
  }

  /** Each row converted with {@code Money} and summed. */
  @Benchmark
  public long[] moneyPerRow() {
    return MoneyPerRowForecast.forecast(data, amounts, forecaster.commitThreshold());
  }
}

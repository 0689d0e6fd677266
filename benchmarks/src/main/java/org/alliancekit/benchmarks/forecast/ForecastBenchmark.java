package org.alliancekit.benchmarks.forecast;

import java.util.List;
import java.util.concurrent.TimeUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.pipeline.Opportunity;
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
 * The forecast of many opportunities in EUR, GBP and USD per calendar quarter, reported in EUR
 * exactly to the cent: the library's columnar fast path ({@link Forecaster#byPeriod(ForecastColumns)}
 * then {@code convertedTo}), the library's object path ({@link Forecaster#byPeriod(Iterable,
 * PeriodScheme)} over {@link Opportunity} objects), the hand-written long-minor-units loop ({@link
 * ForecastBaseline}, the baseline) and a row-by-row conversion with {@code Money} ({@link
 * MoneyPerRowForecast}). The grouping is by quarter only: the library's columns have no partner
 * column, so a forecast by quarter and partner is not measured. Before timing, all four must agree
 * on every quarter's counts and amounts to the cent.
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

  /** The number of partners the opportunities are drawn from. */
  private static final int PARTNERS = 5_000;

  private ForecastData data;
  private ForecastColumns columns;
  private List<Opportunity> opportunities;
  private MonetaryAmount[] amounts;
  private Forecaster forecaster;
  private PeriodScheme scheme;

  /** Generates the opportunities and cross-checks the four implementations. */
  @Setup(Level.Trial)
  public void setUp() {
    data = ForecastData.generate(rows, PARTNERS, ForecastData.SEED);
    columns = data.columns();
    opportunities = data.opportunities();
    amounts = data.amounts();
    forecaster = Forecaster.standard();
    scheme = PeriodScheme.calendarQuarters();
    long[] expected = baseline();
    QuarterFigures.check("columns", expected, columns());
    QuarterFigures.check("objects", expected, objects());
    QuarterFigures.check("moneyPerRow", expected, moneyPerRow());
  }

  /** The library's columnar fast path, converted into EUR. */
  @Benchmark
  public long[] columns() {
    return QuarterFigures.of(forecaster.byPeriod(columns), data);
  }

  /** The library's object path, converted into EUR. */
  @Benchmark
  public long[] objects() {
    return QuarterFigures.of(forecaster.byPeriod(opportunities, scheme), data);
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

package org.alliancekit.benchmarks.portfolio;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Portfolio workload, second reference: the earlier hand-written loop (see {@link
 * BaselinePortfolio#simple}) on one and two threads, whose overall score is rounded differently
 * from the library's. Timed beside {@link BaselineBenchmark}, the baseline of the results table.
 * Before timing, its result must equal the columnar path's within {@link CrossCheck}'s tolerances,
 * and the one-thread result bit for bit.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SimpleBaselineBenchmark {
  /** The number of relationships. */
  @Param({"10000", "100000", "1000000"})
  public int rows;

  /** The number of factors per relationship: 52 best practices or the 25-factor scorecard. */
  @Param({"52", "25"})
  public int factors;

  /** The number of threads that share the rows. */
  @Param({"1", "2"})
  public int threads;

  private BaselinePortfolio portfolio;
  private ExecutorService pool;

  /** Generates the portfolio, starts the threads and cross-checks the result. */
  @Setup(Level.Trial)
  public void setUp() {
    PortfolioData data = PortfolioData.generate(rows, factors, PortfolioData.SEED);
    portfolio = BaselinePortfolio.simple(data);
    pool = threads > 1 ? Executors.newFixedThreadPool(threads) : null;
    BaselinePortfolio.Result result = portfolio.run(threads, pool);
    CrossCheck.close("simple baseline", result, "columnar", new ColumnarPortfolio(data).run());
    CrossCheck.identical(
        "simple baseline", result, "simple baseline on one thread", portfolio.run(1, null));
  }

  /** Stops the threads. */
  @TearDown(Level.Trial)
  public void tearDown() {
    if (pool != null) {
      pool.shutdownNow();
    }
  }

  /** Scores every row and ranks the top rows by uplift with the earlier loop. */
  @Benchmark
  public BaselinePortfolio.Result score() {
    return portfolio.run(threads, pool);
  }
}

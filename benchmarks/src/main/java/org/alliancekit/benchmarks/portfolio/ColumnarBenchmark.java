package org.alliancekit.benchmarks.portfolio;

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
import org.openjdk.jmh.annotations.Warmup;

/**
 * Portfolio workload, implementation b: the columnar batch path (see {@link ColumnarPortfolio}).
 * Before timing, its result must equal the baseline's within {@link CrossCheck}'s tolerances on the
 * full portfolio, and the object API's bit for bit on the first {@link #IDENTITY_ROWS} rows (the
 * generator's rows do not depend on the portfolio's size, so those rows are the same portfolio's
 * first rows; {@link ObjectApiBenchmark} checks the identity on the full portfolio).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms4g", "-Xmx4g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ColumnarBenchmark {
  /** How many rows the setup checks bit for bit against the object API. */
  public static final int IDENTITY_ROWS = 20_000;

  /** The number of relationships. */
  @Param({"10000", "100000", "1000000"})
  public int rows;

  /** The number of factors per relationship: 52 best practices or the 25-factor scorecard. */
  @Param({"52", "25"})
  public int factors;

  /** The number of threads the scorer runs on (the uplift estimates and top list take one). */
  @Param({"1", "2"})
  public int threads;

  private ColumnarPortfolio portfolio;
  private ColumnarPortfolio doubles;

  /** Generates the portfolio, builds the rating matrix and cross-checks the result. */
  @Setup(Level.Trial)
  public void setUp() {
    PortfolioData data = PortfolioData.generate(rows, factors, PortfolioData.SEED);
    portfolio = new ColumnarPortfolio(data, ColumnarPortfolio.Storage.BYTES);
    doubles = new ColumnarPortfolio(data, ColumnarPortfolio.Storage.DOUBLES);
    ColumnarPortfolio.Result result = portfolio.run(threads);
    CrossCheck.identical("columnar", result, "columnar on one thread", portfolio.run());
    CrossCheck.close("columnar", result, "baseline", new BaselinePortfolio(data).run(1, null));
    CrossCheck.identical("columnar", result, "columnar doubles", doubles.run(threads));
    PortfolioData head =
        PortfolioData.generate(Math.min(rows, IDENTITY_ROWS), factors, PortfolioData.SEED);
    CrossCheck.identical(
        "columnar",
        new ColumnarPortfolio(head).run(),
        "object API",
        new ObjectApiPortfolio(head).run());
  }

  /** Scores the byte matrix, estimates every uplift and ranks the top rows exactly. */
  @Benchmark
  public ColumnarPortfolio.Result score() {
    return portfolio.run(threads);
  }

  /** The same with the ratings normalised to doubles in the matrix: eight times the memory read. */
  @Benchmark
  public ColumnarPortfolio.Result scoreDoubles() {
    return doubles.run(threads);
  }
}

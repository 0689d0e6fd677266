package org.alliancekit.benchmarks.portfolio;

import java.sql.SQLException;
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
 * Portfolio workload, implementation d: the DuckDB peer (see {@link DuckDbPortfolio}), in-memory,
 * the data loaded in setup, on one and two DuckDB threads. Compiled only under the Maven profile
 * {@code peers}. Before timing, its scores and top list must equal the columnar path's within
 * {@link CrossCheck}'s tolerances. DuckDB is native code, loaded from the class path, so the fork
 * allows native access (which newer JDKs otherwise warn about).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {
      "-Xms2g",
      "-Xmx2g",
      "-XX:+AlwaysPreTouch",
      "--enable-native-access=ALL-UNNAMED"
    })
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class DuckDbBenchmark {
  /** The number of relationships. */
  @Param({"10000", "100000", "1000000"})
  public int rows;

  /** The number of factors per relationship: 52 best practices or the 25-factor scorecard. */
  @Param({"52", "25"})
  public int factors;

  /** The number of DuckDB threads. */
  @Param({"1", "2"})
  public int threads;

  private DuckDbPortfolio portfolio;

  /**
   * Generates the portfolio, loads it into DuckDB and cross-checks the result.
   *
   * @throws SQLException if DuckDB fails
   */
  @Setup(Level.Trial)
  public void setUp() throws SQLException {
    PortfolioData data = PortfolioData.generate(rows, factors, PortfolioData.SEED);
    portfolio = new DuckDbPortfolio(data, threads);
    CrossCheck.close("DuckDB", portfolio.outcome(), "columnar", new ColumnarPortfolio(data).run());
  }

  /**
   * Closes the database.
   *
   * @throws SQLException if DuckDB fails
   */
  @TearDown(Level.Trial)
  public void tearDown() throws SQLException {
    portfolio.close();
  }

  /**
   * Scores every row in SQL and reads the top rows.
   *
   * @throws SQLException if DuckDB fails
   */
  @Benchmark
  public TopUplifts score() throws SQLException {
    return portfolio.run();
  }
}

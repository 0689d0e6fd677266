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
 * Portfolio workload, implementation a: the object API, one {@code Assessment} per relationship
 * (see {@link ObjectApiPortfolio}). Before timing, its result must equal the columnar path's bit
 * for bit and the baseline's within {@link CrossCheck}'s tolerances, on the full portfolio.
 *
 * <p>{@link #score} scores the same assessments in every operation, as an application holding its
 * portfolio would; {@link #scoreFresh} scores new, equal copies of them in each operation (copied
 * outside the timed work), so that nothing an assessment might keep from an earlier scoring is
 * reused. The copies share their ratings, so they lie closer together in memory than the originals;
 * JMH's {@code -prof gc} counts the copies' allocation in {@link #scoreFresh}'s bytes per
 * operation.
 *
 * <p>The heap is large because a million assessments of 52 rating objects each are held in it.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms12g", "-Xmx12g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ObjectApiBenchmark {
  /** The number of relationships. */
  @Param({"10000", "100000", "1000000"})
  public int rows;

  /** The number of factors per relationship: 52 best practices or the 25-factor scorecard. */
  @Param({"52", "25"})
  public int factors;

  private ObjectApiPortfolio portfolio;

  /** Generates the portfolio, builds the assessments and cross-checks the result. */
  @Setup(Level.Trial)
  public void setUp() {
    PortfolioData data = PortfolioData.generate(rows, factors, PortfolioData.SEED);
    portfolio = new ObjectApiPortfolio(data);
    ObjectApiPortfolio.Result result = portfolio.run();
    CrossCheck.identical("object API", result, "columnar", new ColumnarPortfolio(data).run());
    CrossCheck.identical(
        "object API, fresh assessments",
        portfolio.withFreshAssessments().run(),
        "object API",
        result);
    CrossCheck.close("object API", result, "baseline", new BaselinePortfolio(data).run(1, null));
  }

  /** Scores every assessment and ranks the portfolio by uplift. */
  @Benchmark
  public ObjectApiPortfolio.Result score() {
    return portfolio.run();
  }

  /** Scores every assessment of a new copy of the portfolio and ranks it by uplift. */
  @Benchmark
  public ObjectApiPortfolio.Result scoreFresh(Fresh fresh) {
    return fresh.portfolio.run();
  }

  /** A new copy of the portfolio's assessments for each operation of {@link #scoreFresh}. */
  @State(Scope.Thread)
  public static class Fresh {
    ObjectApiPortfolio portfolio;

    /** Copies the assessments, dropping the copy the last operation scored first. */
    @Setup(Level.Invocation)
    public void copy(ObjectApiBenchmark benchmark) {
      portfolio = null;
      portfolio = benchmark.portfolio.withFreshAssessments();
    }
  }
}

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
 * Portfolio workload, e: the memory-scan floor, one pass summing every rating byte (see {@link
 * MemoryScan}). Before timing, the sum is checked against a plain long loop.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 1)
@Measurement(iterations = 5, time = 1)
public class MemoryScanBenchmark {
  /** The number of relationships. */
  @Param({"10000", "100000", "1000000"})
  public int rows;

  /** The number of factors per relationship: 52 best practices or the 25-factor scorecard. */
  @Param({"52", "25"})
  public int factors;

  private byte[] ratings;

  /** Generates the portfolio and checks the sum. */
  @Setup(Level.Trial)
  public void setUp() {
    ratings = PortfolioData.generate(rows, factors, PortfolioData.SEED).ratings();
    long expected = 0;
    for (byte rating : ratings) {
      expected += rating;
    }
    long sum = MemoryScan.sum(ratings);
    if (sum != expected) {
      throw new IllegalStateException("memory scan sums to " + sum + ", not " + expected);
    }
  }

  /** Sums every rating byte. */
  @Benchmark
  public long scan() {
    return MemoryScan.sum(ratings);
  }
}

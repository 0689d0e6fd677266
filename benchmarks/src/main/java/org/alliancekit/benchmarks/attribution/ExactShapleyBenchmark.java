package org.alliancekit.benchmarks.attribution;

import java.util.concurrent.TimeUnit;
import org.alliancekit.attribution.game.CharacteristicFunction;
import org.alliancekit.attribution.game.Shapley;
import org.alliancekit.attribution.game.ShapleyValues;
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
 * Exact Shapley values ({@link Shapley#exact()}) of a game given as a function, for 5 to 20
 * players: every one of the {@code 2^n - 1} coalitions is evaluated through the function once.
 * Before timing, the values must match the game's closed form to a relative {@code 1e-9}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class ExactShapleyBenchmark {
  /** The number of players. */
  @Param({"5", "10", "15", "20"})
  public int players;

  private CharacteristicFunction game;
  private final Shapley shapley = Shapley.exact();

  /** Generates the game and checks the values against the closed form. */
  @Setup(Level.Trial)
  public void setUp() {
    double[] weights = AttributionData.playerWeights(players, AttributionData.SEED);
    game = AttributionData.game(weights);
    ShapleyChecks.matchesClosedForm(shapley.values(game), weights, 0);
  }

  /** Computes the exact Shapley values. */
  @Benchmark
  public ShapleyValues exact() {
    return shapley.values(game);
  }
}

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
 * Sampled Shapley values ({@link Shapley#sampled(int, long)}) for 30 and 60 players at a fixed
 * number of permutations, each permutation evaluating the game once per player. Before timing, the
 * values must add up to the grand coalition's value and lie within six standard errors of the
 * game's closed form.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class SampledShapleyBenchmark {
  /** The number of random orders of the players sampled. */
  public static final int PERMUTATIONS = 2_000;

  /** The number of players. */
  @Param({"30", "60"})
  public int players;

  private CharacteristicFunction game;
  private final Shapley shapley = Shapley.sampled(PERMUTATIONS, AttributionData.SEED);

  /** Generates the game and checks the estimates against the closed form. */
  @Setup(Level.Trial)
  public void setUp() {
    double[] weights = AttributionData.playerWeights(players, AttributionData.SEED);
    game = AttributionData.game(weights);
    ShapleyChecks.matchesClosedForm(shapley.values(game), weights, 6);
  }

  /** Estimates the Shapley values. */
  @Benchmark
  public ShapleyValues sampled() {
    return shapley.values(game);
  }
}

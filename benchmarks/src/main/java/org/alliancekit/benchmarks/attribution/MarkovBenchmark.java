package org.alliancekit.benchmarks.attribution;

import com.google.common.collect.ImmutableList;
import java.util.concurrent.TimeUnit;
import org.alliancekit.attribution.path.JourneyPath;
import org.alliancekit.attribution.path.MarkovAttribution;
import org.alliancekit.attribution.path.RemovalEffects;
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
 * Exact Markov removal effects ({@link MarkovAttribution#removalEffects}) over many journeys, one
 * {@link JourneyPath} each, among a fixed set of partners.
 *
 * <p>Before timing, the chain's conversion probability must equal the journeys' conversion rate to
 * {@code 1e-9}: in a first-order chain whose transition probabilities are the observed transition
 * counts over the counts leaving each state, the expected number of visits to each state is its
 * observed count per journey, so the chance of ending in conversion is the observed share of
 * conversions. Agreement checks the counting and the matrix inversion end to end. Every removal
 * effect must also lie in [0, 1].
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xms2g", "-Xmx2g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class MarkovBenchmark {
  /** The number of partners the journeys touch. */
  public static final int PARTNERS = 30;

  /** The number of journeys. */
  @Param({"100000"})
  public int journeys;

  private ImmutableList<JourneyPath> paths;
  private final MarkovAttribution markov = MarkovAttribution.standard();

  /** Generates the journeys and checks the chain. */
  @Setup(Level.Trial)
  public void setUp() {
    paths = AttributionData.journeys(journeys, PARTNERS, AttributionData.SEED);
    RemovalEffects effects = markov.removalEffects(paths);
    long conversions = paths.stream().mapToLong(JourneyPath::conversions).sum();
    double rate = (double) conversions / journeys;
    if (Math.abs(effects.conversionProbability() - rate) > 1e-9) {
      throw new IllegalStateException(
          "chain converts with probability "
              + effects.conversionProbability()
              + ", the journeys at rate "
              + rate);
    }
    effects
        .conversionEffects()
        .forEach(
            (partner, effect) -> {
              if (!(effect >= 0 && effect <= 1)) {
                throw new IllegalStateException(
                    "removal effect " + effect + " of " + partner + " is outside [0, 1]");
              }
            });
  }

  /** Computes every partner's removal effect. */
  @Benchmark
  public RemovalEffects removalEffects() {
    return markov.removalEffects(paths);
  }
}

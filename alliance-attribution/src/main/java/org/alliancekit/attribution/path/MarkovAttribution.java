package org.alliancekit.attribution.path;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alliancekit.attribution.AttributionModel;
import org.alliancekit.attribution.MoneySplit;
import org.alliancekit.attribution.Shares;
import org.alliancekit.model.money.DecimalLimit;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * Markov-chain attribution over many journeys: the removal effect of each partner, computed exactly
 * from the absorbing chain that the journey paths define, and the conversions and value attributed
 * in proportion to it.
 *
 * <p><b>The chain.</b> A first-order Markov chain with a start state, one state per partner, and
 * two absorbing states, conversion and null: {@code k + 3} states for {@code k} partners. Every
 * journey of a {@link JourneyPath} walks from the start through its partners and ends in conversion
 * or null, so a path with {@code c} conversions and {@code n} nulls contributes {@code c + n} to
 * each of its steps, {@code c} to its last partner's step into conversion and {@code n} to the step
 * into null. Transition probabilities are these counts divided by the total leaving each state.
 * Consecutive touches of the same partner are merged first ({@link JourneyPath#mergedParties()}): a
 * repeat is one step, not a partner leading to itself. In an absorbing chain this changes none of
 * the probabilities below, since a self-loop only delays the next step, but it keeps the chain free
 * of self-loops.
 *
 * <p><b>Exact removal effects.</b> With {@code Q} the transitions among the transient states (start
 * and partners), {@code N = (I - Q)^-1} is the chain's fundamental matrix and {@code h = N r},
 * where {@code r} holds each state's probability of stepping into conversion, the probability of
 * converting from each state. Removing partner {@code i} sends every transition into it to null, so
 * a journey converts without {@code i} exactly when it converts without visiting {@code i}: {@code
 * p' = h[start] - P(visit i) * h[i]}, where {@code P(visit i) = N[start][i] / N[i][i]}. The removal
 * effect is therefore {@code P(visit i) * h[i] / h[start]}. One Gauss-Jordan inversion of an {@code
 * (k + 1) x (k + 1)} matrix for {@code k} partners gives every effect: no simulation, so no
 * sampling error, and loops in the paths are handled exactly.
 *
 * <p><b>Value.</b> The expected conversion value is computed the same way with {@code r} replaced
 * by each state's conversion value per journey leaving it (the value of the conversions that end at
 * that partner, divided by the journeys leaving it): a journey's value is earned on its final step,
 * so the value reached through a partner is the mean value of the conversions that end there. When
 * every conversion is worth the same, value effects equal conversion effects.
 *
 * <p><b>Attribution.</b> Each partner gets the total conversions times its removal effect divided
 * by the sum of all removal effects, and the same for the total value with the value effects. The
 * total value is rounded half-even to the currency's minor unit and split exactly ({@link
 * MoneySplit#proportional}).
 *
 * <p>Partners are put in id order before anything is computed, so the result does not depend on the
 * order of the paths. Every partner on any path is listed, with zero if it never leads to a
 * conversion.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class MarkovAttribution implements AttributionModel<Collection<JourneyPath>> {
  private static final MarkovAttribution FIRST_ORDER = new MarkovAttribution();

  private MarkovAttribution() {}

  /** The first-order model described above. */
  public static MarkovAttribution standard() {
    return FIRST_ORDER;
  }

  /**
   * The removal effect of every partner on the paths.
   *
   * @throws IllegalArgumentException if there are no paths, they have no conversions, or their
   *     values are in different currencies
   */
  public RemovalEffects removalEffects(Collection<JourneyPath> paths) {
    return new Chain(PathSet.of(paths)).effects();
  }

  /**
   * The conversions and value of the paths attributed to their partners by removal effect.
   *
   * @throws IllegalArgumentException as {@link #removalEffects} does
   */
  public PathAttribution attribute(Collection<JourneyPath> paths) {
    PathSet set = PathSet.of(paths);
    RemovalEffects effects = new Chain(set).effects();
    double sum = 0;
    for (double effect : effects.conversionEffects().values()) {
      sum += effect;
    }
    ImmutableMap.Builder<PartnerId, Double> conversions = ImmutableMap.builder();
    ImmutableMap.Builder<PartnerId, BigDecimal> valueWeights = ImmutableMap.builder();
    for (PartnerId partner : set.partners) {
      conversions.put(partner, set.conversions * effects.conversionEffect(partner) / sum);
      valueWeights.put(partner, BigDecimal.valueOf(effects.valueEffect(partner)));
    }
    return new PathAttribution(
        conversions.buildOrThrow(),
        set.conversions,
        MoneySplit.proportional(set.roundedValue(), valueWeights.buildOrThrow()));
  }

  /**
   * Each partner's share of the conversions.
   *
   * @throws IllegalArgumentException as {@link #removalEffects} does
   */
  @Override
  public Shares shares(Collection<JourneyPath> paths) {
    return attribute(paths).shares();
  }

  @Override
  public String toString() {
    return "MarkovAttribution[first order, exact removal effects]";
  }

  /** The absorbing chain of a path set: state 0 is the start, state i + 1 the i-th partner. */
  private static final class Chain {
    private final PathSet set;
    private final double[][] fundamental;
    private final double[] conversion;
    private final double[] value;

    Chain(PathSet set) {
      this.set = set;
      int m = set.partners.size() + 1;
      Map<PartnerId, Integer> state = new HashMap<>();
      for (PartnerId partner : set.partners) {
        state.put(partner, state.size() + 1);
      }
      long[][] steps = new long[m][m];
      long[] converted = new long[m];
      long[] leaving = new long[m];
      BigDecimal[] worth = new BigDecimal[m];
      Arrays.fill(worth, BigDecimal.ZERO);
      for (JourneyPath path : set.paths) {
        long journeys = path.journeys();
        int from = 0;
        List<PartnerId> merged = path.mergedParties();
        for (PartnerId partner : merged) {
          int to = state.get(partner);
          steps[from][to] = Math.addExact(steps[from][to], journeys);
          leaving[from] = Math.addExact(leaving[from], journeys);
          from = to;
        }
        converted[from] = Math.addExact(converted[from], path.conversions());
        leaving[from] = Math.addExact(leaving[from], journeys);
        worth[from] = worth[from].add(DecimalLimit.number("amount", path.value()));
      }
      double[][] identityMinusQ = new double[m][m];
      conversion = new double[m];
      value = new double[m];
      for (int s = 0; s < m; s++) {
        double out = leaving[s];
        for (int t = 0; t < m; t++) {
          identityMinusQ[s][t] = (s == t ? 1 : 0) - steps[s][t] / out;
        }
        conversion[s] = converted[s] / out;
        value[s] = worth[s].doubleValue() / out;
      }
      fundamental = Matrices.invert(identityMinusQ);
    }

    RemovalEffects effects() {
      double[] h = Matrices.times(fundamental, conversion);
      double[] g = Matrices.times(fundamental, value);
      ImmutableMap.Builder<PartnerId, Double> conversionEffects = ImmutableMap.builder();
      ImmutableMap.Builder<PartnerId, Double> valueEffects = ImmutableMap.builder();
      int i = 1;
      for (PartnerId partner : set.partners) {
        double visit = fundamental[0][i] / fundamental[i][i];
        conversionEffects.put(partner, unit(visit * h[i] / h[0]));
        valueEffects.put(partner, g[0] > 0 ? unit(visit * g[i] / g[0]) : 0.0);
        i++;
      }
      return new RemovalEffects(
          Math.min(1, h[0]), conversionEffects.buildOrThrow(), valueEffects.buildOrThrow());
    }

    /** Clamps rounding noise into [0, 1]. */
    private static double unit(double x) {
      return Math.max(0, Math.min(1, x));
    }
  }
}

package org.alliancekit.attribution.game;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import java.util.BitSet;
import java.util.SplittableRandom;
import org.alliancekit.attribution.AttributionModel;
import org.alliancekit.attribution.Shares;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * Shapley-value attribution of a deal worked by several partners: each partner's credit is its
 * average marginal contribution to the value of the coalition, over every order in which the
 * partners could have joined.
 *
 * <p>{@link #exact()} sums over all {@code 2^n} coalitions, each player's marginal contribution to
 * a coalition {@code S} weighted by {@code |S|! (n - |S| - 1)! / n!}: {@code O(2^n n)} time and
 * {@code 2^n} doubles of memory, allowed up to {@value #MAX_EXACT_PLAYERS} players (a million
 * coalitions). {@link #sampled(int, long)} walks random orders of the players drawn from a {@link
 * SplittableRandom} with the given seed, averaging each player's marginal contributions; its values
 * add up to the grand coalition's value like the exact ones, and it reports a standard error per
 * player. The same seed gives the same values.
 *
 * <p>As an {@link AttributionModel}, the shares are the values divided by the grand coalition's
 * value; see {@link ShapleyValues#shares()} for when that is undefined.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class Shapley implements AttributionModel<CharacteristicFunction> {
  /** The most players {@link #exact()} accepts. */
  public static final int MAX_EXACT_PLAYERS = 20;

  private static final Shapley EXACT = new Shapley(0, 0);

  private final int permutations;
  private final long seed;

  private Shapley(int permutations, long seed) {
    this.permutations = permutations;
    this.seed = seed;
  }

  /** Exact Shapley values, for games of up to {@value #MAX_EXACT_PLAYERS} players. */
  public static Shapley exact() {
    return EXACT;
  }

  /**
   * Shapley values estimated from {@code permutations} random orders of the players, drawn with the
   * given seed.
   *
   * @throws IllegalArgumentException if fewer than 2 permutations are asked for (a standard error
   *     needs two)
   */
  public static Shapley sampled(int permutations, long seed) {
    checkArgument(
        permutations >= 2,
        "permutations %s must be at least 2 to estimate a standard error",
        permutations);
    return new Shapley(permutations, seed);
  }

  /**
   * The Shapley value of every player of {@code game}.
   *
   * @throws IllegalArgumentException if exact values are asked for a game of more than {@value
   *     #MAX_EXACT_PLAYERS} players, or the game gives a value that is not finite
   */
  public ShapleyValues values(CharacteristicFunction game) {
    checkNotNull(game, "game");
    return permutations == 0 ? exactValues(game) : sampledValues(game);
  }

  /**
   * The Shapley values as shares of the grand coalition's value.
   *
   * @throws IllegalArgumentException as {@link #values} and {@link ShapleyValues#shares()} do
   */
  @Override
  public Shares shares(CharacteristicFunction game) {
    return values(game).shares();
  }

  private static ShapleyValues exactValues(CharacteristicFunction game) {
    int n = game.size();
    checkArgument(
        n <= MAX_EXACT_PLAYERS,
        "exact Shapley values of %s players would take 2^%s coalitions; exact computation allows"
            + " at most %s players: use Shapley.sampled(permutations, seed) for larger games",
        n,
        n,
        MAX_EXACT_PLAYERS);
    int coalitions = 1 << n;
    double[] v = new double[coalitions];
    for (int mask = 1; mask < coalitions; mask++) {
      v[mask] = game.valueOfMask(mask);
    }
    // weight[s] = s! (n - s - 1)! / n!, the chance that a given player finds exactly a given
    // coalition of size s before it in a random order.
    // (weight[n] stays 0: the grand coalition has nobody left to join it.)
    double[] weight = new double[n + 1];
    weight[0] = 1.0 / n;
    for (int s = 1; s < n; s++) {
      weight[s] = weight[s - 1] * s / (n - s);
    }
    double[] sum = new double[n];
    double[] compensation = new double[n];
    for (int mask = 0; mask < coalitions; mask++) {
      double w = weight[Integer.bitCount(mask)];
      for (int i = 0; i < n; i++) {
        int bit = 1 << i;
        if ((mask & bit) == 0) {
          // Neumaier's compensated sum, so the result does not drift over a million terms.
          double term = w * (v[mask | bit] - v[mask]);
          double t = sum[i] + term;
          compensation[i] +=
              Math.abs(sum[i]) >= Math.abs(term) ? (sum[i] - t) + term : (term - t) + sum[i];
          sum[i] = t;
        }
      }
    }
    ImmutableMap.Builder<PartnerId, Double> values = ImmutableMap.builder();
    for (int i = 0; i < n; i++) {
      values.put(game.player(i), sum[i] + compensation[i]);
    }
    return new ShapleyValues(values.buildOrThrow(), ImmutableMap.of(), 0, v[coalitions - 1]);
  }

  private ShapleyValues sampledValues(CharacteristicFunction game) {
    int n = game.size();
    SplittableRandom random = new SplittableRandom(seed);
    int[] order = new int[n];
    for (int i = 0; i < n; i++) {
      order[i] = i;
    }
    double[] mean = new double[n];
    double[] squares = new double[n];
    double grand = 0;
    boolean byMask = game.isTable();
    for (int k = 1; k <= permutations; k++) {
      for (int i = n - 1; i > 0; i--) {
        int j = random.nextInt(i + 1);
        int swap = order[i];
        order[i] = order[j];
        order[j] = swap;
      }
      long mask = 0;
      BitSet coalition = new BitSet(n);
      double previous = 0;
      for (int player : order) {
        double current;
        if (byMask) {
          mask |= 1L << player;
          current = game.valueOfMask(mask);
        } else {
          coalition.set(player);
          current = game.valueOf(coalition);
        }
        // Welford's running mean and sum of squared deviations.
        double marginal = current - previous;
        double delta = marginal - mean[player];
        mean[player] += delta / k;
        squares[player] += delta * (marginal - mean[player]);
        previous = current;
      }
      grand = previous;
    }
    ImmutableMap.Builder<PartnerId, Double> values = ImmutableMap.builder();
    ImmutableMap.Builder<PartnerId, Double> errors = ImmutableMap.builder();
    for (int i = 0; i < n; i++) {
      values.put(game.player(i), mean[i]);
      errors.put(
          game.player(i), Math.sqrt(Math.max(0, squares[i]) / (permutations - 1) / permutations));
    }
    return new ShapleyValues(values.buildOrThrow(), errors.buildOrThrow(), permutations, grand);
  }

  @Override
  public String toString() {
    return permutations == 0
        ? "Shapley[exact]"
        : "Shapley[sampled, " + permutations + " permutations, seed " + seed + "]";
  }
}

package org.alliancekit.attribution;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.alliancekit.attribution.internal.Arguments;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * Each party's share of the credit for a deal: fractions between 0 and 1 that sum to one.
 *
 * <p>Shares are doubles. They sum to one within {@link #TOLERANCE} (the models normalise their
 * weights by dividing by the total, so the sum is one to within a few units in the last place); the
 * money split of {@link #split} does not depend on that tolerance, since it divides by the exact
 * decimal sum of the shares. A party may have a share of zero (a null player in a Shapley game,
 * say); it is still listed. Parties are kept in id order, so two share sets built in different
 * orders are equal and print alike.
 *
 * <p>Immutable and thread-safe.
 *
 * @param values each party's share, in party id order
 */
@API(status = STABLE, since = "0.1")
public record Shares(ImmutableMap<PartnerId, Double> values) {

  /** How far the sum of the shares may be from one. */
  public static final double TOLERANCE = 1e-9;

  /** Validates the shares and puts them in party id order. */
  public Shares {
    checkNotNull(values, "values");
    checkArgument(!values.isEmpty(), "shares must name at least one party");
    values = ImmutableSortedMap.copyOf(values);
    double sum = 0;
    for (Map.Entry<PartnerId, Double> entry : values.entrySet()) {
      double share = entry.getValue();
      checkArgument(
          share >= 0 && share <= 1,
          "share %s of party %s must be a number between 0 and 1",
          share,
          entry.getKey());
      sum += share;
    }
    checkArgument(
        Math.abs(sum - 1) <= TOLERANCE, "shares sum to %s, not 1 (tolerance %s)", sum, TOLERANCE);
  }

  /**
   * Returns the given shares.
   *
   * @throws IllegalArgumentException if there are none, one is outside [0, 1], or they do not sum
   *     to one within {@link #TOLERANCE}
   */
  public static Shares of(Map<PartnerId, Double> shares) {
    return new Shares(ImmutableMap.copyOf(shares));
  }

  /**
   * Returns the shares proportional to the given weights: each weight divided by their sum.
   *
   * @throws IllegalArgumentException if there are no weights, one is negative or not finite, or all
   *     are zero
   */
  public static Shares proportional(Map<PartnerId, Double> weights) {
    checkNotNull(weights, "weights");
    checkArgument(!weights.isEmpty(), "shares must name at least one party");
    ImmutableSortedMap<PartnerId, Double> sorted = ImmutableSortedMap.copyOf(weights);
    PartnerId[] parties = new PartnerId[sorted.size()];
    double[] values = new double[sorted.size()];
    int i = 0;
    for (Map.Entry<PartnerId, Double> entry : sorted.entrySet()) {
      parties[i] = entry.getKey();
      values[i++] = entry.getValue();
    }
    return proportional(parties, values);
  }

  /**
   * {@link #proportional(Map)} of parties already in id order, without duplicates, each with the
   * weight at the same index.
   */
  static Shares proportional(PartnerId[] parties, double[] weights) {
    double total = 0;
    for (int i = 0; i < weights.length; i++) {
      double weight = weights[i];
      if (!(Double.isFinite(weight) && weight >= 0)) {
        Arguments.weight("weight", "party " + parties[i], weight);
      }
      total += weight;
    }
    if (!(total > 0 && Double.isFinite(total))) {
      throw new IllegalArgumentException(
          String.format(
              "weights of parties %s must not all be zero and must have a finite sum, sum is %s",
              ImmutableSortedSet.copyOf(parties), total));
    }
    ImmutableSortedMap.Builder<PartnerId, Double> shares = ImmutableSortedMap.naturalOrder();
    for (int i = 0; i < weights.length; i++) {
      shares.put(parties[i], Math.min(1.0, weights[i] / total));
    }
    return new Shares(shares.buildOrThrow());
  }

  /** The parties, in id order. */
  public ImmutableSet<PartnerId> parties() {
    return values.keySet();
  }

  /** The share of {@code party}; zero for a party not listed. */
  public double share(PartnerId party) {
    checkNotNull(party, "party");
    return values.getOrDefault(party, 0.0);
  }

  /**
   * Splits an amount in proportion to the shares, exactly to the currency's minor unit: see {@link
   * MoneySplit#proportional}.
   *
   * @throws IllegalArgumentException if the amount has more decimal places than its currency's
   *     minor unit
   */
  public MoneySplit split(MonetaryAmount amount) {
    checkNotNull(amount, "amount");
    // The shares are in party id order already (the constructor sorts them).
    PartnerId[] parties = new PartnerId[values.size()];
    BigDecimal[] weights = new BigDecimal[values.size()];
    int i = 0;
    for (Map.Entry<PartnerId, Double> entry : values.entrySet()) {
      parties[i] = entry.getKey();
      weights[i++] = BigDecimal.valueOf(entry.getValue());
    }
    return MoneySplit.proportional(amount, parties, weights);
  }
}

package org.alliancekit.attribution.game;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.alliancekit.attribution.Shares;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * The Shapley value of every player of a game: its average marginal contribution over all orders in
 * which the coalition could have formed. The values add up to the value of the grand coalition.
 *
 * <p>Exact values ({@link Shapley#exact()}) have no standard errors and {@code permutations} zero;
 * estimates ({@link Shapley#sampled}) give the number of permutations sampled and each value's
 * standard error, the standard deviation of the player's sampled marginal contributions divided by
 * the square root of the number of permutations.
 *
 * <p>Immutable and thread-safe.
 *
 * @param values each player's Shapley value, in id order
 * @param standardErrors each player's standard error, in id order; empty for exact values
 * @param permutations the number of permutations sampled; zero for exact values
 * @param grandCoalitionValue the value of the coalition of all players
 */
@API(status = STABLE, since = "0.1")
public record ShapleyValues(
    ImmutableMap<PartnerId, Double> values,
    ImmutableMap<PartnerId, Double> standardErrors,
    int permutations,
    double grandCoalitionValue) {

  /** Validates the values and puts them in id order. */
  public ShapleyValues {
    checkNotNull(values, "values");
    checkNotNull(standardErrors, "standardErrors");
    checkArgument(!values.isEmpty(), "Shapley values must name at least one player");
    values = ImmutableSortedMap.copyOf(values);
    standardErrors = ImmutableSortedMap.copyOf(standardErrors);
    values.forEach(
        (player, value) ->
            checkArgument(
                Double.isFinite(value),
                "Shapley value %s of player %s must be a finite number",
                value,
                player));
    checkArgument(
        Double.isFinite(grandCoalitionValue),
        "grand coalition value %s must be a finite number",
        grandCoalitionValue);
    checkArgument(permutations >= 0, "permutations %s must not be negative", permutations);
    checkArgument(
        (permutations == 0) == standardErrors.isEmpty(),
        "standard errors are given exactly when values are sampled; permutations %s, standard"
            + " errors %s",
        permutations,
        standardErrors);
    checkArgument(
        standardErrors.isEmpty() || standardErrors.keySet().equals(values.keySet()),
        "standard errors name players %s, values name players %s",
        standardErrors.keySet(),
        values.keySet());
    standardErrors.forEach(
        (player, error) ->
            checkArgument(
                error >= 0 && Double.isFinite(error),
                "standard error %s of player %s must be a finite number of at least 0",
                error,
                player));
  }

  /** Whether the values are exact rather than sampled. */
  public boolean isExact() {
    return permutations == 0;
  }

  /**
   * The Shapley value of {@code player}.
   *
   * @throws IllegalArgumentException if it is not a player
   */
  public double value(PartnerId player) {
    return valueOf(values, player);
  }

  /**
   * The standard error of the value of {@code player}; zero for exact values.
   *
   * @throws IllegalArgumentException if it is not a player
   */
  public double standardError(PartnerId player) {
    valueOf(values, player);
    return isExact() ? 0 : standardErrors.get(player);
  }

  private static double valueOf(ImmutableMap<PartnerId, Double> map, PartnerId player) {
    checkNotNull(player, "player");
    Double value = map.get(player);
    checkArgument(value != null, "%s is not a player; players are %s", player, map.keySet());
    return value;
  }

  /**
   * The values as shares of the grand coalition's value. Values within a billionth of the grand
   * value below zero (rounding) count as zero.
   *
   * @throws IllegalArgumentException if the grand coalition's value is not positive, or a player's
   *     value is negative (a game in which joining can hurt, whose values are not shares of credit)
   */
  public Shares shares() {
    checkArgument(
        grandCoalitionValue > 0,
        "grand coalition is worth %s; Shapley shares need a positive worth",
        grandCoalitionValue);
    double floor = -Shares.TOLERANCE * grandCoalitionValue;
    Map<PartnerId, Double> weights = new LinkedHashMap<>();
    values.forEach(
        (player, value) -> {
          checkArgument(
              value >= floor,
              "player %s has a negative Shapley value %s, so the values are not shares of credit;"
                  + " use the values themselves",
              player,
              value);
          weights.put(player, Math.max(0, value));
        });
    return Shares.proportional(weights);
  }
}

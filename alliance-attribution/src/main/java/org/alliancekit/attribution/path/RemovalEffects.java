package org.alliancekit.attribution.path;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * What the absorbing Markov chain of a set of journey paths says about each partner: the chance a
 * journey converts, and how much of that chance (and of the expected conversion value) would be
 * lost if the partner were removed.
 *
 * <p>A removal effect is {@code 1 - p'/p}, where {@code p} is the chain's probability of conversion
 * (or its expected value) and {@code p'} the same with the partner removed, every transition into
 * it going to the null state instead. It lies in [0, 1]: 1 means no journey converts without the
 * partner. Effects need not sum to one; {@link MarkovAttribution} normalises them to attribute
 * conversions.
 *
 * <p>Immutable and thread-safe.
 *
 * @param conversionProbability the chain's probability that a journey converts, in (0, 1]
 * @param conversionEffects each partner's removal effect on the conversion probability, in id order
 * @param valueEffects each partner's removal effect on the expected conversion value, in id order;
 *     all zero when the paths have no value
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RemovalEffects(
    double conversionProbability,
    ImmutableMap<PartnerId, Double> conversionEffects,
    ImmutableMap<PartnerId, Double> valueEffects) {

  /** Validates the effects and puts them in id order. */
  public RemovalEffects {
    checkNotNull(conversionEffects, "conversionEffects");
    checkNotNull(valueEffects, "valueEffects");
    checkArgument(
        conversionProbability > 0 && conversionProbability <= 1,
        "conversion probability %s must be more than 0 and at most 1",
        conversionProbability);
    checkArgument(!conversionEffects.isEmpty(), "removal effects must name at least one partner");
    conversionEffects = ImmutableSortedMap.copyOf(conversionEffects);
    valueEffects = ImmutableSortedMap.copyOf(valueEffects);
    checkArgument(
        conversionEffects.keySet().equals(valueEffects.keySet()),
        "value effects name partners %s, conversion effects name %s",
        valueEffects.keySet(),
        conversionEffects.keySet());
    check("conversion", conversionEffects);
    check("value", valueEffects);
  }

  private static void check(String kind, ImmutableMap<PartnerId, Double> effects) {
    effects.forEach(
        (party, effect) ->
            checkArgument(
                effect >= 0 && effect <= 1,
                "%s removal effect %s of partner %s must be between 0 and 1",
                kind,
                effect,
                party));
  }

  /** The removal effect of {@code party} on the conversion probability; zero if it is unknown. */
  public double conversionEffect(PartnerId party) {
    checkNotNull(party, "party");
    return conversionEffects.getOrDefault(party, 0.0);
  }

  /** The removal effect of {@code party} on the expected value; zero if it is unknown. */
  public double valueEffect(PartnerId party) {
    checkNotNull(party, "party");
    return valueEffects.getOrDefault(party, 0.0);
  }
}

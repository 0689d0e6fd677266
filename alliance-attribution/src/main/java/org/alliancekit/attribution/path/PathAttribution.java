package org.alliancekit.attribution.path;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import org.alliancekit.attribution.MoneySplit;
import org.alliancekit.attribution.Shares;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * The conversions and conversion value of a set of journey paths, attributed to the partners on
 * them.
 *
 * <p>The attributed conversions are fractional and sum to the total conversions (to rounding of
 * doubles, within {@link Shares#TOLERANCE} relative); the value is the paths' total conversion
 * value rounded to the currency's minor unit (half-even), split exactly among the partners.
 *
 * <p>Immutable and thread-safe.
 *
 * @param conversions each partner's attributed conversions, in id order
 * @param totalConversions the conversions of all the paths
 * @param value the total conversion value and each partner's part of it
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record PathAttribution(
    ImmutableMap<PartnerId, Double> conversions, long totalConversions, MoneySplit value) {

  /** Validates the attribution and puts it in id order. */
  public PathAttribution {
    checkNotNull(conversions, "conversions");
    checkNotNull(value, "value");
    checkArgument(!conversions.isEmpty(), "attribution must name at least one partner");
    conversions = ImmutableSortedMap.copyOf(conversions);
    checkArgument(totalConversions > 0, "total conversions %s must be positive", totalConversions);
    double sum = 0;
    for (var entry : conversions.entrySet()) {
      checkArgument(
          entry.getValue() >= 0 && Double.isFinite(entry.getValue()),
          "attributed conversions %s of partner %s must be a finite number of at least 0",
          entry.getValue(),
          entry.getKey());
      sum += entry.getValue();
    }
    checkArgument(
        Math.abs(sum - totalConversions) <= Shares.TOLERANCE * totalConversions,
        "attributed conversions sum to %s, not to the total %s",
        sum,
        Long.toString(totalConversions));
  }

  /** Each partner's share of the conversions. */
  public Shares shares() {
    return Shares.proportional(conversions);
  }

  /** The conversions attributed to {@code party}; zero for a party not on any path. */
  public double conversionsOf(PartnerId party) {
    checkNotNull(party, "party");
    return conversions.getOrDefault(party, 0.0);
  }
}

package org.alliancekit.attribution.path;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedSet;
import com.google.common.collect.Ordering;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import org.alliancekit.attribution.AttributionModel;
import org.alliancekit.attribution.MoneySplit;
import org.alliancekit.attribution.Shares;
import org.alliancekit.model.money.DecimalLimit;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * The simplified Shapley method for journey data: the conversions of every path are shared equally
 * among the distinct partners on it, and likewise its conversion value.
 *
 * <p>Paths are grouped by their set of distinct partners (order and repeats do not matter); a set
 * {@code S} with {@code c(S)} conversions gives each of its members {@code c(S) / |S|}. This is the
 * exact Shapley value of the game in which a coalition is worth the conversions of all paths whose
 * partners it contains, and it is linear: attributing two path sets separately and adding gives the
 * same as attributing them together. Paths without conversions earn nothing, but their partners are
 * listed with zero.
 *
 * <p>The value is split exactly: each partner's weight is {@code sum over S of value(S) / |S|},
 * computed without rounding (every term is scaled by the least common multiple of the set sizes),
 * and the total value, rounded half-even to the currency's minor unit, is split by those weights
 * ({@link MoneySplit#proportional}). Sets are summed in a fixed order, so the result does not
 * depend on the order of the paths.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SimplifiedShapley implements AttributionModel<Collection<JourneyPath>> {
  private static final SimplifiedShapley STANDARD = new SimplifiedShapley();

  private SimplifiedShapley() {}

  /** The simplified Shapley model. */
  public static SimplifiedShapley standard() {
    return STANDARD;
  }

  /**
   * The conversions and value of the paths, shared equally among the distinct partners of each
   * converting path.
   *
   * @throws IllegalArgumentException if there are no paths, they have no conversions, or their
   *     values are in different currencies
   */
  public PathAttribution attribute(Collection<JourneyPath> paths) {
    PathSet set = PathSet.of(paths);
    Map<ImmutableSortedSet<PartnerId>, long[]> conversions =
        new TreeMap<>(Ordering.<PartnerId>natural().lexicographical());
    Map<ImmutableSortedSet<PartnerId>, BigDecimal> values =
        new TreeMap<>(Ordering.<PartnerId>natural().lexicographical());
    BigInteger lcm = BigInteger.ONE;
    for (JourneyPath path : set.paths) {
      if (path.conversions() == 0) {
        continue;
      }
      ImmutableSortedSet<PartnerId> members = ImmutableSortedSet.copyOf(path.parties());
      conversions.computeIfAbsent(members, k -> new long[1])[0] += path.conversions();
      values.merge(members, DecimalLimit.number("amount", path.value()), BigDecimal::add);
      BigInteger size = BigInteger.valueOf(members.size());
      lcm = lcm.multiply(size).divide(lcm.gcd(size));
    }
    Map<PartnerId, Double> credited = new LinkedHashMap<>();
    Map<PartnerId, BigDecimal> weights = new LinkedHashMap<>();
    for (PartnerId partner : set.partners) {
      credited.put(partner, 0.0);
      weights.put(partner, BigDecimal.ZERO);
    }
    for (Map.Entry<ImmutableSortedSet<PartnerId>, long[]> entry : conversions.entrySet()) {
      ImmutableSortedSet<PartnerId> members = entry.getKey();
      double each = (double) entry.getValue()[0] / members.size();
      BigDecimal valueEach =
          values
              .get(members)
              .multiply(new BigDecimal(lcm.divide(BigInteger.valueOf(members.size()))));
      for (PartnerId member : members) {
        credited.merge(member, each, Double::sum);
        weights.merge(member, valueEach, BigDecimal::add);
      }
    }
    return new PathAttribution(
        ImmutableMap.copyOf(credited),
        set.conversions,
        MoneySplit.proportional(set.roundedValue(), weights));
  }

  /**
   * Each partner's share of the conversions.
   *
   * @throws IllegalArgumentException as {@link #attribute} does
   */
  @Override
  public Shares shares(Collection<JourneyPath> paths) {
    return attribute(paths).shares();
  }

  @Override
  public String toString() {
    return "SimplifiedShapley";
  }
}

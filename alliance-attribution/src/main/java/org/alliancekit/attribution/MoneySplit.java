package org.alliancekit.attribution;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.alliancekit.model.money.Apportionment;
import org.alliancekit.model.money.DecimalLimit;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * An amount split into one part per party, the parts adding up to the amount exactly.
 *
 * <p>{@link #proportional} computes a split by the largest-remainder method on the currency's minor
 * unit (cents for EUR, yen for JPY): every party first gets its exact quota rounded down to a whole
 * minor unit; the few units left over go one each to the parties whose quotas lost the most in that
 * rounding, and among equal losses to the party whose id comes first. All arithmetic is exact
 * decimal arithmetic, so the split depends only on the amount and the weights, never on the order
 * they were given in, and no unit is ever created or lost. It is the model's {@link
 * Apportionment#split} over the parties in id order.
 *
 * <p>Immutable and thread-safe.
 *
 * @param amount the amount split
 * @param parts each party's part, in party id order, in the amount's currency
 */
@API(status = STABLE, since = "0.1")
public record MoneySplit(MonetaryAmount amount, ImmutableMap<PartnerId, MonetaryAmount> parts) {

  /** Validates that the parts are in the amount's currency and add up to it exactly. */
  public MoneySplit {
    checkNotNull(amount, "amount");
    checkNotNull(parts, "parts");
    checkArgument(!parts.isEmpty(), "split of %s must have at least one part", amount);
    parts = ImmutableSortedMap.copyOf(parts);
    BigDecimal sum = BigDecimal.ZERO;
    for (Map.Entry<PartnerId, MonetaryAmount> part : parts.entrySet()) {
      checkArgument(
          part.getValue().getCurrency().equals(amount.getCurrency()),
          "part %s of party %s is not in the currency %s of the amount split",
          part.getValue(),
          part.getKey(),
          amount.getCurrency());
      sum = sum.add(DecimalLimit.number("amount", part.getValue()));
    }
    if (sum.compareTo(DecimalLimit.number("amount", amount)) != 0) {
      throw new IllegalArgumentException(
          String.format(
              "parts of the split of %s add up to %s, not to the amount",
              amount, sum.toPlainString()));
    }
  }

  /**
   * Splits {@code amount} in proportion to {@code weights}, exactly to the currency's minor unit by
   * the largest-remainder method (see the class description). A negative amount is split as its
   * absolute value and every part negated; a zero amount gives zero parts whatever the weights.
   *
   * @param amount the amount, with no more decimal places than its currency's minor unit
   * @param weights one weight per party: zero or more, not all zero unless the amount is zero
   * @throws IllegalArgumentException if there are no weights, one is negative, all are zero while
   *     the amount is not, or the amount has more decimal places than its currency's minor unit
   */
  public static MoneySplit proportional(MonetaryAmount amount, Map<PartnerId, BigDecimal> weights) {
    checkNotNull(amount, "amount");
    checkNotNull(weights, "weights");
    checkArgument(!weights.isEmpty(), "split of %s must have at least one party", amount);
    ImmutableSortedMap<PartnerId, BigDecimal> sorted = ImmutableSortedMap.copyOf(weights);
    PartnerId[] parties = new PartnerId[sorted.size()];
    BigDecimal[] values = new BigDecimal[sorted.size()];
    int i = 0;
    for (Map.Entry<PartnerId, BigDecimal> entry : sorted.entrySet()) {
      parties[i] = entry.getKey();
      values[i++] = entry.getValue();
    }
    return proportional(amount, parties, values);
  }

  /**
   * {@link #proportional(MonetaryAmount, Map)} of parties already in id order, without duplicates,
   * each with the weight at the same index.
   */
  static MoneySplit proportional(MonetaryAmount amount, PartnerId[] parties, BigDecimal[] values) {
    boolean anyPositive = false;
    for (int i = 0; i < values.length; i++) {
      DecimalLimit.check("weight of party " + parties[i], values[i]);
      if (values[i].signum() < 0) {
        throw new IllegalArgumentException(
            String.format(
                "weight %s of party %s must not be negative",
                values[i].toPlainString(), parties[i]));
      }
      anyPositive |= values[i].signum() > 0;
    }
    if (!anyPositive && DecimalLimit.number("amount", amount).signum() != 0) {
      // An amount finer than its currency's minor unit is reported before the weights.
      Apportionment.split(amount, List.of(BigDecimal.ONE));
      throw new IllegalArgumentException(
          String.format(
              "weights of parties %s must not all be zero when splitting %s",
              ImmutableSortedSet.copyOf(parties), amount));
    }
    List<MonetaryAmount> split = Apportionment.split(amount, Arrays.asList(values));
    ImmutableSortedMap.Builder<PartnerId, MonetaryAmount> parts = ImmutableSortedMap.naturalOrder();
    for (int i = 0; i < parties.length; i++) {
      parts.put(parties[i], split.get(i));
    }
    return new MoneySplit(amount, parts.buildOrThrow());
  }

  /** The part of {@code party}; zero in the amount's currency for a party not in the split. */
  public MonetaryAmount part(PartnerId party) {
    checkNotNull(party, "party");
    MonetaryAmount part = parts.get(party);
    return part != null ? part : Money.of(BigDecimal.ZERO, amount.getCurrency());
  }
}

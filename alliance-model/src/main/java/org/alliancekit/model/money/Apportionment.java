package org.alliancekit.model.money;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Exact largest-remainder apportionment: an amount split by weights into parts that add up to it
 * exactly, to the currency's minor unit.
 *
 * <p>The amount is counted in minor units (cents for EUR, yen for JPY). Each part first gets the
 * integer part of {@code units * weight / total}; the units left over (fewer than the number of
 * parts) go one each to the parts with the largest remainders, ties going to the lower index. All
 * arithmetic is exact, so the split depends only on the amount and the weights in their order, and
 * no unit is ever created or lost: {@code 100.00 EUR} over three equal weights gives {@code 33.34},
 * {@code 33.33} and {@code 33.33}.
 *
 * <p>A currency without a minor unit (see {@link MinorUnits}) is never rounded, so its amount is
 * counted in units of its own last decimal place: {@code 1.5 XAU} over three equal weights gives
 * {@code 0.5} each, and a whole amount is split into whole units.
 *
 * <p>A stateless utility, safe to call from any thread.
 */
@API(status = STABLE, since = "0.1")
public final class Apportionment {
  private Apportionment() {}

  /**
   * Splits {@code amount} by {@code weights} to the minor unit of its currency, by the largest
   * remainder (see the class description). A negative amount is split as its absolute value and
   * every part negated; a zero amount gives zero parts whatever the weights.
   *
   * @param amount the amount, with no more decimal places than its currency's minor unit
   * @param weights one weight per part: zero or more, not all zero unless the amount is zero
   * @return the parts, one per weight in the same order, in the amount's currency, adding up to it
   * @throws IllegalArgumentException if there are no weights, a weight is negative or breaks the
   *     {@link DecimalLimit}, all are zero while the amount is not, or the amount has more decimal
   *     places than its currency's minor unit
   */
  public static ImmutableList<MonetaryAmount> split(
      MonetaryAmount amount, List<BigDecimal> weights) {
    checkNotNull(amount, "amount");
    checkNotNull(weights, "weights");
    checkArgument(!weights.isEmpty(), "split of %s must have at least one weight", amount);
    BigDecimal[] values = weights.toArray(new BigDecimal[0]);
    boolean anyPositive = false;
    for (int i = 0; i < values.length; i++) {
      DecimalLimit.check("weight " + i, values[i]);
      checkArgument(
          values[i].signum() >= 0,
          "weight %s at index %s must not be negative",
          values[i].toPlainString(),
          i);
      anyPositive |= values[i].signum() > 0;
    }
    CurrencyUnit currency = amount.getCurrency();
    BigDecimal number = DecimalLimit.number("amount", amount);
    int digits = currency.getDefaultFractionDigits();
    if (digits < 0) {
      digits = Math.max(0, number.stripTrailingZeros().scale());
    }
    checkArgument(
        MinorUnits.fitsMinorUnit(amount),
        "amount %s has more decimal places than the %s of its currency's minor unit; round it"
            + " first",
        amount,
        digits);
    checkArgument(
        number.signum() == 0 || anyPositive,
        "weights %s must not all be zero when splitting %s",
        weights,
        amount);
    BigDecimal units = number.abs().movePointRight(digits);
    ImmutableList.Builder<MonetaryAmount> parts =
        ImmutableList.builderWithExpectedSize(values.length);
    long[] fast = null;
    if (units.scale() <= 0 && units.precision() - units.scale() <= LONG_DIGITS) {
      fast = apportion(units.longValueExact(), values);
    }
    if (fast != null) {
      for (long unitsOfPart : fast) {
        long part = number.signum() < 0 ? -unitsOfPart : unitsOfPart;
        parts.add(Money.of(BigDecimal.valueOf(part, digits), currency));
      }
    } else {
      for (BigInteger unitsOfPart : apportionExactly(units.toBigIntegerExact(), weights)) {
        BigDecimal part = new BigDecimal(unitsOfPart, digits);
        parts.add(Money.of(number.signum() < 0 ? part.negate() : part, currency));
      }
    }
    return parts.build();
  }

  /** Decimal digits of a whole number that surely fits a {@code long}. */
  private static final int LONG_DIGITS = 18;

  /**
   * The same apportionment in {@code long} arithmetic, or null when a weight scaled to the largest
   * scale among the weights, or their sum, does not fit a {@code long} (then the caller computes it
   * in decimals). Every weight is {@code unscaled x 10^-scale}; brought to the common scale {@code
   * S}, it is a whole number {@code W}, and {@code units x W / T} ({@code T} the sum of the {@code
   * W}) has the same integer part as {@code units x weight / total}, and a remainder that is the
   * decimal one times {@code 10^S}, so the order of the remainders is the same. The products are
   * exact 128-bit values; quotients fit a long because no {@code W} exceeds {@code T}.
   *
   * @param units zero or more
   * @param weights not negative; their sum positive unless {@code units} is zero
   */
  static long[] apportion(long units, BigDecimal[] weights) {
    checkArgument(units >= 0, "units %s must not be negative", units);
    long[] scaled = wholeWeights(weights);
    if (scaled == null) {
      return null;
    }
    long[] result = new long[weights.length];
    if (units == 0) {
      return result;
    }
    splitUnits(units, scaled, result, 0);
    return result;
  }

  /**
   * Splits {@code units} whole minor units by decimal weights, by the largest remainder (see the
   * class description): the rule of {@link #split} for an amount already counted in minor units, in
   * {@code long} arithmetic when the weights allow it ({@link #wholeWeights}), else in exact
   * decimals.
   *
   * @param units zero or more minor units
   * @param weights one weight per part, zero or more, not all zero unless {@code units} is zero
   * @return the parts, one per weight in the same order, adding up to {@code units}
   * @throws IllegalArgumentException if {@code units} or a weight is negative, or the weights are
   *     all zero while {@code units} is not
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static long[] splitUnits(long units, BigDecimal[] weights) {
    checkNotNull(weights, "weights");
    checkArgument(units >= 0, "units %s must not be negative", units);
    long[] fast = apportion(units, weights);
    if (fast != null) {
      return fast;
    }
    BigInteger[] exact = apportionExactly(BigInteger.valueOf(units), Arrays.asList(weights));
    long[] parts = new long[exact.length];
    for (int i = 0; i < parts.length; i++) {
      parts[i] = exact[i].longValueExact();
    }
    return parts;
  }

  /**
   * The weights as whole numbers with the same ratios: each brought to the largest scale among them
   * ({@code 0.5} and {@code 0.25} become {@code 50} and {@code 25}), so that {@link #splitUnits} by
   * them splits as {@link #split} by the decimals does. Null when one of them, or their sum, does
   * not fit a {@code long}; then only {@link #split} can split by them.
   *
   * @param weights zero or more each
   * @throws IllegalArgumentException if a weight is negative
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static long[] wholeWeights(BigDecimal[] weights) {
    int n = weights.length;
    int scale = 0;
    for (BigDecimal weight : weights) {
      checkArgument(weight.signum() >= 0, "weight %s must not be negative", weight.toPlainString());
      if (weight.scale() > scale) {
        scale = weight.scale();
      }
    }
    long[] scaled = new long[n];
    long total = 0;
    for (int i = 0; i < n; i++) {
      BigDecimal weight = weights[i];
      BigInteger unscaled = weight.unscaledValue();
      int shift = scale - weight.scale();
      if (unscaled.bitLength() >= Long.SIZE - 1 || shift >= POWERS_OF_TEN.length) {
        return null;
      }
      long value = unscaled.longValue();
      long power = POWERS_OF_TEN[shift];
      long high = Math.multiplyHigh(value, power);
      long product = value * power;
      if (high != 0 || product < 0) {
        return null;
      }
      scaled[i] = product;
      total += product;
      if (total < 0) {
        return null;
      }
    }
    return scaled;
  }

  /**
   * Splits {@code units} whole minor units by whole-number weights, by the largest remainder (see
   * the class description), in {@code long} arithmetic: the rule of {@link #split} for amounts and
   * weights already counted in whole units (see {@link #wholeWeights}), for callers that split many
   * amounts without a decimal per part. Part {@code i} is written to {@code parts[at + i]}; the
   * products {@code units x weight} are exact 128-bit values.
   *
   * @param units zero or more minor units
   * @param weights one whole-number weight per part, each zero or more; their sum must fit a {@code
   *     long} and be positive unless {@code units} is zero
   * @param parts where the parts are written, from index {@code at}
   * @param at the index of the first part in {@code parts}
   * @throws IllegalArgumentException if {@code units} or a weight is negative, or the weights are
   *     all zero while {@code units} is not
   * @throws ArithmeticException if the sum of the weights does not fit a {@code long}
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static void splitUnits(long units, long[] weights, long[] parts, int at) {
    checkArgument(units >= 0, "units %s must not be negative", units);
    int n = weights.length;
    long total = 0;
    for (int i = 0; i < n; i++) {
      checkArgument(weights[i] >= 0, "weight %s at index %s must not be negative", weights[i], i);
      total = Math.addExact(total, weights[i]);
    }
    if (units == 0) {
      Arrays.fill(parts, at, at + n, 0);
      return;
    }
    checkArgument(total > 0, "weights must not all be zero");
    long given = 0;
    if (units < ESTIMATED_UNITS && total < ESTIMATED_TOTAL) {
      // Each quotient estimated in doubles (off by less than two for these sizes), then corrected
      // until its remainder lies in [0, total): the remainder, at most three totals from zero,
      // is exact in wrapping long arithmetic, so no division of 128-bit products is needed.
      double perWeight = (double) units / (double) total;
      for (int i = 0; i < n; i++) {
        long weight = weights[i];
        long quotient = (long) (perWeight * weight);
        long remainder = units * weight - quotient * total;
        while (remainder < 0) {
          quotient--;
          remainder += total;
        }
        while (remainder >= total) {
          quotient++;
          remainder -= total;
        }
        parts[at + i] = quotient;
        given += quotient;
      }
    } else {
      for (int i = 0; i < n; i++) {
        long weight = weights[i];
        long high = Math.multiplyHigh(units, weight);
        long low = units * weight;
        long quotient = high == 0 && low >= 0 ? low / total : divide(high, low, total);
        parts[at + i] = quotient;
        given += quotient;
      }
    }
    // Fewer units are left than there are parts; each goes to the largest remainder not yet
    // served, the lower index first among equals. A remainder is recomputed from its part: once
    // served (its part one more), it is negative, so it is not served again.
    for (long left = units - given; left > 0; left--) {
      int best = -1;
      long bestRemainder = -1;
      for (int i = 0; i < n; i++) {
        long remainder = units * weights[i] - parts[at + i] * total;
        if (remainder > bestRemainder) {
          best = i;
          bestRemainder = remainder;
        }
      }
      parts[at + best]++;
    }
  }

  // Below these, a quotient units x weight / total estimated in doubles is off by less than two
  // (relative error a few 2^-53 of at most 2^50 units) and a remainder a few totals from zero
  // fits a long.
  private static final long ESTIMATED_UNITS = 1L << 50;
  private static final long ESTIMATED_TOTAL = 1L << 60;

  private static final long[] POWERS_OF_TEN = {
    1L,
    10L,
    100L,
    1_000L,
    10_000L,
    100_000L,
    1_000_000L,
    10_000_000L,
    100_000_000L,
    1_000_000_000L,
    10_000_000_000L,
    100_000_000_000L,
    1_000_000_000_000L,
    10_000_000_000_000L,
    100_000_000_000_000L,
    1_000_000_000_000_000L,
    10_000_000_000_000_000L,
    100_000_000_000_000_000L,
    1_000_000_000_000_000_000L
  };

  private static final long HALF = 1L << 32;
  private static final long LOW_HALF = HALF - 1;

  /**
   * The quotient of the unsigned 128-bit number {@code high:low} by {@code divisor}, for a positive
   * divisor greater than {@code high} (so that the quotient fits 64 bits): the two-digit long
   * division in base 2<sup>32</sup> of Hacker's Delight (divlu). Arithmetic wraps as unsigned.
   */
  static long divide(long high, long low, long divisor) {
    int shift = Long.numberOfLeadingZeros(divisor);
    long v = divisor << shift;
    long vn1 = v >>> 32;
    long vn0 = v & LOW_HALF;
    long un32 = shift == 0 ? high : (high << shift) | (low >>> (Long.SIZE - shift));
    long un10 = low << shift;
    long un1 = un10 >>> 32;
    long un0 = un10 & LOW_HALF;
    long q1 = divideUnsigned(un32, vn1);
    long rhat = un32 - q1 * vn1;
    while (Long.compareUnsigned(q1, HALF) >= 0
        || Long.compareUnsigned(q1 * vn0, HALF * rhat + un1) > 0) {
      q1--;
      rhat += vn1;
      if (Long.compareUnsigned(rhat, HALF) >= 0) {
        break;
      }
    }
    long un21 = un32 * HALF + un1 - q1 * v;
    long q0 = divideUnsigned(un21, vn1);
    rhat = un21 - q0 * vn1;
    while (Long.compareUnsigned(q0, HALF) >= 0
        || Long.compareUnsigned(q0 * vn0, HALF * rhat + un0) > 0) {
      q0--;
      rhat += vn1;
      if (Long.compareUnsigned(rhat, HALF) >= 0) {
        break;
      }
    }
    return q1 * HALF + q0;
  }

  /**
   * The unsigned quotient of {@code dividend} by a positive {@code divisor}, without the {@link
   * java.math.BigInteger} that {@link Long#divideUnsigned} makes on JDK 17 for a dividend with its
   * top bit set: half the dividend divided, doubled, and corrected by one (Hacker's Delight 9-3).
   */
  static long divideUnsigned(long dividend, long divisor) {
    if (dividend >= 0) {
      return dividend / divisor;
    }
    long quotient = ((dividend >>> 1) / divisor) << 1;
    long remainder = dividend - quotient * divisor;
    return Long.compareUnsigned(remainder, divisor) >= 0 ? quotient + 1 : quotient;
  }

  /** The apportionment in exact decimal arithmetic, for any size of units and weights. */
  static BigInteger[] apportionExactly(BigInteger units, List<BigDecimal> weights) {
    checkArgument(units.signum() >= 0, "units %s must not be negative", units);
    int n = weights.size();
    BigInteger[] result = new BigInteger[n];
    BigDecimal total = BigDecimal.ZERO;
    for (BigDecimal weight : weights) {
      total = total.add(weight);
    }
    if (units.signum() == 0) {
      Arrays.fill(result, BigInteger.ZERO);
      return result;
    }
    checkArgument(total.signum() > 0, "weights must not all be zero");
    BigDecimal whole = new BigDecimal(units);
    BigDecimal[] remainders = new BigDecimal[n];
    BigInteger given = BigInteger.ZERO;
    for (int i = 0; i < n; i++) {
      BigDecimal[] qr = whole.multiply(weights.get(i)).divideAndRemainder(total);
      result[i] = qr[0].toBigIntegerExact();
      remainders[i] = qr[1];
      given = given.add(result[i]);
    }
    int left = units.subtract(given).intValueExact();
    List<Integer> order = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      order.add(i);
    }
    order.sort(Comparator.comparing((Integer i) -> remainders[i]).reversed().thenComparing(i -> i));
    for (int k = 0; k < left; k++) {
      int i = order.get(k);
      result[i] = result[i].add(BigInteger.ONE);
    }
    return result;
  }
}

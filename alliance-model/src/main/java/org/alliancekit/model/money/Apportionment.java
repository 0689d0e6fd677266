package org.alliancekit.model.money;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
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
    int n = weights.length;
    int scale = 0;
    for (BigDecimal weight : weights) {
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
    long[] result = new long[n];
    if (units == 0) {
      return result;
    }
    checkArgument(total > 0, "weights must not all be zero");
    long[] remainders = new long[n];
    long given = 0;
    for (int i = 0; i < n; i++) {
      long high = Math.multiplyHigh(units, scaled[i]);
      long low = units * scaled[i];
      long quotient;
      long remainder;
      if (high == 0 && low >= 0) {
        quotient = low / total;
        remainder = low - quotient * total;
      } else {
        quotient = divide(high, low, total);
        remainder = low - quotient * total;
      }
      result[i] = quotient;
      remainders[i] = remainder;
      given += quotient;
    }
    long left = units - given;
    // Fewer units are left than there are indexes; each goes to the largest remainder not yet
    // served, the lower index first among equals.
    for (; left > 0; left--) {
      int best = -1;
      for (int i = 0; i < n; i++) {
        if (remainders[i] >= 0 && (best < 0 || remainders[i] > remainders[best])) {
          best = i;
        }
      }
      result[best]++;
      remainders[best] = -1;
    }
    return result;
  }

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
    long q1 = Long.divideUnsigned(un32, vn1);
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
    long q0 = Long.divideUnsigned(un21, vn1);
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

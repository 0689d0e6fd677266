package org.alliancekit.scoring.attribution;

import static com.google.common.base.Preconditions.checkArgument;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Largest-remainder apportionment of a whole number of units by weights, in exact decimal
 * arithmetic.
 *
 * <p>Each index first gets the integer part of {@code units * weight / total}; the units left over
 * (fewer than the number of indices) go one each to the indices with the largest remainders, ties
 * going to the lower index. Callers list their keys in a defined order (party id order), so the
 * result is deterministic.
 */
final class Apportionment {
  private Apportionment() {}

  /**
   * Apportions {@code units} (zero or more) by {@code weights} (zero or more, with a positive sum
   * unless {@code units} is zero).
   */
  static BigInteger[] apportion(BigInteger units, List<BigDecimal> weights) {
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

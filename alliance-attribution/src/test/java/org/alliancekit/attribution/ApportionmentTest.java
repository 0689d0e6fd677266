package org.alliancekit.attribution;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ApportionmentTest {

  @Property
  void longPathEqualsExactDecimalsForDoubleShares(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long units,
      @ForAll @Size(min = 1, max = 8) List<@DoubleRange(min = 0, max = 1) Double> shares) {
    BigDecimal[] weights = shares.stream().map(BigDecimal::valueOf).toArray(BigDecimal[]::new);
    if (Arrays.stream(weights).allMatch(w -> w.signum() == 0)) {
      weights[0] = BigDecimal.ONE;
    }
    assertSame(units, weights);
  }

  @Property
  void longPathEqualsExactDecimalsForWholeAndScaledWeights(
      @ForAll @LongRange(min = 0, max = 1_000_000_000_000L) long units,
      @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 0, max = 1_000_000) Integer> weights,
      @ForAll @IntRange(min = -3, max = 12) int scale) {
    BigDecimal[] decimals =
        weights.stream().map(w -> BigDecimal.valueOf(w, scale)).toArray(BigDecimal[]::new);
    if (Arrays.stream(decimals).allMatch(w -> w.signum() == 0)) {
      decimals[0] = BigDecimal.ONE;
    }
    assertSame(units, decimals);
  }

  @Property
  void divideGivesTheQuotientOf128BitNumbers(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long a,
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long b,
      @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long divisor) {
    // a x b / divisor fits a long when b <= divisor.
    long factor = Math.min(b, divisor);
    BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(factor));
    long quotient =
        Apportionment.divide(Math.multiplyHigh(a, factor), a * factor, divisor);
    assertEquals(product.divide(BigInteger.valueOf(divisor)).longValueExact(), quotient);
  }

  @Test
  void divideMatchesBigIntegerWhereTheEstimatedQuotientDigitsNeedCorrecting() {
    // Random operands rarely make the two-digit long division correct its estimated digits; these
    // divisors and dividends sit at the edges of the base-2^32 digits, where it must.
    long[] divisors = {
      1L, 3L, 0xFFFF_FFFFL, 0x1_0000_0000L, 0x1_0000_0001L, 0x8000_0000_0000_0001L >>> 1,
      0x7FFF_FFFF_0000_0001L, 0x7FFF_FFFF_FFFF_FFFFL, 0x4000_0000_0000_0000L,
      0x7FFF_8000_0000_0000L, 0x0000_FFFF_FFFF_FFFFL, 0x1234_5678_9ABC_DEF1L
    };
    long[] lows = {
      0L, 1L, -1L, Long.MIN_VALUE, Long.MAX_VALUE, 0xFFFF_FFFF_0000_0000L, 0x0000_0000_FFFF_FFFFL,
      0x8000_0000_7FFF_FFFFL
    };
    int checked = 0;
    for (long divisor : divisors) {
      long[] highs = {0, 1, divisor >>> 32, divisor >>> 1, divisor - 2, divisor - 1};
      for (long high : highs) {
        if (high < 0 || high >= divisor) {
          continue;
        }
        for (long low : lows) {
          BigInteger dividend =
              BigInteger.valueOf(high).shiftLeft(64).add(new BigInteger(Long.toUnsignedString(low)));
          BigInteger expected = dividend.divide(BigInteger.valueOf(divisor));
          long quotient = Apportionment.divide(high, low, divisor);
          assertEquals(
              expected,
              new BigInteger(Long.toUnsignedString(quotient)),
              () -> high + ":" + Long.toUnsignedString(low) + " / " + divisor);
          checked++;
        }
      }
    }
    assertEquals(560, checked);
  }

  @Test
  void splitsSevenUnitsByThirdsGivingTheLeftOverToTheFirstIndexes() {
    // 7 x (1/3) = 2 rest 1/3 for each of three: one unit left, to index 0 (ties by index).
    BigDecimal third = BigDecimal.ONE;
    assertArrayEquals(
        new long[] {3, 2, 2}, Apportionment.apportion(7, new BigDecimal[] {third, third, third}));
  }

  @Test
  void leavesWeightsTooFineForLongsToTheDecimalPath() {
    BigDecimal fine = new BigDecimal("0.1").add(BigDecimal.ONE.movePointLeft(30));
    assertNull(Apportionment.apportion(10, new BigDecimal[] {fine, BigDecimal.ONE}));
  }

  private static void assertSame(long units, BigDecimal[] weights) {
    long[] fast = Apportionment.apportion(units, weights);
    BigInteger[] exact =
        Apportionment.apportionExactly(BigInteger.valueOf(units), Arrays.asList(weights));
    assertNotNull(fast, () -> "no long path for " + Arrays.toString(weights));
    long[] expected = Arrays.stream(exact).mapToLong(BigInteger::longValueExact).toArray();
    assertArrayEquals(expected, fast, () -> units + " by " + Arrays.toString(weights));
  }
}

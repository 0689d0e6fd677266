package org.alliancekit.model.money;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;
import java.util.List;
import javax.money.MonetaryAmount;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.LongRange;
import net.jqwik.api.constraints.Size;
import org.javamoney.moneta.Money;
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
  void wholeUnitsSplitAsBigIntegerLargestRemainderAtEverySize(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long units,
      @ForAll @Size(min = 1, max = 6) List<@LongRange(min = 0, max = Long.MAX_VALUE / 8) Long> raw,
      @ForAll @IntRange(min = 0, max = 62) int unitBits,
      @ForAll @IntRange(min = 0, max = 62) int weightBits) {
    // Units and weights of every magnitude, on both sides of the doubles' estimate's limits.
    long u = units >>> (63 - unitBits);
    long[] weights = new long[raw.size()];
    long total = 0;
    for (int i = 0; i < weights.length; i++) {
      weights[i] = raw.get(i) >>> (63 - weightBits);
      total += weights[i];
    }
    Assume.that(total > 0);
    long[] parts = new long[weights.length];
    Apportionment.splitUnits(u, weights, parts, 0);
    BigInteger[] remainders = new BigInteger[weights.length];
    long[] expected = new long[weights.length];
    long left = u;
    for (int i = 0; i < weights.length; i++) {
      BigInteger[] qr =
          BigInteger.valueOf(u)
              .multiply(BigInteger.valueOf(weights[i]))
              .divideAndRemainder(BigInteger.valueOf(total));
      expected[i] = qr[0].longValueExact();
      remainders[i] = qr[1];
      left -= expected[i];
    }
    for (; left > 0; left--) {
      int best = -1;
      for (int i = 0; i < weights.length; i++) {
        if (remainders[i].signum() >= 0
            && (best < 0 || remainders[i].compareTo(remainders[best]) > 0)) {
          best = i;
        }
      }
      expected[best]++;
      remainders[best] = BigInteger.ONE.negate();
    }
    assertArrayEquals(expected, parts);
  }

  @Property
  void divideUnsignedEqualsTheJdksUnsignedDivision(
      @ForAll long dividend, @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long divisor) {
    assertEquals(
        Long.divideUnsigned(dividend, divisor), Apportionment.divideUnsigned(dividend, divisor));
    assertEquals(
        Long.divideUnsigned(-1L - dividend, divisor),
        Apportionment.divideUnsigned(-1L - dividend, divisor));
  }

  @Property
  void divideGivesTheQuotientOf128BitNumbers(
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long a,
      @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long b,
      @ForAll @LongRange(min = 1, max = Long.MAX_VALUE) long divisor) {
    // a x b / divisor fits a long when b <= divisor.
    long factor = Math.min(b, divisor);
    BigInteger product = BigInteger.valueOf(a).multiply(BigInteger.valueOf(factor));
    long quotient = Apportionment.divide(Math.multiplyHigh(a, factor), a * factor, divisor);
    assertEquals(product.divide(BigInteger.valueOf(divisor)).longValueExact(), quotient);
  }

  @Test
  void divideMatchesBigIntegerWhereTheEstimatedQuotientDigitsNeedCorrecting() {
    // Random operands rarely make the two-digit long division correct its estimated digits; these
    // divisors and dividends sit at the edges of the base-2^32 digits, where it must.
    long[] divisors = {
      1L,
      3L,
      0xFFFF_FFFFL,
      0x1_0000_0000L,
      0x1_0000_0001L,
      0x8000_0000_0000_0001L >>> 1,
      0x7FFF_FFFF_0000_0001L,
      0x7FFF_FFFF_FFFF_FFFFL,
      0x4000_0000_0000_0000L,
      0x7FFF_8000_0000_0000L,
      0x0000_FFFF_FFFF_FFFFL,
      0x1234_5678_9ABC_DEF1L
    };
    long[] lows = {
      0L,
      1L,
      -1L,
      Long.MIN_VALUE,
      Long.MAX_VALUE,
      0xFFFF_FFFF_0000_0000L,
      0x0000_0000_FFFF_FFFFL,
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
              BigInteger.valueOf(high)
                  .shiftLeft(64)
                  .add(new BigInteger(Long.toUnsignedString(low)));
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
  void bringsWeightsToTheirLargestScaleAsWholeNumbers() {
    assertArrayEquals(
        new long[] {50, 25, 300},
        Apportionment.wholeWeights(
            new BigDecimal[] {new BigDecimal("0.5"), new BigDecimal("0.25"), new BigDecimal("3")}));
    assertNull(
        Apportionment.wholeWeights(
            new BigDecimal[] {BigDecimal.ONE.movePointLeft(30), BigDecimal.ONE}));
  }

  @Test
  void splitsWholeUnitsInPlaceFromAnIndex() {
    // 1000 cents by 5 : 3 : 3 = 454.54.. (rest 6/11), 272.72.. (rest 8/11) twice: 998 given, the
    // two cents left go to the two largest remainders. 1001 by 5 : 3 : 3 is 455, 273, 273 exactly.
    long[] parts = {-7, -7, -7, -7, -7};
    Apportionment.splitUnits(1000, new long[] {5, 3, 3}, parts, 1);
    assertArrayEquals(new long[] {-7, 454, 273, 273, -7}, parts);
    // 1002 by 5 : 3 : 3: 455 (rest 5/11), 273 (rest 3/11) twice; the one cent left goes to index 0.
    Apportionment.splitUnits(1002, new long[] {5, 3, 3}, parts, 0);
    assertArrayEquals(new long[] {456, 273, 273, 273, -7}, parts);
    // 7 units by 1 : 1 : 1 leaves one unit, to index 0; zero units give zero parts.
    long[] sevenths = new long[3];
    Apportionment.splitUnits(7, new long[] {1, 1, 1}, sevenths, 0);
    assertArrayEquals(new long[] {3, 2, 2}, sevenths);
    Apportionment.splitUnits(0, new long[] {1, 1, 1}, sevenths, 0);
    assertArrayEquals(new long[] {0, 0, 0}, sevenths);
    assertEquals(
        "weights must not all be zero",
        assertThrows(
                IllegalArgumentException.class,
                () -> Apportionment.splitUnits(5, new long[] {0, 0}, new long[2], 0))
            .getMessage());
  }

  @Test
  void leavesWeightsTooFineForLongsToTheDecimalPath() {
    BigDecimal fine = new BigDecimal("0.1").add(BigDecimal.ONE.movePointLeft(30));
    assertNull(Apportionment.apportion(10, new BigDecimal[] {fine, BigDecimal.ONE}));
  }

  @Test
  void splitsOneHundredEurosInThirdsGivingTheLeftOverCentToTheFirst() {
    List<MonetaryAmount> parts =
        Apportionment.split(
            Money.of(new BigDecimal("100.00"), "EUR"),
            List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE));
    assertEquals(
        List.of(
            Money.of(new BigDecimal("33.34"), "EUR"),
            Money.of(new BigDecimal("33.33"), "EUR"),
            Money.of(new BigDecimal("33.33"), "EUR")),
        parts);
    assertEquals(
        new BigDecimal("100.00"),
        parts.stream()
            .map(part -> part.getNumber().numberValue(BigDecimal.class))
            .reduce(BigDecimal.ZERO, BigDecimal::add));
  }

  @Test
  void splitsByTheLargestRemainderNotByOrder() {
    // 10 yen by 0.15/0.35/0.5: quotas 1.5, 3.5, 5 -> 1, 3, 5 and one yen left; remainders 0.5, 0.5,
    // 0: the tie goes to the first index.
    assertEquals(
        List.of(Money.of(2, "JPY"), Money.of(3, "JPY"), Money.of(5, "JPY")),
        Apportionment.split(
            Money.of(10, "JPY"),
            List.of(new BigDecimal("0.15"), new BigDecimal("0.35"), new BigDecimal("0.5"))));
    // 1.000 BHD by 1/1/1: fils, not cents.
    assertEquals(
        List.of(
            Money.of(new BigDecimal("0.334"), "BHD"),
            Money.of(new BigDecimal("0.333"), "BHD"),
            Money.of(new BigDecimal("0.333"), "BHD")),
        Apportionment.split(
            Money.of(BigDecimal.ONE, "BHD"),
            List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)));
  }

  @Test
  void splitsANegativeAmountAsItsAbsoluteValueNegated() {
    assertEquals(
        List.of(Money.of(new BigDecimal("-0.02"), "EUR"), Money.of(new BigDecimal("-0.01"), "EUR")),
        Apportionment.split(
            Money.of(new BigDecimal("-0.03"), "EUR"), List.of(BigDecimal.ONE, BigDecimal.ONE)));
  }

  @Test
  void splitsACurrencyWithoutMinorUnitToTheAmountsLastPlace() {
    assertEquals(
        List.of(
            Money.of(new BigDecimal("0.5"), "XAU"),
            Money.of(new BigDecimal("0.5"), "XAU"),
            Money.of(new BigDecimal("0.5"), "XAU")),
        Apportionment.split(
            Money.of(new BigDecimal("1.5"), "XAU"),
            List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)));
    assertEquals(
        List.of(Money.of(1, "XAU"), Money.of(1, "XAU"), Money.of(0, "XAU")),
        Apportionment.split(
            Money.of(2, "XAU"), List.of(BigDecimal.ONE, BigDecimal.ONE, BigDecimal.ONE)));
  }

  @Test
  void rejectsAnAmountFinerThanTheMinorUnitAndWeightsThatCannotSplit() {
    assertEquals(
        "amount EUR 0.005 has more decimal places than the 2 of its currency's minor unit; round it"
            + " first",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Apportionment.split(
                        Money.of(new BigDecimal("0.005"), "EUR"), List.of(BigDecimal.ONE)))
            .getMessage());
    assertEquals(
        "weights [0, 0] must not all be zero when splitting EUR 1",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Apportionment.split(
                        Money.of(BigDecimal.ONE, "EUR"), List.of(BigDecimal.ZERO, BigDecimal.ZERO)))
            .getMessage());
    assertEquals(
        "weight -1 at index 1 must not be negative",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Apportionment.split(
                        Money.of(BigDecimal.ONE, "EUR"),
                        List.of(BigDecimal.ONE, BigDecimal.ONE.negate())))
            .getMessage());
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

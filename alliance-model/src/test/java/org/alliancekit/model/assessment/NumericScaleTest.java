package org.alliancekit.model.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import org.junit.jupiter.api.Test;

class NumericScaleTest {

  @Test
  void presetsHaveTheirBounds() {
    assertEquals(RatingScale.numeric(0, 10), RatingScale.zeroToTen());
    assertEquals(RatingScale.numeric(1, 5), RatingScale.likert5());
    assertEquals(RatingScale.numeric(0, 100), RatingScale.percent());
    assertSame(RatingScale.zeroToTen(), RatingScale.zeroToTen());
  }

  @Test
  void likertNormalizesOneToZeroThreeToHalfFiveToOne() {
    RatingScale likert = RatingScale.likert5();
    assertEquals(0.0, likert.normalize(1));
    assertEquals(0.5, likert.normalize(3));
    assertEquals(1.0, likert.normalize(5));
  }

  @Test
  void zeroToTenNormalizesSevenToPointSeven() {
    assertEquals(0.7, RatingScale.zeroToTen().normalize(7));
  }

  @Test
  void percentNormalizesByHundred() {
    assertEquals(0.3, RatingScale.percent().normalize(30));
  }

  @Test
  void containsBoundsAndValuesBetweenButNothingElse() {
    RatingScale scale = RatingScale.zeroToTen();
    assertTrue(scale.contains(0));
    assertTrue(scale.contains(10));
    assertTrue(scale.contains(6.5));
    assertFalse(scale.contains(-0.5));
    assertFalse(scale.contains(10.01));
    assertFalse(scale.contains(Double.NaN));
    assertFalse(scale.contains(Double.POSITIVE_INFINITY));
    assertEquals(0.0, scale.min());
    assertEquals(10.0, scale.max());
  }

  @Test
  void normalizeRejectsValueOffTheScaleNamingValueAndScale() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RatingScale.zeroToTen().normalize(11));
    assertEquals("value 11 is outside scale 0..10", e.getMessage());
    IllegalArgumentException nan =
        assertThrows(
            IllegalArgumentException.class, () -> RatingScale.likert5().normalize(Double.NaN));
    assertEquals("value NaN is outside scale 1..5", nan.getMessage());
  }

  @Test
  void rejectsMinNotBelowMax() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RatingScale.numeric(5, 5));
    assertEquals("rating scale min 5 must be less than max 5", e.getMessage());
    IllegalArgumentException reversed =
        assertThrows(IllegalArgumentException.class, () -> RatingScale.numeric(10, 0));
    assertEquals("rating scale min 10 must be less than max 0", reversed.getMessage());
  }

  @Test
  void rejectsBoundsThatAreNotFinite() {
    IllegalArgumentException nan =
        assertThrows(IllegalArgumentException.class, () -> RatingScale.numeric(Double.NaN, 1));
    assertEquals("rating scale min NaN must be a finite number", nan.getMessage());
    IllegalArgumentException infinite =
        assertThrows(
            IllegalArgumentException.class, () -> RatingScale.numeric(0, Double.POSITIVE_INFINITY));
    assertEquals("rating scale max Infinity must be a finite number", infinite.getMessage());
  }

  @Test
  void rejectsScaleWhoseWidthOverflows() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RatingScale.numeric(-Double.MAX_VALUE, Double.MAX_VALUE));
    assertEquals(
        "rating scale -1.7976931348623157E308..1.7976931348623157E308 is too wide:"
            + " max - min must be a finite number",
        e.getMessage());
  }

  @Test
  void parsesAndPrintsMinDotDotMax() {
    assertEquals(RatingScale.zeroToTen(), RatingScale.parse("0..10"));
    assertEquals("0..10", RatingScale.zeroToTen().toString());
    assertEquals("1..5", RatingScale.likert5().toString());
    assertEquals(RatingScale.numeric(-2.5, 2.5), RatingScale.parse("-2.5..2.5"));
    assertEquals("-2.5..2.5", RatingScale.numeric(-2.5, 2.5).toString());
    assertEquals(RatingScale.numeric(0.5, 1.5), RatingScale.parse(" 0.5 .. 1.5 "));
  }

  @Test
  void printsWholeNumbersPlainOnlyBelowOneQuadrillion() {
    assertEquals("0..999999999999999", RatingScale.numeric(0, 999_999_999_999_999.0).toString());
    assertEquals("0..1.0E15", RatingScale.numeric(0, 1e15).toString());
    assertEquals("-1.0E15..0", RatingScale.numeric(-1e15, 0).toString());
  }

  @Test
  void parsesBoundsWithExplicitSigns() {
    assertEquals(RatingScale.numeric(-1, 5), RatingScale.parse("-1..+5"));
    assertEquals(RatingScale.numeric(1, 5), RatingScale.parse("+1..5"));
  }

  @Test
  void rejectsTextWithoutDots() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RatingScale.parse("0-10"));
    assertEquals("rating scale '0-10' must have the form min..max", e.getMessage());
  }

  @Test
  void rejectsTextWithNonDecimalBounds() {
    for (String text : new String[] {"0..ten", "..10", "NaN..1", "0..Infinity", "0..10..20"}) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> RatingScale.parse(text), text);
      assertEquals(
          "rating scale '" + text + "' must have the form min..max with decimal numbers",
          e.getMessage());
    }
  }

  @Test
  void rejectsParsedBoundsInWrongOrder() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RatingScale.parse("10..0"));
    assertEquals("rating scale min 10 must be less than max 0", e.getMessage());
  }

  @Test
  void negativeZeroBoundIsStoredAsZero() {
    assertEquals(RatingScale.zeroToTen(), RatingScale.numeric(-0.0, 10));
    assertEquals(RatingScale.numeric(-10, 0), RatingScale.numeric(-10, -0.0));
    assertEquals(0L, Double.doubleToRawLongBits(RatingScale.numeric(-10, -0.0).max()));
  }

  @Test
  void equalityIsByBounds() {
    new EqualsTester()
        .addEqualityGroup(
            RatingScale.zeroToTen(), RatingScale.numeric(0, 10), RatingScale.parse("0..10"))
        .addEqualityGroup(RatingScale.numeric(0, 5))
        .addEqualityGroup(RatingScale.numeric(1, 10))
        .addEqualityGroup(RatingScale.bestPracticeAnchors())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(RatingScale.class);
    tester.testAllPublicStaticMethods(NumericScale.class);
    tester.testAllPublicInstanceMethods(RatingScale.zeroToTen());
  }

  @Property
  void parseReadsBackToString(@ForAll("scales") NumericScale scale) {
    assertEquals(scale, RatingScale.parse(scale.toString()));
  }

  @Property
  void normalizeIsMonotoneAndWithinZeroAndOne(
      @ForAll("scalesWithTwoValues") Tuple3<NumericScale, Double, Double> sample) {
    NumericScale scale = sample.get1();
    double low = Math.min(sample.get2(), sample.get3());
    double high = Math.max(sample.get2(), sample.get3());
    assertTrue(scale.contains(low) && scale.contains(high), sample.toString());
    double normalizedLow = scale.normalize(low);
    double normalizedHigh = scale.normalize(high);
    assertTrue(normalizedLow >= 0 && normalizedLow <= 1, sample + " -> " + normalizedLow);
    assertTrue(normalizedHigh >= 0 && normalizedHigh <= 1, sample + " -> " + normalizedHigh);
    assertTrue(normalizedLow <= normalizedHigh, sample.toString());
    assertEquals(0.0, scale.normalize(scale.min()));
    assertEquals(1.0, scale.normalize(scale.max()));
  }

  @Provide
  Arbitrary<NumericScale> scales() {
    return scaleArbitrary();
  }

  @Provide
  Arbitrary<Tuple3<NumericScale, Double, Double>> scalesWithTwoValues() {
    return scaleArbitrary()
        .flatMap(
            scale -> {
              Arbitrary<Double> onScale =
                  Arbitraries.oneOf(
                      Arbitraries.doubles().between(scale.min(), scale.max()),
                      Arbitraries.of(scale.min(), scale.max()));
              return Combinators.combine(onScale, onScale).as((a, b) -> Tuple.of(scale, a, b));
            });
  }

  /** Random valid numeric scales, from small to very wide. */
  static Arbitrary<NumericScale> scaleArbitrary() {
    Arbitrary<Double> bound =
        Arbitraries.oneOf(
            Arbitraries.integers().between(-100, 100).map(Integer::doubleValue),
            Arbitraries.doubles().between(-1e6, 1e6),
            Arbitraries.doubles().between(-1e300, 1e300));
    return Combinators.combine(bound, bound)
        .filter((a, b) -> !a.equals(b))
        .as((a, b) -> RatingScale.numeric(Math.min(a, b), Math.max(a, b)));
  }
}

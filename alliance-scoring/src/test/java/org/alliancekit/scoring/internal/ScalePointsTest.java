package org.alliancekit.scoring.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.scoring.assessment.ScoreFixtures;
import org.junit.jupiter.api.Test;

class ScalePointsTest {

  @Test
  void tabulatesTheWholePointsOfAWholeNumericScale() {
    ScalePoints points = ScalePoints.of(RatingScale.likert5());
    assertSame(RatingScale.likert5(), points.scale());
    assertEquals(5, points.size());
    assertEquals(0, points.index(1));
    assertEquals(4, points.index(5));
    assertEquals(-1, points.index(2.5));
    assertEquals(-1, points.index(0));
    assertEquals(-1, points.index(6));
    assertEquals(-1, points.index(Double.NaN));
    // (3 - 1) / (5 - 1)
    assertEquals(0.5, points.value(2));
    assertEquals(0.5, points.normalize(3));
    assertEquals(0.375, points.normalize(2.5));
  }

  @Test
  void negativeZeroIsNotThePointZero() {
    ScalePoints points = ScalePoints.of(RatingScale.zeroToTen());
    assertEquals(-1, points.index(-0.0));
    assertEquals(
        Double.doubleToRawLongBits(RatingScale.zeroToTen().normalize(-0.0)),
        Double.doubleToRawLongBits(points.normalize(-0.0)));
  }

  @Test
  void anchoredAndFractionalScalesHaveNoTable() {
    assertEquals(0, ScalePoints.of(RatingScale.bestPracticeAnchors()).size());
    assertEquals(0, ScalePoints.of(RatingScale.numeric(0, 7.5)).size());
    assertEquals(0, ScalePoints.of(RatingScale.numeric(0, ScalePoints.MAX_POINTS)).size());
    assertEquals(ScalePoints.MAX_POINTS, ScalePoints.of(RatingScale.numeric(1, 1024)).size());
  }

  @Test
  void valuesOffTheScaleFailAsTheScaleFails() {
    ScalePoints points = ScalePoints.of(RatingScale.likert5());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> points.normalize(6));
    assertEquals("value 6 is outside scale 1..5", e.getMessage());
  }

  /** A scale and a value on it: mostly whole numbers, some with a fraction, some signed zeros. */
  record OnScale(RatingScale scale, double value) {}

  @Provide
  Arbitrary<OnScale> valuesOnScales() {
    Arbitrary<RatingScale> scales =
        Arbitraries.oneOf(
            ModelArbitraries.ratingScales(),
            Combinators.combine(
                    Arbitraries.integers().between(-50, 50), Arbitraries.integers().between(1, 300))
                .as((min, width) -> RatingScale.numeric(min, min + width)));
    return scales.flatMap(
        scale ->
            Arbitraries.oneOf(
                    ScoreFixtures.valueOn(scale),
                    Arbitraries.integers()
                        .between((int) Math.ceil(scale.min()), (int) Math.floor(scale.max()))
                        .map(point -> scale.contains(point) ? point : scale.min()),
                    Arbitraries.of(-0.0, 0.0)
                        .map(zero -> scale.contains(zero) ? zero : scale.min()))
                .map(value -> new OnScale(scale, value)));
  }

  @Property(tries = 1000)
  void normalisesBitForBitAsTheScale(@ForAll("valuesOnScales") OnScale v) {
    assertEquals(
        Double.doubleToRawLongBits(v.scale().normalize(v.value())),
        Double.doubleToRawLongBits(ScalePoints.of(v.scale()).normalize(v.value())));
  }
}

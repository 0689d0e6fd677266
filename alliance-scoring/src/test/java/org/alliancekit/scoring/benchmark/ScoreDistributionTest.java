package org.alliancekit.scoring.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class ScoreDistributionTest {
  @Test
  void oneScoreHasNoSpread() {
    assertEquals(
        new ScoreDistribution(1, 0.4, 0, 0.4, 0.4, 0.4, 0.4, 0.4), ScoreDistribution.of(0.4));
  }

  @Test
  void fiveScoresHaveExactQuartiles() {
    // Sorted 0, 0.25, 0.5, 0.75, 1: the quartiles fall on the 2nd, 3rd and 4th scores. Mean 0.5,
    // squared deviations 0.25, 0.0625, 0, 0.0625, 0.25 sum to 0.625; / 5 = 0.125.
    ScoreDistribution d = ScoreDistribution.of(1, 0.5, 0, 0.75, 0.25);
    assertEquals(new ScoreDistribution(5, 0.5, Math.sqrt(0.125), 0, 0.25, 0.5, 0.75, 1), d);
  }

  @Test
  void rejectsNoScores() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, ScoreDistribution::of);
    assertEquals("a score distribution needs at least 1 score, not 0", e.getMessage());
  }

  @Test
  void rejectsInfiniteScore() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoreDistribution.of(0.5, Double.POSITIVE_INFINITY));
    assertEquals("score Infinity must be a finite number", e.getMessage());
  }

  @Test
  void rejectsQuartilesOutOfOrder() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ScoreDistribution(3, 0.5, 0.1, 0.2, 0.6, 0.5, 0.7, 0.8));
    assertEquals(
        "min 0.2, lower quartile 0.6, median 0.5, upper quartile 0.7 and max 0.8 must be in"
            + " increasing order",
        e.getMessage());
  }

  @Test
  void rejectsMeanOutsideTheRange() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ScoreDistribution(3, 0.9, 0.1, 0.2, 0.4, 0.5, 0.7, 0.8));
    assertEquals("mean 0.9 must be between min 0.2 and max 0.8", e.getMessage());
  }

  @Test
  void rejectsNegativeDeviation() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ScoreDistribution(3, 0.5, -0.1, 0.2, 0.4, 0.5, 0.7, 0.8));
    assertEquals("standard deviation -0.1 must not be negative", e.getMessage());
  }

  @Test
  void rejectsZeroCount() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ScoreDistribution(0, 0.5, 0, 0.5, 0.5, 0.5, 0.5, 0.5));
    assertEquals("a score distribution needs at least 1 score, not 0", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(ScoreDistribution.of(0.2, 0.8), ScoreDistribution.of(0.8, 0.2))
        .addEqualityGroup(ScoreDistribution.of(0.2, 0.8, 0.5))
        .addEqualityGroup(ScoreDistribution.of(0.2))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = BenchmarkFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(ScoreDistribution.class);
    tester.testAllPublicInstanceMethods(ScoreDistribution.of(0.5));
  }

  @Test
  void rejectsEachFigureOutOfOrder() {
    assertOutOfOrder(3, 0.5, 0.1, 0.3, 0.2, 0.5, 0.7, 0.8);
    assertOutOfOrder(3, 0.5, 0.1, 0.2, 0.4, 0.75, 0.7, 0.8);
    assertOutOfOrder(3, 0.5, 0.1, 0.2, 0.4, 0.5, 0.9, 0.8);
  }

  private static void assertOutOfOrder(
      int count,
      double mean,
      double deviation,
      double min,
      double lower,
      double median,
      double upper,
      double max) {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ScoreDistribution(count, mean, deviation, min, lower, median, upper, max));
    assertEquals(
        "min "
            + min
            + ", lower quartile "
            + lower
            + ", median "
            + median
            + ", upper quartile "
            + upper
            + " and max "
            + max
            + " must be in increasing order",
        e.getMessage());
  }

  @Test
  void rejectsMeanBelowTheMinimum() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ScoreDistribution(3, 0.1, 0.1, 0.2, 0.4, 0.5, 0.7, 0.8));
    assertEquals("mean 0.1 must be between min 0.2 and max 0.8", e.getMessage());
  }

  @Test
  void rejectsNonFiniteFigureNamingIt() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new ScoreDistribution(3, Double.NaN, 0.1, 0.2, 0.4, 0.5, 0.7, 0.8));
    assertEquals("score distribution figures must be finite numbers: NaN", e.getMessage());
  }

  @Test
  void acceptsEqualFigures() {
    ScoreDistribution flat = new ScoreDistribution(2, 0.5, 0, 0.5, 0.5, 0.5, 0.5, 0.5);
    assertEquals(0.5, flat.median());
  }
}

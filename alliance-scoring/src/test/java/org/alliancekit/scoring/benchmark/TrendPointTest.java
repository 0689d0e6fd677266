package org.alliancekit.scoring.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.time.Year;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;

class TrendPointTest {
  @Test
  void overallIsTheScoresOverall() {
    assertEquals(0.75, TrendTest.point(2025, 0.75, OptionalDouble.empty()).overall());
  }

  @Test
  void rejectsAScoreOfAnotherYear() {
    TrendPoint y2025 = TrendTest.point(2025, 0.5, OptionalDouble.empty());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new TrendPoint(Year.of(2024), y2025.score(), OptionalDouble.empty()));
    assertEquals("score dated 2025-12-31 does not belong to year 2024", e.getMessage());
  }

  @Test
  void rejectsAnImpossibleChange() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> TrendTest.point(2025, 0.5, OptionalDouble.of(Double.NaN)));
    assertEquals("change NaN of year 2025 must be between -1 and 1", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            TrendTest.point(2025, 0.5, OptionalDouble.empty()),
            TrendTest.point(2025, 0.5, OptionalDouble.empty()))
        .addEqualityGroup(TrendTest.point(2025, 0.5, OptionalDouble.of(0.1)))
        .addEqualityGroup(TrendTest.point(2026, 0.5, OptionalDouble.empty()))
        .addEqualityGroup(TrendTest.point(2025, 0.25, OptionalDouble.empty()))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = BenchmarkFixtures.nullPointerTester();
    tester.testAllPublicConstructors(TrendPoint.class);
    tester.testAllPublicInstanceMethods(TrendTest.point(2025, 0.5, OptionalDouble.empty()));
  }

  @Test
  void rejectsChangesOutsideMinusOneToOne() {
    for (double change : new double[] {-1.5, 1.5}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> TrendTest.point(2025, 0.5, OptionalDouble.of(change)));
      assertEquals("change " + change + " of year 2025 must be between -1 and 1", e.getMessage());
    }
  }

  @Test
  void acceptsChangesOfMinusOneAndOne() {
    assertEquals(OptionalDouble.of(-1), TrendTest.point(2025, 0.5, OptionalDouble.of(-1)).change());
    assertEquals(OptionalDouble.of(1), TrendTest.point(2025, 0.5, OptionalDouble.of(1)).change());
  }
}

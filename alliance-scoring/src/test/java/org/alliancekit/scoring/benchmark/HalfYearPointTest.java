package org.alliancekit.scoring.benchmark;

import static org.alliancekit.scoring.benchmark.BenchmarkFixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.OptionalDouble;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.junit.jupiter.api.Test;

class HalfYearPointTest {
  private static final RevenuePeriod H1 = RevenuePeriod.half(2026, 1);

  @Test
  void overallIsTheScoresOverall() {
    assertEquals(0.25, new HalfYearPoint(H1, score("r", 0.25), OptionalDouble.of(-1)).overall());
  }

  @Test
  void rejectsAQuarter() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new HalfYearPoint(
                    RevenuePeriod.quarter(2026, 2), score("r", 0.5), OptionalDouble.empty()));
    assertEquals("period 2026-Q2 must be a half-year, not a quarter", e.getMessage());
  }

  @Test
  void rejectsAnImpossibleChange() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new HalfYearPoint(H1, score("r", 0.5), OptionalDouble.of(1.5)));
    assertEquals("change 1.5 of half-year 2026-H1 must be between -1 and 1", e.getMessage());
    assertThrows(
        IllegalArgumentException.class,
        () -> new HalfYearPoint(H1, score("r", 0.5), OptionalDouble.of(-1.5)));
    assertThrows(
        IllegalArgumentException.class,
        () -> new HalfYearPoint(H1, score("r", 0.5), OptionalDouble.of(Double.NaN)));
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            new HalfYearPoint(H1, score("r", 0.5), OptionalDouble.empty()),
            new HalfYearPoint(H1, score("r", 0.5), OptionalDouble.empty()))
        .addEqualityGroup(
            new HalfYearPoint(RevenuePeriod.half(2026, 2), score("r", 0.5), OptionalDouble.empty()))
        .addEqualityGroup(new HalfYearPoint(H1, score("r", 0.5), OptionalDouble.of(0)))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = BenchmarkFixtures.nullPointerTester().setDefault(RevenuePeriod.class, H1);
    tester.testAllPublicConstructors(HalfYearPoint.class);
    tester.testAllPublicInstanceMethods(
        new HalfYearPoint(H1, score("r", 0.5), OptionalDouble.empty()));
  }
}

package org.alliancekit.scoring.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import java.util.OptionalDouble;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.junit.jupiter.api.Test;

class PercentileRankTest {
  private static final RelationshipId ACME = RelationshipId.of("acme");

  @Test
  void areasAreKeptInCategoryOrder() {
    PercentileRank rank =
        PercentileRank.of(
            ACME,
            40,
            ImmutableMap.of(FactorCategory.OPERATIONAL, 10.0, FactorCategory.COMMERCIAL, 90.0));
    assertEquals(
        ImmutableList.of(FactorCategory.COMMERCIAL, FactorCategory.OPERATIONAL),
        rank.areas().keySet().asList());
    assertEquals(OptionalDouble.of(90), rank.area(FactorCategory.COMMERCIAL));
    assertEquals(OptionalDouble.empty(), rank.area(FactorCategory.CULTURAL));
  }

  @Test
  void rejectsOverallRankAboveHundred() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PercentileRank.of(ACME, 100.5, ImmutableMap.of()));
    assertEquals(
        "overall percentile rank 100.5 of relationship acme must be between 0 and 100",
        e.getMessage());
  }

  @Test
  void rejectsNaNAreaRank() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PercentileRank.of(ACME, 50, ImmutableMap.of(FactorCategory.CULTURAL, Double.NaN)));
    assertEquals(
        "CULTURAL percentile rank NaN of relationship acme must be between 0 and 100",
        e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            PercentileRank.of(ACME, 50, ImmutableMap.of(FactorCategory.CULTURAL, 25.0)),
            new PercentileRank(ACME, 50, ImmutableMap.of(FactorCategory.CULTURAL, 25.0)))
        .addEqualityGroup(PercentileRank.of(ACME, 50, ImmutableMap.of()))
        .addEqualityGroup(PercentileRank.of(ACME, 75, ImmutableMap.of()))
        .addEqualityGroup(PercentileRank.of(RelationshipId.of("globex"), 75, ImmutableMap.of()))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = BenchmarkFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(PercentileRank.class);
    tester.testAllPublicConstructors(PercentileRank.class);
    tester.testAllPublicInstanceMethods(PercentileRank.of(ACME, 50, ImmutableMap.of()));
  }

  @Test
  void rejectsNegativeRanksAndAcceptsZeroAndHundred() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PercentileRank.of(ACME, -0.5, ImmutableMap.of()));
    assertEquals(
        "overall percentile rank -0.5 of relationship acme must be between 0 and 100",
        e.getMessage());
    PercentileRank edges =
        PercentileRank.of(ACME, 0, ImmutableMap.of(FactorCategory.COMMERCIAL, 100.0));
    assertEquals(0.0, edges.overall());
    assertEquals(OptionalDouble.of(100), edges.area(FactorCategory.COMMERCIAL));
  }
}

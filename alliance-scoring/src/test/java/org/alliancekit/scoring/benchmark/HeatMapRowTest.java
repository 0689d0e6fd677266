package org.alliancekit.scoring.benchmark;

import static org.alliancekit.scoring.benchmark.BenchmarkFixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.util.OptionalDouble;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.junit.jupiter.api.Test;

class HeatMapRowTest {
  private static final RelationshipId ACME = RelationshipId.of("acme");
  private static final OptionalDouble NONE = OptionalDouble.empty();

  @Test
  void rowOfAScoreHasACellPerArea() {
    HeatMapRow row = HeatMapRow.of(score("acme", 0.5, 0.9, null, 0.3));
    assertEquals(
        ImmutableList.of(OptionalDouble.of(0.9), NONE, OptionalDouble.of(0.3), NONE, NONE),
        row.cells());
    assertEquals(OptionalDouble.of(0.3), row.cell(FactorCategory.STRATEGIC));
    assertEquals(NONE, row.cell(FactorCategory.TECHNICAL));
  }

  @Test
  void rejectsTooFewCells() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new HeatMapRow(ACME, ImmutableList.of(NONE, NONE)));
    assertEquals(
        "heat map row of relationship acme has 2 cells; it needs one per area, 5", e.getMessage());
  }

  @Test
  void rejectsACellAboveOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new HeatMapRow(
                    ACME, ImmutableList.of(NONE, OptionalDouble.of(2), NONE, NONE, NONE)));
    assertEquals(
        "heat map cell TECHNICAL of relationship acme is 2.0; it must be between 0 and 1",
        e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            HeatMapRow.of(score("acme", 0.5, 0.9)),
            new HeatMapRow(ACME, ImmutableList.of(OptionalDouble.of(0.9), NONE, NONE, NONE, NONE)))
        .addEqualityGroup(HeatMapRow.of(score("acme", 0.5)))
        .addEqualityGroup(HeatMapRow.of(score("globex", 0.5, 0.9)))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = BenchmarkFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(HeatMapRow.class);
    tester.testAllPublicConstructors(HeatMapRow.class);
    tester.testAllPublicInstanceMethods(HeatMapRow.of(score("acme", 0.5)));
  }

  @Test
  void rejectsANegativeCellAndAcceptsZeroAndOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new HeatMapRow(
                    ACME, ImmutableList.of(NONE, NONE, OptionalDouble.of(-0.1), NONE, NONE)));
    assertEquals(
        "heat map cell STRATEGIC of relationship acme is -0.1; it must be between 0 and 1",
        e.getMessage());
    HeatMapRow edges =
        new HeatMapRow(
            ACME, ImmutableList.of(OptionalDouble.of(0), OptionalDouble.of(1), NONE, NONE, NONE));
    assertEquals(OptionalDouble.of(1), edges.cell(FactorCategory.TECHNICAL));
  }
}

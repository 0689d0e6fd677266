package org.alliancekit.scoring.benchmark;

import static org.alliancekit.scoring.benchmark.BenchmarkFixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableTable;
import com.google.common.testing.EqualsTester;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.assessment.Score;
import org.junit.jupiter.api.Test;

class HeatMapTest {
  private static final HeatMapRow ACME = HeatMapRow.of(score("acme", 0.5, 0.75, 0.5));
  private static final HeatMapRow GLOBEX = HeatMapRow.of(score("globex", 0.5, 0.25));

  @Test
  void areaMeansAverageTheNonEmptyCells() {
    // COMMERCIAL (0.75 + 0.25) / 2 = 0.5; TECHNICAL only acme's 0.5; other areas no entry.
    HeatMap map = HeatMap.of(List.of(ACME, GLOBEX));
    assertEquals(
        ImmutableMap.of(FactorCategory.COMMERCIAL, 0.5, FactorCategory.TECHNICAL, 0.5),
        map.areaMeans());
    assertEquals(
        ImmutableTable.builder()
            .put(RelationshipId.of("acme"), FactorCategory.COMMERCIAL, 0.75)
            .put(RelationshipId.of("acme"), FactorCategory.TECHNICAL, 0.5)
            .put(RelationshipId.of("globex"), FactorCategory.COMMERCIAL, 0.25)
            .build(),
        map.asTable());
  }

  @Test
  void rejectsTwoRowsOfOneRelationship() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> HeatMap.of(List.of(ACME, GLOBEX, ACME)));
    assertEquals("relationship acme has more than one row in the heat map", e.getMessage());
  }

  @Test
  void rejectsACellOfAMissingRow() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> HeatMap.of(List.of(ACME)).cell(RelationshipId.of("zz"), FactorCategory.CULTURAL));
    assertEquals("relationship zz has no row in the heat map", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(HeatMap.of(List.of(ACME, GLOBEX)), HeatMap.of(List.of(ACME, GLOBEX)))
        .addEqualityGroup(HeatMap.of(List.of(GLOBEX, ACME)))
        .addEqualityGroup(HeatMap.of(List.of(ACME)))
        .addEqualityGroup(HeatMap.of(List.of()))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = BenchmarkFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(HeatMap.class);
    tester.testAllPublicInstanceMethods(HeatMap.of(List.of(ACME, GLOBEX)));
  }

  @Property
  void withRowsRoundTrips(@ForAll("portfolios") List<Score> scores) {
    HeatMap map = PortfolioBenchmark.of(scores).heatMap();
    HeatMap other = map.withRows(List.of(ACME));
    assertEquals(List.of(RelationshipId.of("acme")), other.relationships());
    assertEquals(map, other.withRows(map.rows()));
  }

  @Provide
  Arbitrary<List<Score>> portfolios() {
    return BenchmarkFixtures.portfolios();
  }
}

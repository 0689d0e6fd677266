package org.alliancekit.pipeline.mapping;

import static org.alliancekit.pipeline.mapping.Fixtures.value;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class CellSummaryTest {

  private static CellSummary.Builder summary() {
    return CellSummary.builder()
        .cell(MappingCell.LEFT_ONLY)
        .matches(2)
        .leftAccounts(3)
        .rightAccounts(0)
        .leftOpenOpportunities(4)
        .rightOpenOpportunities(0)
        .leftOpenValue(value(Money.of(70, "EUR")));
  }

  @Test
  void mirrorSwapsSidesAndCell() {
    CellSummary mirrored = summary().build().mirror();
    assertEquals(MappingCell.RIGHT_ONLY, mirrored.cell());
    assertEquals(3, mirrored.rightAccounts());
    assertEquals(4, mirrored.rightOpenOpportunities());
    assertEquals(value(Money.of(70, "EUR")), mirrored.rightOpenValue());
    assertEquals(summary().build(), mirrored.mirror());
  }

  @Test
  void rejectsNegativeCount() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> summary().leftAccounts(-1).build());
    assertEquals("left accounts -1 of cell LEFT_ONLY must not be negative", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(summary().build(), summary().build())
        .addEqualityGroup(summary().matches(3).build())
        .addEqualityGroup(summary().cell(MappingCell.PROSPECT_OF_BOTH).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(CellSummary.class);
    tester.testAllPublicInstanceMethods(summary().build());
    tester.testAllPublicInstanceMethods(CellSummary.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("summaries") CellSummary summary) {
    assertEquals(summary, CellSummary.builder().from(summary).build());
  }

  @Property
  void withMatchesRoundTrips(@ForAll("summaries") CellSummary summary) {
    assertEquals(summary, summary.withMatches(99).withMatches(summary.matches()));
  }

  @Provide
  Arbitrary<CellSummary> summaries() {
    return Combinators.combine(
            Arbitraries.of(MappingCell.class),
            Arbitraries.integers().between(0, 100),
            Arbitraries.integers().between(0, 100))
        .as(
            (cell, matches, open) ->
                summary().cell(cell).matches(matches).leftOpenOpportunities(open).build());
  }
}

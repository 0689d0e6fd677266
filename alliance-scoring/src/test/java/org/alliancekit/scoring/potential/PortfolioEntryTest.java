package org.alliancekit.scoring.potential;

import static org.alliancekit.scoring.potential.Fixtures.gbp;
import static org.alliancekit.scoring.potential.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PortfolioEntryTest {

  @Test
  void holdsRelationshipRevenueAndScore() {
    PortfolioEntry entry = PortfolioEntry.of(id("acme"), gbp("1000000"), 0.3);
    assertEquals(id("acme"), entry.relationship());
    assertEquals(gbp("1000000"), entry.revenue());
    assertEquals(0.3, entry.score());
  }

  @Test
  void rejectsNegativeRevenue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PortfolioEntry.of(id("acme"), gbp("-5"), 0.3));
    assertEquals("revenue GBP -5 of relationship acme must not be negative", e.getMessage());
  }

  @Test
  void rejectsScoreOutsideZeroToOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PortfolioEntry.of(id("acme"), gbp("5"), 30));
    assertEquals(
        "score 30.0 of relationship acme must be a number between 0 and 1", e.getMessage());
  }

  @Test
  void rejectsScoreThatIsNotANumber() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PortfolioEntry.of(id("acme"), gbp("5"), Double.NaN));
    assertEquals("score NaN of relationship acme must be a number between 0 and 1", e.getMessage());
  }

  @Test
  void missingScoreIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> PortfolioEntry.builder().relationship(id("a")).revenue(gbp("1")).build());
    assertTrue(e.getMessage().contains("score"), e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            PortfolioEntry.of(id("a"), gbp("1"), 0.5),
            PortfolioEntry.builder().relationship(id("a")).revenue(gbp("1")).score(0.5).build())
        .addEqualityGroup(PortfolioEntry.of(id("b"), gbp("1"), 0.5))
        .addEqualityGroup(PortfolioEntry.of(id("a"), gbp("2"), 0.5))
        .addEqualityGroup(PortfolioEntry.of(id("a"), gbp("1"), 0.6))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(PortfolioEntry.class);
    tester.testAllPublicInstanceMethods(PortfolioEntry.of(id("a"), gbp("1"), 0.5));
    tester.testAllPublicInstanceMethods(PortfolioEntry.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("entries") PortfolioEntry entry) {
    assertEquals(entry, PortfolioEntry.builder().from(entry).build());
  }

  @Property
  void withScoreRoundTrips(@ForAll("entries") PortfolioEntry entry) {
    PortfolioEntry changed = entry.withScore(0.123);
    assertEquals(0.123, changed.score());
    assertEquals(entry, changed.withScore(entry.score()));
  }

  @Provide
  static Arbitrary<PortfolioEntry> entries() {
    return Combinators.combine(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8).map(Fixtures::id),
            Arbitraries.bigDecimals()
                .between(BigDecimal.ZERO, new BigDecimal("10000000"))
                .ofScale(2)
                .map(Fixtures::gbpAmount),
            Arbitraries.doubles().between(0, 1).ofScale(4))
        .as(PortfolioEntry::of);
  }
}

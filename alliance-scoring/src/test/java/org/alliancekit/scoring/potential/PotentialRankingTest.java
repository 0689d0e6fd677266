package org.alliancekit.scoring.potential;

import static org.alliancekit.scoring.potential.Fixtures.eur;
import static org.alliancekit.scoring.potential.Fixtures.gbp;
import static org.alliancekit.scoring.potential.Fixtures.id;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class PotentialRankingTest {
  // Uplifts: small 1,000,000.00; large 714,285.71; zero 0.00; fresh is undefined.
  private static final RelationshipPotential SMALL = of("small", gbp("1000000"), 0.3, 0.6);
  private static final RelationshipPotential LARGE = of("large", gbp("5000000"), 0.7, 0.8);
  private static final RelationshipPotential FLAT = of("flat", gbp("300"), 0.5, 0.5);
  private static final RelationshipPotential FRESH = of("fresh", gbp("200"), 0.0, 0.5);
  private static final RelationshipPotential NEW = of("new", gbp("100"), 0.0, 0.5);

  private static RelationshipPotential of(
      String id, MonetaryAmount revenue, double current, double attainable) {
    return RelationshipPotential.of(id(id), SalesPotential.of(revenue, current, attainable));
  }

  @Test
  void listsRankedThenUndefined() {
    PotentialRanking ranking =
        PotentialRanking.of(List.of(SMALL, LARGE, FLAT), List.of(FRESH, NEW));
    assertEquals(List.of(SMALL, LARGE, FLAT, FRESH, NEW), ranking.all());
    assertEquals(OptionalInt.of(1), ranking.rankOf(id("small")));
    assertEquals(OptionalInt.of(2), ranking.rankOf(id("large")));
    assertEquals(OptionalInt.empty(), ranking.rankOf(id("fresh")));
    assertEquals(OptionalInt.empty(), ranking.rankOf(id("absent")));
    assertEquals(Optional.of(FRESH), ranking.potentialOf(id("fresh")));
    assertEquals(Optional.empty(), ranking.potentialOf(id("absent")));
    assertEquals(Optional.of(Fixtures.GBP), ranking.currency());
  }

  @Test
  void emptyRankingHasNoCurrency() {
    assertEquals(Optional.empty(), PotentialRanking.of(List.of(), List.of()).currency());
  }

  @Test
  void rejectsRankedListOutOfOrder() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PotentialRanking.of(List.of(LARGE, SMALL), List.of()));
    assertEquals(
        "ranked relationships must be in order of uplift, largest first, then by id: [large,"
            + " small]",
        e.getMessage());
  }

  @Test
  void rejectsEqualUpliftsOutOfIdOrder() {
    RelationshipPotential a = of("a", gbp("100"), 0.5, 0.5);
    RelationshipPotential b = of("b", gbp("200"), 0.5, 0.5);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PotentialRanking.of(List.of(b, a), List.of()));
    assertEquals(
        "ranked relationships must be in order of uplift, largest first, then by id: [b, a]",
        e.getMessage());
  }

  @Test
  void rejectsUndefinedListOutOfIdOrder() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PotentialRanking.of(List.of(), List.of(NEW, FRESH)));
    assertEquals(
        "relationships with an undefined uplift must be in id order: [new, fresh]", e.getMessage());
  }

  @Test
  void rejectsUndefinedPotentialAmongRanked() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PotentialRanking.of(List.of(FRESH), List.of()));
    assertEquals(
        "ranked relationship fresh must have a defined uplift, has status UNDEFINED_ZERO_SCORE",
        e.getMessage());
  }

  @Test
  void rejectsDefinedPotentialAmongUndefined() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> PotentialRanking.of(List.of(), List.of(SMALL)));
    assertEquals(
        "relationship small listed as undefined has a defined uplift GBP 1000000", e.getMessage());
  }

  @Test
  void rejectsRelationshipListedTwice() {
    RelationshipPotential undefinedSmall = of("small", gbp("5"), 0.0, 0.5);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PotentialRanking.of(List.of(SMALL), List.of(undefinedSmall)));
    assertEquals("relationship small appears more than once in the ranking", e.getMessage());
  }

  @Test
  void rejectsMixedCurrencies() {
    RelationshipPotential euro = of("euro", eur("5000000"), 0.7, 0.8);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PotentialRanking.of(List.of(SMALL, euro), List.of()));
    assertEquals(
        "revenue of relationship euro is in EUR, but the ranking is in GBP", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            PotentialRanking.of(List.of(SMALL, LARGE), List.of(FRESH)),
            PotentialRanking.builder().addRanked(SMALL, LARGE).addUndefined(FRESH).build())
        .addEqualityGroup(PotentialRanking.of(List.of(SMALL, LARGE), List.of()))
        .addEqualityGroup(PotentialRanking.of(List.of(SMALL), List.of(FRESH)))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(PotentialRanking.class);
    tester.testAllPublicInstanceMethods(PotentialRanking.of(List.of(SMALL), List.of(FRESH)));
    tester.testAllPublicInstanceMethods(PotentialRanking.builder());
  }

  @Property(tries = 300)
  void copyThroughBuilderFromIsEqual(@ForAll("rankings") PotentialRanking ranking) {
    assertEquals(ranking, PotentialRanking.builder().from(ranking).build());
  }

  @Property(tries = 300)
  void aTriagesRankingPassesTheBuildersChecksAndEqualsItsCheckedCopy(
      @ForAll("rankings") PotentialRanking ranking) {
    PotentialRanking checked = PotentialRanking.of(ranking.ranked(), ranking.undefined());
    assertEquals(checked, ranking);
    assertEquals(ranking, checked);
    assertEquals(checked.hashCode(), ranking.hashCode());
    assertEquals(checked.toString(), ranking.toString());
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(ranking);
  }

  @Property(tries = 300)
  void withUndefinedRoundTrips(@ForAll("rankings") PotentialRanking ranking) {
    PotentialRanking changed = ranking.withUndefined(ImmutableList.of());
    assertEquals(List.of(), changed.undefined());
    assertEquals(ranking, changed.withUndefined(ranking.undefined()));
  }

  @Provide
  static Arbitrary<PotentialRanking> rankings() {
    PotentialTriage triage = PotentialTriage.of(ImprovementModel.closeGap(0.5));
    return PotentialTriageTest.portfolios().map(triage::triage);
  }
}

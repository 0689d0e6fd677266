package org.alliancekit.attribution.credit;

import static org.alliancekit.attribution.Fixtures.eur;
import static org.alliancekit.attribution.Fixtures.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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
import org.alliancekit.attribution.Fixtures;
import org.alliancekit.attribution.Participant;
import org.alliancekit.model.pipeline.OpportunityId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class DealFactsTest {

  static DealFacts.Builder deal(String id) {
    return DealFacts.builder().id(OpportunityId.of(id)).owner(p("host")).amount(eur("100"));
  }

  @Test
  void defaultsToOpenAndNotPartnerOriginated() {
    DealFacts facts = deal("o-1").build();
    assertFalse(facts.won());
    assertFalse(facts.partnerSourced());
    assertFalse(facts.partnerInfluenced());
    assertTrue(facts.participants().isEmpty());
  }

  @Test
  void rejectsNegativeAmount() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> deal("o-1").amount(eur("-1")).build());
    assertEquals("amount EUR -1 of deal o-1 must not be negative", e.getMessage());
  }

  @Test
  void rejectsBothOrigins() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> deal("o-1").partnerSourced(true).partnerInfluenced(true).build());
    assertEquals(
        "deal o-1 cannot be both partner-sourced and partner-influenced by origin", e.getMessage());
  }

  @Test
  void missingOwnerIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> DealFacts.builder().id(OpportunityId.of("o")).amount(eur("1")).build());
    assertTrue(e.getMessage().contains("owner"), e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(deal("o-1").build(), deal("o-1").build())
        .addEqualityGroup(deal("o-2").build())
        .addEqualityGroup(deal("o-1").won(true).build())
        .addEqualityGroup(deal("o-1").partnerSourced(true).build())
        .addEqualityGroup(
            deal("o-1").addParticipants(Participant.of(p("si"), "INFLUENCER")).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(DealFacts.class);
    tester.testAllPublicInstanceMethods(deal("o-1").build());
    tester.testAllPublicInstanceMethods(DealFacts.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("facts") DealFacts facts) {
    assertEquals(facts, DealFacts.builder().from(facts).build());
  }

  @Property
  void withWonRoundTrips(@ForAll("facts") DealFacts facts) {
    DealFacts flipped = facts.withWon(!facts.won());
    assertEquals(!facts.won(), flipped.won());
    assertEquals(facts, flipped.withWon(facts.won()));
  }

  @Provide
  Arbitrary<DealFacts> facts() {
    return Combinators.combine(
            Arbitraries.strings().alpha().ofMinLength(1).ofMaxLength(8),
            Arbitraries.integers().between(0, 1_000_000),
            Arbitraries.of(true, false),
            Arbitraries.integers().between(0, 2),
            Combinators.combine(
                    Arbitraries.of("a", "b", "host").map(Fixtures::p),
                    Arbitraries.of("ORIGINATOR", "INFLUENCER", "REFERRER"))
                .as(Participant::of)
                .list()
                .ofMaxSize(4))
        .as(
            (id, cents, won, origin, participants) ->
                deal(id)
                    .amount(Money.of(BigDecimal.valueOf(cents, 2), "EUR"))
                    .won(won)
                    .partnerSourced(origin == 1)
                    .partnerInfluenced(origin == 2)
                    .participants(participants)
                    .build());
  }
}

package org.alliancekit.model.relationship;

import static org.alliancekit.model.relationship.RelationshipFixtures.HOST;
import static org.alliancekit.model.relationship.RelationshipFixtures.PARTNER;
import static org.alliancekit.model.relationship.RelationshipFixtures.STRANGER;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.alliancekit.model.party.PartnerId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class RelationshipTest {
  private static final RelationshipId REL = RelationshipId.of("rel-1");

  private static Relationship.Builder alliance() {
    return Relationship.builder()
        .id(REL)
        .host(HOST)
        .partner(PARTNER)
        .motion(SellWith.of("platform", "implementation", true))
        .symmetry(Symmetry.SYMMETRIC_ALLIANCE)
        .formality(Formality.quidProQuo(Period.ofYears(2)))
        .start(LocalDate.of(2024, 1, 1));
  }

  private static Commitment peopleFrom(PartnerId party) {
    return Commitment.builder()
        .party(party)
        .resource(ResourceKind.PEOPLE)
        .quantity(BigDecimal.ONE)
        .strength(CommitmentStrength.INTENT)
        .build();
  }

  @Test
  void buildsAllianceWithDefaults() {
    Relationship relationship = alliance().build();
    assertTrue(relationship.isAlliance());
    assertEquals(Governance.none(), relationship.governance());
    assertEquals(Optional.empty(), relationship.exclusivity());
    assertEquals(ImmutableList.of(), relationship.commitments());
    assertEquals(ImmutableList.of(HOST, PARTNER), relationship.parties().asList());
  }

  @Test
  void counterpartIsTheOtherSide() {
    Relationship relationship = alliance().build();
    assertEquals(PARTNER, relationship.counterpart(HOST));
    assertEquals(HOST, relationship.counterpart(PARTNER));
  }

  @Test
  void counterpartRejectsAStranger() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> alliance().build().counterpart(STRANGER));
    assertEquals(
        "globex is not a party to relationship rel-1, whose parties are hq and acme",
        e.getMessage());
  }

  @Test
  void sellToAndSellThroughAreNotAlliances() {
    assertFalse(alliance().motion(SellTo.of(HOST, PARTNER)).build().isAlliance());
    assertFalse(alliance().motion(SellThrough.of(HOST, PARTNER)).build().isAlliance());
  }

  @Test
  void rejectsRelationshipWhoseHostIsItsPartner() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> alliance().partner(PartnerId.of("hq")).build());
    assertEquals(
        "relationship rel-1 must have different host and partner, both are hq", e.getMessage());
  }

  @Test
  void acceptsSellToInEitherDirection() {
    assertEquals(
        SellTo.of(PARTNER, HOST), alliance().motion(SellTo.of(PARTNER, HOST)).build().motion());
    assertEquals(
        SellTo.of(HOST, PARTNER), alliance().motion(SellTo.of(HOST, PARTNER)).build().motion());
  }

  @Test
  void rejectsSellToNamingAStranger() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> alliance().motion(SellTo.of(HOST, STRANGER)).build());
    assertEquals(
        "sell-to seller hq and buyer globex of relationship rel-1 must be its host hq and its"
            + " partner acme",
        e.getMessage());
  }

  @Test
  void acceptsSellThroughInEitherDirection() {
    AccessFee fee = AccessFee.marginPercent(new BigDecimal("15"));
    SellThrough hostSellsThroughPartner = SellThrough.of(HOST, PARTNER, fee);
    SellThrough partnerSellsThroughHost = SellThrough.of(PARTNER, HOST);
    assertEquals(
        hostSellsThroughPartner, alliance().motion(hostSellsThroughPartner).build().motion());
    assertEquals(
        partnerSellsThroughHost, alliance().motion(partnerSellsThroughHost).build().motion());
  }

  @Test
  void rejectsSellThroughNamingAStranger() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> alliance().motion(SellThrough.of(STRANGER, PARTNER)).build());
    assertEquals(
        "sell-through supplier globex and channel acme of relationship rel-1 must be its host hq"
            + " and its partner acme",
        e.getMessage());
  }

  @Test
  void acceptsCommitmentsFromBothSides() {
    Relationship relationship =
        alliance().addCommitments(peopleFrom(HOST), peopleFrom(PARTNER)).build();
    assertEquals(
        ImmutableList.of(peopleFrom(HOST), peopleFrom(PARTNER)), relationship.commitments());
  }

  @Test
  void rejectsCommitmentFromAStranger() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> alliance().addCommitments(peopleFrom(HOST), peopleFrom(STRANGER)).build());
    assertEquals(
        "commitment party globex of relationship rel-1 must be its host hq or its partner acme",
        e.getMessage());
  }

  @Test
  void missingStartIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                Relationship.builder()
                    .id(REL)
                    .host(HOST)
                    .partner(PARTNER)
                    .motion(SellTo.of(HOST, PARTNER))
                    .symmetry(Symmetry.ASYMMETRIC_CHANNEL)
                    .formality(Formality.informal())
                    .build());
    assertTrue(e.getMessage().contains("start"), e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    Exclusivity exclusivity = Exclusivity.builder().addTerritory("FR").build();
    new EqualsTester()
        .addEqualityGroup(alliance().build(), alliance().governance(Governance.none()).build())
        .addEqualityGroup(alliance().id(RelationshipId.of("rel-2")).build())
        .addEqualityGroup(alliance().host(PARTNER).partner(HOST).build())
        .addEqualityGroup(
            alliance().motion(SellWith.of("platform", "implementation", false)).build())
        .addEqualityGroup(alliance().symmetry(Symmetry.ASYMMETRIC_CHANNEL).build())
        .addEqualityGroup(alliance().formality(Formality.informal()).build())
        .addEqualityGroup(alliance().exclusivity(exclusivity).build())
        .addEqualityGroup(alliance().addCommitment(peopleFrom(HOST)).build())
        .addEqualityGroup(
            alliance().governance(Governance.builder().hostSponsor("Ann Lee").build()).build())
        .addEqualityGroup(alliance().start(LocalDate.of(2024, 1, 2)).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(PartnerId.class, HOST)
            .setDefault(SalesMotion.class, SellWith.of("a", "b", true))
            .setDefault(Formality.class, Formality.informal())
            .setDefault(Governance.class, Governance.none())
            .setDefault(Exclusivity.class, Exclusivity.builder().addTerritory("FR").build())
            .setDefault(Commitment.class, peopleFrom(HOST));
    tester.testAllPublicStaticMethods(Relationship.class);
    tester.testAllPublicInstanceMethods(alliance().build());
    tester.testAllPublicInstanceMethods(Relationship.builder());
  }

  @Test
  void exclusivityWithPriceIsKept() {
    Exclusivity exclusivity =
        Exclusivity.builder().addTerritory("FR").price(Money.of(10_000, "EUR")).build();
    assertEquals(
        Optional.of(exclusivity),
        alliance()
            .motion(SellThrough.of(HOST, PARTNER))
            .symmetry(Symmetry.ASYMMETRIC_CHANNEL)
            .exclusivity(exclusivity)
            .build()
            .exclusivity());
  }
}

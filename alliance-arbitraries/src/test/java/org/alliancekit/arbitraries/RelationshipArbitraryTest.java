package org.alliancekit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import javax.money.Monetary;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.AccessFee;
import org.alliancekit.model.relationship.Commitment;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.SalesMotion;
import org.alliancekit.model.relationship.SellThrough;
import org.alliancekit.model.relationship.SellTo;
import org.alliancekit.model.relationship.SellWith;

class RelationshipArbitraryTest {
  private static final PartnerId HQ = PartnerId.of("hq");
  private static final PartnerId ACME = PartnerId.of("acme");

  @Provide
  Arbitrary<Relationship> relationships() {
    return ModelArbitraries.relationships();
  }

  @Provide
  Arbitrary<Relationship> channels() {
    return ModelArbitraries.relationships()
        .withId(RelationshipId.of("hq-acme"))
        .between(HQ, ACME)
        .withMotions(SellThrough.class)
        .currency(Monetary.getCurrency("USD"));
  }

  // A coverage check over random draws: a fixed seed keeps it from failing on an unlucky draw.
  @Property(tries = 1000, seed = "20261205")
  void everyMotionAppearsWithCommitmentsFromEitherSide(
      @ForAll("relationships") Relationship relationship) {
    assertEquals(RelationshipId.of("r1"), relationship.id());
    assertEquals(PartnerId.of("host"), relationship.host());
    assertEquals(PartnerId.of("p1"), relationship.partner());
    Statistics.label("motion").collect(variant(relationship.motion(), relationship));
    for (Commitment commitment : relationship.commitments()) {
      Statistics.label("commitment by")
          .collect(commitment.party().equals(relationship.host()) ? "host" : "partner");
    }
    Statistics.label("motion")
        .coverage(
            coverage -> {
              for (String variant :
                  new String[] {
                    "sell-with",
                    "sell-to by host",
                    "sell-to by partner",
                    "sell-through by host with fee",
                    "sell-through by host without fee",
                    "sell-through by partner with fee",
                    "sell-through by partner without fee"
                  }) {
                coverage.check(variant).count(n -> n > 0);
              }
            });
    Statistics.label("commitment by")
        .coverage(
            coverage -> {
              coverage.check("host").count(n -> n > 0);
              coverage.check("partner").count(n -> n > 0);
            });
  }

  @Property(tries = 200)
  void partiesMotionIdAndCurrencyCanBeConstrained(@ForAll("channels") Relationship relationship) {
    assertEquals(RelationshipId.of("hq-acme"), relationship.id());
    assertEquals(HQ, relationship.host());
    assertEquals(ACME, relationship.partner());
    SellThrough motion = assertInstanceOf(SellThrough.class, relationship.motion());
    motion
        .accessFee()
        .filter(AccessFee.Fixed.class::isInstance)
        .map(fee -> ((AccessFee.Fixed) fee).amount().getCurrency().getCurrencyCode())
        .ifPresent(currency -> assertEquals("USD", currency));
    for (Commitment commitment : relationship.commitments()) {
      assertTrue(relationship.parties().contains(commitment.party()));
      commitment
          .amount()
          .ifPresent(amount -> assertEquals("USD", amount.getCurrency().getCurrencyCode()));
    }
  }

  @Example
  void rejectsBadSettings() {
    RelationshipArbitrary relationships = ModelArbitraries.relationships();
    assertEquals(
        "host and partner must be different parties, both are hq",
        assertThrows(IllegalArgumentException.class, () -> relationships.between(HQ, HQ))
            .getMessage());
    assertEquals(
        "sales motions to choose from must not be empty",
        assertThrows(IllegalArgumentException.class, relationships::withMotions).getMessage());
    assertThrows(NullPointerException.class, () -> relationships.withId(null));
    assertThrows(NullPointerException.class, () -> relationships.between(null, ACME));
    assertThrows(NullPointerException.class, () -> relationships.currency(null));
  }

  private static String variant(SalesMotion motion, Relationship relationship) {
    if (motion instanceof SellWith) {
      return "sell-with";
    }
    if (motion instanceof SellTo) {
      return ((SellTo) motion).seller().equals(relationship.host())
          ? "sell-to by host"
          : "sell-to by partner";
    }
    SellThrough through = (SellThrough) motion;
    return "sell-through by "
        + (through.supplier().equals(relationship.host()) ? "host" : "partner")
        + (through.accessFee().isPresent() ? " with fee" : " without fee");
  }
}

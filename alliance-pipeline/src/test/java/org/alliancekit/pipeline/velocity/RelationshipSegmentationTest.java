package org.alliancekit.pipeline.velocity;

import static org.alliancekit.pipeline.velocity.VelocityFixtures.ACME;
import static org.alliancekit.pipeline.velocity.VelocityFixtures.HOST;
import static org.alliancekit.pipeline.velocity.VelocityFixtures.ISV;
import static org.alliancekit.pipeline.velocity.VelocityFixtures.day;
import static org.alliancekit.pipeline.velocity.VelocityFixtures.opportunity;
import static org.alliancekit.pipeline.velocity.VelocityFixtures.relationship;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.SellThrough;
import org.alliancekit.model.relationship.SellTo;
import org.alliancekit.model.relationship.SellWith;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** {@link Segmentation#byRelationships}. */
class RelationshipSegmentationTest {
  private static final PartnerId VAR = PartnerId.of("var");

  // host sells with acme and through isv (isv is the relationship's host, host its partner).
  private static final Relationship WITH_ACME =
      relationship("r-acme", HOST, ACME, SellWith.of("platform", "services", true));
  private static final Relationship THROUGH_ISV =
      relationship("r-isv", ISV, HOST, SellThrough.of(HOST, ISV));
  private static final Segmentation SEGMENTATION =
      Segmentation.byRelationships(List.of(WITH_ACME, THROUGH_ISV));

  private static Opportunity involving(Involvement... involvements) {
    boolean partnered =
        Arrays.stream(involvements).anyMatch(involvement -> !involvement.party().equals(HOST));
    return opportunity("o-1", Money.of(100, "EUR"), day(1, 1))
        .involvements(List.of(involvements))
        .origin(partnered ? Origin.PARTNER_INFLUENCED : Origin.DIRECT)
        .build();
  }

  @Test
  void noPartnerIsDirect() {
    assertEquals(Segment.DIRECT, SEGMENTATION.segmentOf(involving()));
    // The owner recording its own role is not a partner.
    assertEquals(
        Segment.DIRECT,
        SEGMENTATION.segmentOf(involving(Involvement.of(HOST, InvolvementRole.ORIGINATOR))));
  }

  @Test
  void coSellingPartnerWithASellWithRelationshipIsAlliance() {
    assertEquals(
        Segment.ALLIANCE,
        SEGMENTATION.segmentOf(involving(Involvement.of(ACME, InvolvementRole.CO_SELLER))));
  }

  @Test
  void partnerWithASellThroughRelationshipIsChannelInAnyRoleAndEitherDirection() {
    // THROUGH_ISV names isv as its host and the owner as its partner: the pair is unordered.
    for (InvolvementRole role : List.of(InvolvementRole.INFLUENCER, InvolvementRole.CO_SELLER)) {
      assertEquals(
          Segment.CHANNEL,
          SEGMENTATION.segmentOf(involving(Involvement.of(ISV, role))),
          role.name());
    }
    // Without the relationship, an influencing isv is an alliance partner.
    assertEquals(
        Segment.ALLIANCE,
        Segmentation.byRelationships(List.of(WITH_ACME))
            .segmentOf(involving(Involvement.of(ISV, InvolvementRole.INFLUENCER))));
  }

  @Test
  void resellerOrDistributorIsChannelEvenBesideACoSeller() {
    Opportunity coSoldAndResold =
        involving(
            Involvement.of(ACME, InvolvementRole.CO_SELLER),
            Involvement.of(VAR, InvolvementRole.RESELLER));
    assertEquals(Segment.CHANNEL, SEGMENTATION.segmentOf(coSoldAndResold));
    // The standard segmentation calls the same deal an alliance deal.
    assertEquals(Segment.ALLIANCE, Segmentation.standard().segmentOf(coSoldAndResold));
    assertEquals(
        Segment.CHANNEL,
        SEGMENTATION.segmentOf(involving(Involvement.of(VAR, InvolvementRole.DISTRIBUTOR))));
  }

  @Test
  void otherMotionsAndPairsWithoutTheOwnerLeaveAnAllianceDeal() {
    Segmentation segmentation =
        Segmentation.byRelationships(
            List.of(
                relationship("r-1", HOST, ACME, SellTo.of(HOST, ACME)),
                // A sell-through between two partners says nothing about the owner's deals.
                relationship("r-2", ACME, ISV, SellThrough.of(ACME, ISV))));
    assertEquals(
        Segment.ALLIANCE,
        segmentation.segmentOf(
            involving(
                Involvement.of(ACME, InvolvementRole.INFLUENCER),
                Involvement.of(ISV, InvolvementRole.DELIVERY))));
  }

  @Test
  void equalWhenTheSellThroughPairsAreEqual() {
    new EqualsTester()
        .addEqualityGroup(
            SEGMENTATION,
            Segmentation.byRelationships(List.of(THROUGH_ISV, WITH_ACME)),
            Segmentation.byRelationships(
                List.of(relationship("r-other", HOST, ISV, SellThrough.of(ISV, HOST)))))
        .addEqualityGroup(
            Segmentation.byRelationships(List.of()),
            Segmentation.byRelationships(List.of(WITH_ACME)))
        .testEquals();
    assertEquals("Segmentation.byRelationships(sell-through pairs: 1)", SEGMENTATION.toString());
  }

  @Test
  void rejectsANullRelationship() {
    List<Relationship> withNull = new ArrayList<>();
    withNull.add(null);
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> Segmentation.byRelationships(withNull));
    assertEquals("relationship", e.getMessage());
  }

  // ---- laws ----

  /**
   * Against a naive reading of the rules that scans every relationship: direct without partners,
   * channel with a reseller or distributor or a sell-through relationship between the owner and a
   * partner, alliance otherwise. The order of the relationships changes nothing.
   */
  @Property(tries = 300)
  void segmentsAsTheRulesSay(
      @ForAll("opportunities") Opportunity opportunity,
      @ForAll("relationshipLists") List<Relationship> relationships,
      @ForAll long seed) {
    List<Relationship> shuffled = new ArrayList<>(relationships);
    Collections.shuffle(shuffled, new Random(seed));
    Segmentation segmentation = Segmentation.byRelationships(relationships);
    assertEquals(segmentation, Segmentation.byRelationships(shuffled));
    assertEquals(naive(opportunity, relationships), segmentation.segmentOf(opportunity));
  }

  private static Segment naive(Opportunity opportunity, List<Relationship> relationships) {
    if (opportunity.partners().isEmpty()) {
      return Segment.DIRECT;
    }
    for (Involvement involvement : opportunity.involvements()) {
      PartnerId party = involvement.party();
      if (party.equals(opportunity.owner())) {
        continue;
      }
      if (involvement.role() == InvolvementRole.RESELLER
          || involvement.role() == InvolvementRole.DISTRIBUTOR) {
        return Segment.CHANNEL;
      }
      for (Relationship relationship : relationships) {
        if (relationship.motion() instanceof SellThrough
            && relationship.parties().equals(ImmutableSet.of(opportunity.owner(), party))) {
          return Segment.CHANNEL;
        }
      }
    }
    return Segment.ALLIANCE;
  }

  @Provide
  Arbitrary<Opportunity> opportunities() {
    return ModelArbitraries.opportunities();
  }

  /** Relationships of host with p1..p3 and between partners, every motion. */
  @Provide
  Arbitrary<List<Relationship>> relationshipLists() {
    Arbitrary<Relationship> relationships =
        Arbitraries.of(
                List.of("host", "p1"),
                List.of("host", "p2"),
                List.of("p3", "host"),
                List.of("p1", "p2"))
            .flatMap(
                pair ->
                    ModelArbitraries.relationships()
                        .between(PartnerId.of(pair.get(0)), PartnerId.of(pair.get(1))));
    return relationships.list().ofMaxSize(5);
  }
}

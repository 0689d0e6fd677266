package org.alliancekit.scoring.relationship;

import static org.alliancekit.scoring.relationship.Fixtures.ACME;
import static org.alliancekit.scoring.relationship.Fixtures.HQ;
import static org.alliancekit.scoring.relationship.Fixtures.alliance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.SellThrough;
import org.alliancekit.model.relationship.SellTo;
import org.alliancekit.model.relationship.Symmetry;
import org.junit.jupiter.api.Test;

class MotionClassifierTest {
  private static final MotionClassifier CLASSIFIER = MotionClassifier.standard();
  private static final Relationship ALLIANCE = alliance().build();

  private static RelationshipBehaviour.Builder behaviour() {
    return RelationshipBehaviour.builder();
  }

  @Test
  void leadsAnsweredByOpportunitiesMakeTheAnsweringSideAChannel() {
    // Seed rule: one side shares leads, the other shares opportunities -> the second is a channel.
    MotionClassification result =
        CLASSIFIER.classify(ALLIANCE, behaviour().hostLeads(10).partnerOpportunities(6).build());
    assertEquals(MotionKind.SELL_THROUGH, result.observed());
    assertEquals(Optional.of(ACME), result.observedChannel());
    assertEquals(
        List.of(
            "hq passes leads but no opportunities while acme shares opportunities, so acme works"
                + " hq's leads as its channel: sell-through",
            "neither side pays the other for access",
            "hq shares 10 leads and 0 opportunities with acme",
            "acme shares 0 leads and 6 opportunities with hq",
            "hq and acme work 0 opportunities jointly"),
        result.evidence());
  }

  @Test
  void allianceDeclaredButRunAsChannelIsFlaggedAsDamaging() {
    MotionClassification result =
        CLASSIFIER.classify(ALLIANCE, behaviour().hostLeads(10).partnerOpportunities(6).build());
    assertEquals(MotionKind.SELL_WITH, result.declared());
    assertTrue(result.mismatch());
    assertTrue(result.damagesAlliance());
  }

  @Test
  void partnerLeadsAnsweredByHostOpportunitiesMakeTheHostTheChannel() {
    MotionClassification result =
        CLASSIFIER.classify(ALLIANCE, behaviour().partnerLeads(3).hostOpportunities(2).build());
    assertEquals(MotionKind.SELL_THROUGH, result.observed());
    assertEquals(Optional.of(HQ), result.observedChannel());
    assertEquals(
        "acme passes leads but no opportunities while hq shares opportunities, so hq works"
            + " acme's leads as its channel: sell-through",
        result.evidence().get(0));
  }

  @Test
  void opportunitiesSharedBothWaysAndWorkedJointlyAreAnAlliance() {
    // Seed rule: both share opportunities each generates and cooperate on them -> alliance.
    MotionClassification result =
        CLASSIFIER.classify(
            ALLIANCE,
            behaviour().hostOpportunities(1).partnerOpportunities(1).jointOpportunities(1).build());
    assertEquals(MotionKind.SELL_WITH, result.observed());
    assertEquals(Optional.empty(), result.observedChannel());
    assertFalse(result.mismatch());
    assertFalse(result.damagesAlliance());
    assertEquals(
        List.of(
            "both hq and acme share opportunities from their own pipelines and work deals"
                + " jointly: sell-with",
            "neither side pays the other for access",
            "hq shares 0 leads and 1 opportunity with acme",
            "acme shares 0 leads and 1 opportunity with hq",
            "hq and acme work 1 opportunity jointly"),
        result.evidence());
  }

  @Test
  void leadsBothWaysWithOpportunitiesBothWaysAndJointWorkAreStillAnAlliance() {
    MotionClassification result =
        CLASSIFIER.classify(
            ALLIANCE,
            behaviour()
                .hostLeads(4)
                .partnerLeads(2)
                .hostOpportunities(3)
                .partnerOpportunities(5)
                .jointOpportunities(2)
                .build());
    assertEquals(MotionKind.SELL_WITH, result.observed());
  }

  @Test
  void paymentForAccessOutweighsAnAlliancePattern() {
    MotionClassification result =
        CLASSIFIER.classify(
            ALLIANCE,
            behaviour()
                .hostOpportunities(5)
                .partnerOpportunities(5)
                .jointOpportunities(5)
                .payment(AccessPayment.PARTNER_PAYS_HOST)
                .build());
    assertEquals(MotionKind.SELL_THROUGH, result.observed());
    assertEquals(Optional.of(HQ), result.observedChannel());
    assertEquals(
        List.of(
            "acme pays hq for access to its market, so hq acts as acme's channel: sell-through"
                + " (the payment outweighs the opportunities both sides share and work jointly)",
            "hq shares 0 leads and 5 opportunities with acme",
            "acme shares 0 leads and 5 opportunities with hq",
            "hq and acme work 5 opportunities jointly"),
        result.evidence());
    assertTrue(result.damagesAlliance());
  }

  @Test
  void hostPayingThePartnerMakesThePartnerTheChannel() {
    MotionClassification result =
        CLASSIFIER.classify(ALLIANCE, behaviour().payment(AccessPayment.HOST_PAYS_PARTNER).build());
    assertEquals(Optional.of(ACME), result.observedChannel());
    assertEquals(
        "hq pays acme for access to its market, so acme acts as hq's channel: sell-through",
        result.evidence().get(0));
  }

  @Test
  void noSharingAtAllIsSellTo() {
    MotionClassification result = CLASSIFIER.classify(ALLIANCE, behaviour().build());
    assertEquals(MotionKind.SELL_TO, result.observed());
    assertEquals(
        "with no payment for access, no leads answered by opportunities and no opportunities"
            + " shared both ways and worked jointly, hq and acme deal as seller and buyer: sell-to",
        result.evidence().get(0));
    assertTrue(result.damagesAlliance());
  }

  @Test
  void opportunitiesSwappedButNeverWorkedJointlyAreSellTo() {
    MotionClassification result =
        CLASSIFIER.classify(
            ALLIANCE, behaviour().hostOpportunities(4).partnerOpportunities(4).build());
    assertEquals(MotionKind.SELL_TO, result.observed());
  }

  @Test
  void oneWaySharingWithoutLeadsAnsweredIsSellTo() {
    MotionClassification result =
        CLASSIFIER.classify(
            ALLIANCE, behaviour().hostOpportunities(4).jointOpportunities(2).build());
    assertEquals(MotionKind.SELL_TO, result.observed());
  }

  @Test
  void declaredChannelOnTheOtherSideIsAMismatchThatDoesNotDamageAnAlliance() {
    Relationship channel =
        alliance().motion(SellThrough.of(HQ, ACME)).symmetry(Symmetry.ASYMMETRIC_CHANNEL).build();
    MotionClassification result =
        CLASSIFIER.classify(channel, behaviour().partnerLeads(3).hostOpportunities(2).build());
    assertEquals(MotionKind.SELL_THROUGH, result.declared());
    assertEquals(Optional.of(ACME), result.declaredChannel());
    assertEquals(Optional.of(HQ), result.observedChannel());
    assertTrue(result.mismatch());
    assertFalse(result.damagesAlliance());
  }

  @Test
  void declaredChannelThatBehavesAsOneMatches() {
    Relationship channel = alliance().motion(SellThrough.of(HQ, ACME)).build();
    MotionClassification result =
        CLASSIFIER.classify(channel, behaviour().payment(AccessPayment.HOST_PAYS_PARTNER).build());
    assertFalse(result.mismatch());
  }

  @Test
  void declaredSellToThatBehavesAsAnAllianceIsAMismatchThatDoesNotDamageIt() {
    Relationship sellTo = alliance().motion(SellTo.of(HQ, ACME)).build();
    MotionClassification result =
        CLASSIFIER.classify(
            sellTo,
            behaviour().hostOpportunities(1).partnerOpportunities(1).jointOpportunities(1).build());
    assertEquals(MotionKind.SELL_TO, result.declared());
    assertTrue(result.mismatch());
    assertFalse(result.damagesAlliance());
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(MotionClassifier.class);
    tester.testAllPublicInstanceMethods(CLASSIFIER);
  }

  @Property
  void paymentAlwaysDecidesForSellThroughWithThePayeeAsChannel(
      @ForAll("behaviours") RelationshipBehaviour behaviour) {
    MotionClassification result = CLASSIFIER.classify(ALLIANCE, behaviour);
    if (behaviour.payment() != AccessPayment.NONE) {
      assertEquals(MotionKind.SELL_THROUGH, result.observed());
      assertEquals(
          Optional.of(behaviour.payment() == AccessPayment.HOST_PAYS_PARTNER ? ACME : HQ),
          result.observedChannel());
    }
  }

  @Property
  void sellWithAlwaysRestsOnOpportunitiesBothWaysAndJointWork(
      @ForAll("behaviours") RelationshipBehaviour behaviour) {
    MotionClassification result = CLASSIFIER.classify(ALLIANCE, behaviour);
    if (result.observed() == MotionKind.SELL_WITH) {
      assertTrue(
          behaviour.hostSharesOpportunities()
              && behaviour.partnerSharesOpportunities()
              && behaviour.worksJointly()
              && behaviour.payment() == AccessPayment.NONE);
    }
    assertEquals(result.damagesAlliance(), result.observed() != MotionKind.SELL_WITH);
  }

  @net.jqwik.api.Provide
  static net.jqwik.api.Arbitrary<RelationshipBehaviour> behaviours() {
    return RelationshipBehaviourTest.behaviours();
  }
}

package org.alliancekit.scoring.relationship;

import static org.alliancekit.scoring.relationship.Fixtures.ACME;
import static org.alliancekit.scoring.relationship.Fixtures.HQ;
import static org.alliancekit.scoring.relationship.Fixtures.alliance;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.SellThrough;
import org.alliancekit.model.relationship.SellTo;
import org.alliancekit.model.relationship.Symmetry;
import org.junit.jupiter.api.Test;

/** {@link RelationshipChecks#motionMismatch}: the declared motion against the observed one. */
class MotionMismatchTest {
  private static final RelationshipChecks CHECKS = RelationshipChecks.standard();
  private static final MotionObserver OBSERVER = MotionObserver.standard();
  private static final Relationship ALLIANCE = alliance().build();

  /** Leads hq to acme 3, opportunities acme to hq 2: sell-through with channel acme (rule 3). */
  private static final MotionEvidence ACME_IS_CHANNEL = new MotionEvidence(3, 0, 0, 2, 0, 0);

  /** Opportunities both ways, co-sold: sell-with (rule 2). */
  private static final MotionEvidence CO_SOLD = new MotionEvidence(0, 0, 2, 1, 3, 0);

  private static Relationship channel(SellThrough motion) {
    return alliance().motion(motion).symmetry(Symmetry.ASYMMETRIC_CHANNEL).build();
  }

  @Test
  void anAllianceRunAsAChannelIsAMismatch() {
    Optional<Finding> finding =
        CHECKS.motionMismatch(ALLIANCE, OBSERVER.classify(ALLIANCE, ACME_IS_CHANNEL));
    Finding mismatch = finding.orElseThrow();
    assertEquals(FindingKind.MOTION_MISMATCH, mismatch.kind());
    assertEquals(Severity.MEDIUM, mismatch.severity());
    assertEquals(Optional.of(ALLIANCE.id()), mismatch.relationship());
    assertEquals(List.of(ACME, HQ), mismatch.parties().asList());
    assertEquals(
        "relationship rel-1 is declared sell-with, but its records show sell-through with channel"
            + " acme: hq shares leads but no opportunities and acme shares opportunities but no"
            + " leads; counts: leads hq to acme 3, leads acme to hq 0, opportunities hq to acme 0,"
            + " opportunities acme to hq 2, co-sold 0, acme as buyer 0",
        mismatch.message());
  }

  @Test
  void anAllianceThatCoSellsIsNoMismatch() {
    assertEquals(
        Optional.empty(), CHECKS.motionMismatch(ALLIANCE, OBSERVER.classify(ALLIANCE, CO_SOLD)));
  }

  @Test
  void anUndeterminedObservationIsNeverAMismatch() {
    Relationship sale = alliance().motion(SellTo.of(HQ, ACME)).build();
    // Two leads: 2 events < 3, undetermined, although a sale shows no leads.
    MotionObservation few = OBSERVER.classify(sale, new MotionEvidence(2, 0, 0, 0, 0, 0));
    assertEquals(ObservedMotion.UNDETERMINED, few.observed());
    assertEquals(Optional.empty(), CHECKS.motionMismatch(sale, few));
  }

  @Test
  void aChannelDeclaredTheOtherWayRoundIsAMismatch() {
    Relationship hqIsChannel = channel(SellThrough.of(ACME, HQ));
    Finding mismatch =
        CHECKS
            .motionMismatch(hqIsChannel, OBSERVER.classify(hqIsChannel, ACME_IS_CHANNEL))
            .orElseThrow();
    assertEquals(
        "relationship rel-1 is declared sell-through with channel hq, but its records show"
            + " sell-through with channel acme",
        mismatch.message().substring(0, mismatch.message().indexOf(':')));
  }

  @Test
  void aChannelDeclaredAsObservedIsNoMismatch() {
    Relationship acmeIsChannel = channel(SellThrough.of(HQ, ACME));
    assertEquals(
        Optional.empty(),
        CHECKS.motionMismatch(acmeIsChannel, OBSERVER.classify(acmeIsChannel, ACME_IS_CHANNEL)));
  }

  @Test
  void aSaleObservedAsSaleIsNoMismatchButAsAllianceIsOne() {
    Relationship sale = alliance().motion(SellTo.of(HQ, ACME)).build();
    MotionObservation buys = OBSERVER.classify(sale, new MotionEvidence(0, 0, 0, 0, 0, 4));
    assertEquals(Optional.empty(), CHECKS.motionMismatch(sale, buys));
    assertEquals(
        Optional.of(Severity.MEDIUM),
        CHECKS.motionMismatch(sale, OBSERVER.classify(sale, CO_SOLD)).map(Finding::severity));
  }

  @Test
  void rejectsAnObservationOfAnotherRelationship() {
    Relationship other = alliance().id(RelationshipId.of("rel-9")).build();
    MotionObservation observation = OBSERVER.classify(other, CO_SOLD);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> CHECKS.motionMismatch(ALLIANCE, observation));
    assertEquals(
        "observation of relationship rel-9 does not belong to relationship rel-1", e.getMessage());
  }
}

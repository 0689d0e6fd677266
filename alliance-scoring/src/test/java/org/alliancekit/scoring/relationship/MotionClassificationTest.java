package org.alliancekit.scoring.relationship;

import static org.alliancekit.scoring.relationship.Fixtures.ACME;
import static org.alliancekit.scoring.relationship.Fixtures.HQ;
import static org.alliancekit.scoring.relationship.Fixtures.REL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MotionClassificationTest {

  private static MotionClassification.Builder withAsDeclaredAndObserved() {
    return MotionClassification.builder()
        .relationship(REL)
        .declared(MotionKind.SELL_WITH)
        .observed(MotionKind.SELL_WITH)
        .addEvidence("both share opportunities");
  }

  @Test
  void sameKindWithoutChannelsMatches() {
    MotionClassification classification = withAsDeclaredAndObserved().build();
    assertFalse(classification.mismatch());
    assertFalse(classification.damagesAlliance());
  }

  @Test
  void sellThroughDeclaredForAnAllianceIsNotDamagingTheOtherWayRound() {
    MotionClassification classification =
        withAsDeclaredAndObserved().declared(MotionKind.SELL_THROUGH).declaredChannel(ACME).build();
    assertTrue(classification.mismatch());
    assertFalse(classification.damagesAlliance());
  }

  @Test
  void rejectsSellThroughObservedWithoutChannel() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> withAsDeclaredAndObserved().observed(MotionKind.SELL_THROUGH).build());
    assertEquals(
        "observed channel of relationship rel-1 must be given exactly when the observed motion is"
            + " sell-through, the motion is sell-through and the channel absent",
        e.getMessage());
  }

  @Test
  void rejectsDeclaredChannelForSellWith() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> withAsDeclaredAndObserved().declaredChannel(HQ).build());
    assertEquals(
        "declared channel of relationship rel-1 must be given exactly when the declared motion is"
            + " sell-through, the motion is sell-with and the channel hq",
        e.getMessage());
  }

  @Test
  void rejectsMissingEvidence() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> withAsDeclaredAndObserved().evidence(List.of()).build());
    assertEquals(
        "classification of relationship rel-1 must give at least one piece of evidence",
        e.getMessage());
  }

  @Test
  void rejectsBlankEvidence() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> withAsDeclaredAndObserved().addEvidence(" ").build());
    assertEquals("evidence ' ' of relationship rel-1 must not be blank", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(withAsDeclaredAndObserved().build(), withAsDeclaredAndObserved().build())
        .addEqualityGroup(withAsDeclaredAndObserved().observed(MotionKind.SELL_TO).build())
        .addEqualityGroup(withAsDeclaredAndObserved().addEvidence("more").build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(MotionClassification.class);
    tester.testAllPublicInstanceMethods(withAsDeclaredAndObserved().build());
    tester.testAllPublicInstanceMethods(MotionClassification.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(
      @ForAll("classifications") MotionClassification classification) {
    assertEquals(classification, MotionClassification.builder().from(classification).build());
  }

  @Property
  void withEvidenceRoundTrips(@ForAll("classifications") MotionClassification classification) {
    MotionClassification changed = classification.withEvidence("other");
    assertEquals(List.of("other"), changed.evidence());
    assertEquals(classification, changed.withEvidence(classification.evidence()));
  }

  @Provide
  static Arbitrary<MotionClassification> classifications() {
    return RelationshipBehaviourTest.behaviours()
        .map(b -> MotionClassifier.standard().classify(Fixtures.alliance().build(), b));
  }
}

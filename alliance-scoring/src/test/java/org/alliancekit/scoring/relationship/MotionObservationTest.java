package org.alliancekit.scoring.relationship;

import static org.alliancekit.scoring.relationship.Fixtures.ACME;
import static org.alliancekit.scoring.relationship.Fixtures.REL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.alliancekit.model.party.PartnerId;
import org.junit.jupiter.api.Test;

class MotionObservationTest {
  private static final MotionEvidence EVIDENCE = new MotionEvidence(3, 0, 0, 2, 0, 0);

  private static MotionObservation of(
      ObservedMotion observed, Optional<PartnerId> channel, String reason) {
    return new MotionObservation(REL, MotionKind.SELL_WITH, EVIDENCE, observed, channel, reason);
  }

  @Test
  void sellThroughNamesItsChannel() {
    assertEquals(
        Optional.of(ACME),
        of(ObservedMotion.SELL_THROUGH, Optional.of(ACME), "channel acme").channel());
  }

  @Test
  void rejectsAChannelMissingOrOutOfPlace() {
    IllegalArgumentException missing =
        assertThrows(
            IllegalArgumentException.class,
            () -> of(ObservedMotion.SELL_THROUGH, Optional.empty(), "why"));
    assertEquals(
        "channel of relationship rel-1 must be given exactly when the observed motion is"
            + " sell-through, the motion is sell-through and the channel absent",
        missing.getMessage());
    IllegalArgumentException extra =
        assertThrows(
            IllegalArgumentException.class,
            () -> of(ObservedMotion.UNDETERMINED, Optional.of(ACME), "why"));
    assertEquals(
        "channel of relationship rel-1 must be given exactly when the observed motion is"
            + " sell-through, the motion is undetermined and the channel acme",
        extra.getMessage());
  }

  @Test
  void rejectsABlankReason() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> of(ObservedMotion.SELL_WITH, Optional.empty(), " "));
    assertEquals("reason ' ' of relationship rel-1 must not be blank", e.getMessage());
  }

  @Test
  void rejectsNulls() {
    assertThrows(
        NullPointerException.class,
        () ->
            new MotionObservation(
                REL, null, EVIDENCE, ObservedMotion.SELL_WITH, Optional.empty(), "r"));
    assertThrows(
        NullPointerException.class,
        () ->
            new MotionObservation(
                REL, MotionKind.SELL_TO, null, ObservedMotion.SELL_WITH, Optional.empty(), "r"));
  }
}

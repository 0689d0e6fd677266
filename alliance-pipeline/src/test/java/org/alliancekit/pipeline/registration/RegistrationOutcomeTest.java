package org.alliancekit.pipeline.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.RegistrationId;
import org.junit.jupiter.api.Test;

class RegistrationOutcomeTest {
  private static final RegistrationId R1 = RegistrationId.of("r-1");
  private static final RegistrationId R2 = RegistrationId.of("r-2");

  private static RegistrationOutcome outcome(
      Decision decision, DecisionReason reason, Optional<RegistrationId> competitor) {
    return new RegistrationOutcome(
        R2,
        OpportunityId.of("o-1"),
        PartnerId.of("globex"),
        decision,
        reason,
        "globex lost",
        competitor);
  }

  @Test
  void decisionFollowsTheReason() {
    // In declaration order: UNCONTESTED, FIRST_TO_REGISTER, PROTECTION_LAPSED, CONFLICT,
    // DUPLICATE, SUPERSEDED, EXPIRED, REJECTED_BY_PROGRAMME, AWAITING_APPROVAL.
    assertEquals(
        List.of(
            Decision.APPROVED,
            Decision.APPROVED,
            Decision.APPROVED,
            Decision.REJECTED,
            Decision.REJECTED,
            Decision.REJECTED,
            Decision.EXPIRED,
            Decision.REJECTED,
            Decision.PENDING),
        Arrays.stream(DecisionReason.values()).map(Decision::of).toList());
  }

  @Test
  void acceptsAConsistentOutcome() {
    RegistrationOutcome outcome =
        outcome(Decision.REJECTED, DecisionReason.CONFLICT, Optional.of(R1));
    assertEquals(Optional.of(R1), outcome.competitor());
  }

  @Test
  void rejectsADecisionTheReasonDoesNotLeadTo() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> outcome(Decision.APPROVED, DecisionReason.CONFLICT, Optional.of(R1)));
    assertEquals(
        "registration r-2 is APPROVED, but its reason CONFLICT leads to REJECTED", e.getMessage());
  }

  @Test
  void rejectsAConflictWithoutCompetitor() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> outcome(Decision.REJECTED, DecisionReason.CONFLICT, Optional.empty()));
    assertEquals(
        "registration r-2 is decided for CONFLICT, so it must name the competing registration",
        e.getMessage());
  }

  @Test
  void rejectsItselfAsCompetitor() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> outcome(Decision.REJECTED, DecisionReason.DUPLICATE, Optional.of(R2)));
    assertEquals("registration r-2 must not name itself as its competitor", e.getMessage());
  }

  @Test
  void rejectsBlankMessage() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new RegistrationOutcome(
                    R1,
                    OpportunityId.of("o-1"),
                    PartnerId.of("acme"),
                    Decision.EXPIRED,
                    DecisionReason.EXPIRED,
                    " ",
                    Optional.empty()));
    assertEquals("message of the decision on registration r-1 must not be blank", e.getMessage());
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicConstructors(RegistrationOutcome.class);
    tester.testAllPublicStaticMethods(Decision.class);
  }
}

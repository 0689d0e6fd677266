package org.alliancekit.pipeline.registration;

import static org.alliancekit.pipeline.registration.Fixtures.AS_OF;
import static org.alliancekit.pipeline.registration.Fixtures.O1;
import static org.alliancekit.pipeline.registration.Fixtures.pending;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.Arrays;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RegistrationDecisionTest {
  private static final RegistrationClaim ACME = pending(O1, "acme", AS_OF.minusDays(3));
  private static final RegistrationClaim GLOBEX = pending(O1, "globex", AS_OF);

  private static RegistrationDecision.Builder uncontested() {
    return RegistrationDecision.builder()
        .claim(ACME)
        .reason(DecisionReason.UNCONTESTED)
        .message("acme holds it")
        .validUntil(AS_OF.plusDays(60));
  }

  @Test
  void verdictFollowsTheReason() {
    assertTrue(uncontested().build().isGranted());
    RegistrationDecision waiting = uncontested().reason(DecisionReason.AWAITING_APPROVAL).build();
    assertEquals(Verdict.WAITING, waiting.verdict());
    assertFalse(waiting.isGranted());
    assertEquals(
        List.of(
            Verdict.GRANTED,
            Verdict.GRANTED,
            Verdict.GRANTED,
            Verdict.DENIED,
            Verdict.DENIED,
            Verdict.DENIED,
            Verdict.DENIED,
            Verdict.DENIED,
            Verdict.WAITING),
        Arrays.stream(DecisionReason.values()).map(DecisionReason::verdict).toList());
  }

  @Test
  void rejectsConflictWithoutCompetitor() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> uncontested().claim(GLOBEX).reason(DecisionReason.CONFLICT).build());
    assertEquals("a CONFLICT decision must name the competing claim", e.getMessage());
  }

  @Test
  void rejectsBlankMessage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> uncontested().message(" ").build());
    assertEquals("decision message for UNCONTESTED must not be blank", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(uncontested().build(), uncontested().build())
        .addEqualityGroup(uncontested().message("other").build())
        .addEqualityGroup(
            uncontested().claim(GLOBEX).reason(DecisionReason.CONFLICT).competitor(ACME).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(RegistrationDecision.class);
    tester.testAllPublicInstanceMethods(uncontested().build());
    tester.testAllPublicInstanceMethods(RegistrationDecision.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("decisions") RegistrationDecision decision) {
    assertEquals(decision, RegistrationDecision.builder().from(decision).build());
  }

  @Property
  void withMessageRoundTrips(@ForAll("decisions") RegistrationDecision decision) {
    RegistrationDecision other = decision.withMessage("changed");
    assertEquals("changed", other.message());
    assertEquals(decision, other.withMessage(decision.message()));
  }

  @Provide
  Arbitrary<RegistrationDecision> decisions() {
    return Arbitraries.of(DecisionReason.class)
        .flatMap(
            reason ->
                Arbitraries.strings()
                    .alpha()
                    .ofMinLength(1)
                    .ofMaxLength(20)
                    .map(
                        message ->
                            uncontested()
                                .claim(GLOBEX)
                                .reason(reason)
                                .message(message)
                                .competitor(ACME)
                                .build()));
  }
}

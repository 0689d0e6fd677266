package org.alliancekit.pipeline.registration;

import static org.alliancekit.pipeline.registration.Fixtures.A1;
import static org.alliancekit.pipeline.registration.Fixtures.AS_OF;
import static org.alliancekit.pipeline.registration.Fixtures.O1;
import static org.alliancekit.pipeline.registration.Fixtures.pending;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RegistrationDecisionsTest {
  private static final RegistrationClaim ACME = pending(O1, "acme", AS_OF);
  private static final RegistrationClaim GLOBEX = pending(O1, "globex", AS_OF);

  private static RegistrationDecision granted(RegistrationClaim claim) {
    return RegistrationDecision.builder()
        .claim(claim)
        .reason(DecisionReason.UNCONTESTED)
        .message(claim.party() + " holds it")
        .validUntil(AS_OF)
        .build();
  }

  @Test
  void findsHolderPerTarget() {
    RegistrationDecisions decisions =
        RegistrationDecisions.builder().asOf(AS_OF).addDecisions(granted(ACME)).build();
    assertEquals(Optional.of(ACME), decisions.holder(O1));
    assertEquals(Optional.empty(), decisions.holder(A1));
    assertEquals(List.of(), decisions.decisionsFor(A1));
  }

  @Test
  void rejectsTwoGrantedClaimsOnOneTarget() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                RegistrationDecisions.builder()
                    .asOf(AS_OF)
                    .addDecisions(granted(ACME), granted(GLOBEX))
                    .build());
    assertEquals("opportunity o-1 is granted to more than one claim", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            RegistrationDecisions.builder().asOf(AS_OF).build(),
            RegistrationDecisions.builder().asOf(AS_OF).build())
        .addEqualityGroup(RegistrationDecisions.builder().asOf(AS_OF.plusDays(1)).build())
        .addEqualityGroup(
            RegistrationDecisions.builder().asOf(AS_OF).addDecisions(granted(ACME)).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(RegistrationDecisions.class);
    tester.testAllPublicInstanceMethods(RegistrationDecisions.builder().asOf(AS_OF).build());
    tester.testAllPublicInstanceMethods(RegistrationDecisions.builder());
  }

  @Property(tries = 100)
  void copyThroughBuilderFromIsEqual(@ForAll("decisions") RegistrationDecisions decisions) {
    assertEquals(decisions, RegistrationDecisions.builder().from(decisions).build());
  }

  @Property(tries = 100)
  void withAsOfRoundTrips(@ForAll("decisions") RegistrationDecisions decisions) {
    RegistrationDecisions later = decisions.withAsOf(AS_OF.plusDays(7));
    assertEquals(AS_OF.plusDays(7), later.asOf());
    assertEquals(decisions, later.withAsOf(decisions.asOf()));
  }

  @Provide
  Arbitrary<RegistrationDecisions> decisions() {
    return Fixtures.claims()
        .list()
        .ofMaxSize(6)
        .flatMap(
            claims ->
                Fixtures.rules().map(rules -> RegistrationDesk.with(rules).decide(claims, AS_OF)));
  }
}

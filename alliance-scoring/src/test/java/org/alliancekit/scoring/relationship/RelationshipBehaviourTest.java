package org.alliancekit.scoring.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RelationshipBehaviourTest {

  @Test
  void countsDefaultToZeroAndPaymentToNone() {
    RelationshipBehaviour nothing = RelationshipBehaviour.builder().build();
    assertEquals(0, nothing.hostLeads());
    assertEquals(0, nothing.partnerOpportunities());
    assertEquals(0, nothing.jointOpportunities());
    assertEquals(AccessPayment.NONE, nothing.payment());
    assertFalse(nothing.hostSharesLeads());
    assertFalse(nothing.worksJointly());
  }

  @Test
  void positiveCountsMeanSharing() {
    RelationshipBehaviour behaviour =
        RelationshipBehaviour.builder()
            .hostLeads(1)
            .hostOpportunities(2)
            .partnerLeads(3)
            .partnerOpportunities(4)
            .jointOpportunities(5)
            .build();
    assertTrue(behaviour.hostSharesLeads());
    assertTrue(behaviour.hostSharesOpportunities());
    assertTrue(behaviour.partnerSharesLeads());
    assertTrue(behaviour.partnerSharesOpportunities());
    assertTrue(behaviour.worksJointly());
  }

  @Test
  void rejectsNegativeCount() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RelationshipBehaviour.builder().partnerOpportunities(-2).build());
    assertEquals("partner opportunities -2 must not be negative", e.getMessage());
  }

  @Test
  void rejectsNegativeJointCountOnCopy() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RelationshipBehaviour.builder().build().withJointOpportunities(-1));
    assertEquals("joint opportunities -1 must not be negative", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            RelationshipBehaviour.builder().build(),
            RelationshipBehaviour.builder().hostLeads(0).payment(AccessPayment.NONE).build())
        .addEqualityGroup(RelationshipBehaviour.builder().hostLeads(1).build())
        .addEqualityGroup(RelationshipBehaviour.builder().partnerLeads(1).build())
        .addEqualityGroup(
            RelationshipBehaviour.builder().payment(AccessPayment.HOST_PAYS_PARTNER).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(RelationshipBehaviour.class);
    tester.testAllPublicInstanceMethods(RelationshipBehaviour.builder().hostLeads(3).build());
    tester.testAllPublicInstanceMethods(RelationshipBehaviour.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("behaviours") RelationshipBehaviour behaviour) {
    assertEquals(behaviour, RelationshipBehaviour.builder().from(behaviour).build());
  }

  @Property
  void withPaymentRoundTrips(@ForAll("behaviours") RelationshipBehaviour behaviour) {
    RelationshipBehaviour paid = behaviour.withPayment(AccessPayment.PARTNER_PAYS_HOST);
    assertEquals(AccessPayment.PARTNER_PAYS_HOST, paid.payment());
    assertEquals(behaviour, paid.withPayment(behaviour.payment()));
  }

  @Provide
  static Arbitrary<RelationshipBehaviour> behaviours() {
    Arbitrary<Integer> counts =
        Arbitraries.oneOf(Arbitraries.just(0), Arbitraries.integers().between(0, 50));
    return Combinators.combine(
            counts, counts, counts, counts, counts, Arbitraries.of(AccessPayment.class))
        .as(
            (hostLeads, hostOpportunities, partnerLeads, partnerOpportunities, joint, payment) ->
                RelationshipBehaviour.builder()
                    .hostLeads(hostLeads)
                    .hostOpportunities(hostOpportunities)
                    .partnerLeads(partnerLeads)
                    .partnerOpportunities(partnerOpportunities)
                    .jointOpportunities(joint)
                    .payment(payment)
                    .build());
  }
}

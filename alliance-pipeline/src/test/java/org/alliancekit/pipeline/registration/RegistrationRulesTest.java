package org.alliancekit.pipeline.registration;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import java.util.OptionalInt;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RegistrationRulesTest {

  @Test
  void defaultsAreNinetyDaysProtectedThroughoutWithApproval() {
    RegistrationRules rules = RegistrationRules.standard();
    assertEquals(90, rules.validityDays());
    assertEquals(OptionalInt.empty(), rules.protectionDays());
    assertTrue(rules.approvalRequired());
    assertEquals(120, RegistrationRules.validFor(120).validityDays());
  }

  @Test
  void rejectsValidityShorterThanADay() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> RegistrationRules.validFor(0));
    assertEquals("registration validity of 0 days must be at least 1 day", e.getMessage());
  }

  @Test
  void rejectsProtectionWindowLongerThanTheValidity() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RegistrationRules.builder().validityDays(60).protectionDays(90).build());
    assertEquals("protection window of 90 days is longer than the 60-day validity", e.getMessage());
  }

  @Test
  void rejectsEmptyProtectionWindow() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RegistrationRules.builder().protectionDays(0).build());
    assertEquals("protection window of 0 days must be at least 1 day", e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(RegistrationRules.standard(), RegistrationRules.validFor(90))
        .addEqualityGroup(RegistrationRules.validFor(30))
        .addEqualityGroup(RegistrationRules.builder().protectionDays(30).build())
        .addEqualityGroup(RegistrationRules.builder().approvalRequired(false).build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(RegistrationRules.class);
    tester.testAllPublicInstanceMethods(RegistrationRules.standard());
    tester.testAllPublicInstanceMethods(RegistrationRules.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("rules") RegistrationRules rules) {
    assertEquals(rules, RegistrationRules.builder().from(rules).build());
  }

  @Property
  void withApprovalRequiredRoundTrips(@ForAll("rules") RegistrationRules rules) {
    RegistrationRules flipped = rules.withApprovalRequired(!rules.approvalRequired());
    assertEquals(!rules.approvalRequired(), flipped.approvalRequired());
    assertEquals(rules, flipped.withApprovalRequired(rules.approvalRequired()));
  }

  @Provide
  Arbitrary<RegistrationRules> rules() {
    return Fixtures.rules();
  }
}

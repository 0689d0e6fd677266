package org.alliancekit.pipeline.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class SharingPolicyTest {
  private static final RecordPolicy PSEUDONYMOUS_ACCOUNTS =
      RecordPolicy.of(Visibility.FULL).with(SharedField.ACCOUNT, FieldTreatment.PSEUDONYMISE);

  @Test
  void opportunitiesAndLeadsHaveSeparatePolicies() {
    SharingPolicy channel =
        SharingPolicy.of(RecordPolicy.of(Visibility.COUNTS_ONLY), RecordPolicy.full());
    assertEquals(Visibility.COUNTS_ONLY, channel.opportunities().visibility());
    assertEquals(Visibility.FULL, channel.leads().visibility());
  }

  @Test
  void presetsShowNothingOrEverything() {
    assertEquals(RecordPolicy.nothing(), SharingPolicy.nothing().opportunities());
    assertEquals(RecordPolicy.nothing(), SharingPolicy.nothing().leads());
    assertEquals(RecordPolicy.full(), SharingPolicy.full().opportunities());
    assertEquals(RecordPolicy.full(), SharingPolicy.full().leads());
  }

  @Test
  void pseudonymisesWhenEitherRecordPolicyDoes() {
    assertFalse(SharingPolicy.full().pseudonymises());
    assertTrue(SharingPolicy.of(PSEUDONYMOUS_ACCOUNTS, RecordPolicy.nothing()).pseudonymises());
    assertTrue(SharingPolicy.of(RecordPolicy.nothing(), PSEUDONYMOUS_ACCOUNTS).pseudonymises());
  }

  @Test
  void missingRecordPolicyIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () -> SharingPolicy.builder().opportunities(RecordPolicy.full()).build());
    assertTrue(e.getMessage().contains("leads"), e.getMessage());
  }

  @Test
  void equalityIsByBothRecordPolicies() {
    new EqualsTester()
        .addEqualityGroup(
            SharingPolicy.full(), SharingPolicy.of(RecordPolicy.full(), RecordPolicy.full()))
        .addEqualityGroup(SharingPolicy.nothing())
        .addEqualityGroup(SharingPolicy.of(RecordPolicy.full(), RecordPolicy.nothing()))
        .addEqualityGroup(SharingPolicy.of(RecordPolicy.nothing(), RecordPolicy.full()))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(SharingPolicy.class);
    tester.testAllPublicInstanceMethods(SharingPolicy.full());
    tester.testAllPublicInstanceMethods(SharingPolicy.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("policies") SharingPolicy policy) {
    assertEquals(policy, SharingPolicy.builder().from(policy).build());
  }

  @Property
  void withLeadsRoundTrips(@ForAll("policies") SharingPolicy policy) {
    SharingPolicy changed = policy.withLeads(PSEUDONYMOUS_ACCOUNTS);
    assertEquals(PSEUDONYMOUS_ACCOUNTS, changed.leads());
    assertEquals(policy, changed.withLeads(policy.leads()));
  }

  @Provide
  Arbitrary<SharingPolicy> policies() {
    return Fixtures.sharingPolicies();
  }
}

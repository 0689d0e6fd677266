package org.alliancekit.pipeline.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class RecordPolicyTest {

  @Test
  void fieldsNotGivenAreHidden() {
    RecordPolicy policy = RecordPolicy.of(Visibility.FULL);
    for (SharedField field : SharedField.values()) {
      assertEquals(FieldTreatment.HIDE, policy.treatment(field), field.name());
    }
    assertEquals(ImmutableList.copyOf(SharedField.values()), policy.treatments().keySet().asList());
  }

  @Test
  void withChangesOneFieldOnly() {
    RecordPolicy policy =
        RecordPolicy.of(Visibility.OVERLAPPING_ACCOUNTS)
            .with(SharedField.AMOUNT, FieldTreatment.SHOW)
            .with(SharedField.ACCOUNT, FieldTreatment.PSEUDONYMISE)
            .with(SharedField.AMOUNT, FieldTreatment.HIDE);
    assertEquals(FieldTreatment.HIDE, policy.treatment(SharedField.AMOUNT));
    assertEquals(FieldTreatment.PSEUDONYMISE, policy.treatment(SharedField.ACCOUNT));
    assertEquals(FieldTreatment.HIDE, policy.treatment(SharedField.NAME));
    assertEquals(Visibility.OVERLAPPING_ACCOUNTS, policy.visibility());
  }

  @Test
  void fullShowsEveryField() {
    RecordPolicy full = RecordPolicy.full();
    assertEquals(Visibility.FULL, full.visibility());
    for (SharedField field : SharedField.values()) {
      assertEquals(FieldTreatment.SHOW, full.treatment(field), field.name());
    }
    assertEquals(Visibility.NOTHING, RecordPolicy.nothing().visibility());
  }

  @Test
  void pseudonymisesOnlyWhenRecordsAreShown() {
    RecordPolicy counts =
        RecordPolicy.of(Visibility.COUNTS_ONLY).with(SharedField.ID, FieldTreatment.PSEUDONYMISE);
    assertFalse(counts.pseudonymises());
    assertTrue(counts.withVisibility(Visibility.OVERLAPPING_ACCOUNTS).pseudonymises());
    assertFalse(RecordPolicy.full().pseudonymises());
  }

  @Test
  void rejectsAFieldGivenTwiceToTheBuilder() {
    RecordPolicy.Builder builder =
        RecordPolicy.builder()
            .visibility(Visibility.FULL)
            .putTreatment(SharedField.AMOUNT, FieldTreatment.SHOW)
            .putTreatment(SharedField.AMOUNT, FieldTreatment.HIDE);
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, builder::build);
    assertTrue(e.getMessage().startsWith("Multiple entries with same key: AMOUNT"), e.getMessage());
  }

  @Test
  void equalityIsByVisibilityAndTreatmentOfEveryField() {
    new EqualsTester()
        .addEqualityGroup(
            RecordPolicy.of(Visibility.FULL),
            RecordPolicy.of(Visibility.FULL).with(SharedField.NAME, FieldTreatment.HIDE),
            RecordPolicy.builder()
                .visibility(Visibility.FULL)
                .putTreatment(SharedField.AMOUNT, FieldTreatment.HIDE)
                .build())
        .addEqualityGroup(RecordPolicy.of(Visibility.COUNTS_ONLY))
        .addEqualityGroup(
            RecordPolicy.of(Visibility.FULL).with(SharedField.NAME, FieldTreatment.SHOW),
            RecordPolicy.builder()
                .visibility(Visibility.FULL)
                .putTreatment(SharedField.NAME, FieldTreatment.SHOW)
                .build())
        .addEqualityGroup(
            RecordPolicy.of(Visibility.FULL).with(SharedField.NAME, FieldTreatment.PSEUDONYMISE))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(RecordPolicy.class);
    tester.testAllPublicInstanceMethods(RecordPolicy.full());
    tester.testAllPublicInstanceMethods(RecordPolicy.builder());
  }

  @Property
  void copyThroughBuilderFromIsEqual(@ForAll("policies") RecordPolicy policy) {
    assertEquals(policy, RecordPolicy.builder().from(policy).build());
  }

  @Property
  void withVisibilityRoundTrips(@ForAll("policies") RecordPolicy policy) {
    RecordPolicy nothing = policy.withVisibility(Visibility.NOTHING);
    assertEquals(Visibility.NOTHING, nothing.visibility());
    assertEquals(policy.treatments(), nothing.treatments());
    assertEquals(policy, nothing.withVisibility(policy.visibility()));
  }

  @Provide
  Arbitrary<RecordPolicy> policies() {
    return Fixtures.recordPolicies();
  }
}

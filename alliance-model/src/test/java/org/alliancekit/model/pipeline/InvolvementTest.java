package org.alliancekit.model.pipeline;

import static org.alliancekit.model.pipeline.Fixtures.ACME;
import static org.alliancekit.model.pipeline.Fixtures.ISV;
import static org.alliancekit.model.pipeline.Fixtures.JAN_10;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.google.common.testing.EqualsTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class InvolvementTest {

  @Test
  void ofWithoutDateHasNoStart() {
    Involvement involvement = Involvement.of(ACME, InvolvementRole.CO_SELLER);
    assertEquals(ACME, involvement.party());
    assertEquals(InvolvementRole.CO_SELLER, involvement.role());
    assertEquals(Optional.empty(), involvement.since());
  }

  @Test
  void ofWithDateRecordsTheStart() {
    assertEquals(
        Optional.of(JAN_10), Involvement.of(ACME, InvolvementRole.RESELLER, JAN_10).since());
  }

  @Test
  void rolesAreTheDocumentedEight() {
    assertEquals(
        "[ORIGINATOR, CO_SELLER, RESELLER, DISTRIBUTOR, INFLUENCER, DELIVERY, "
            + "TECHNOLOGY_PROVIDER, REFERRER]",
        java.util.Arrays.toString(InvolvementRole.values()));
  }

  @Test
  void equalityIsByPartyRoleAndStart() {
    new EqualsTester()
        .addEqualityGroup(
            Involvement.of(ACME, InvolvementRole.CO_SELLER),
            Involvement.of(ACME, InvolvementRole.CO_SELLER))
        .addEqualityGroup(Involvement.of(ISV, InvolvementRole.CO_SELLER))
        .addEqualityGroup(Involvement.of(ACME, InvolvementRole.ORIGINATOR))
        .addEqualityGroup(Involvement.of(ACME, InvolvementRole.CO_SELLER, JAN_10))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Involvement.class);
    Fixtures.nullPointerTester()
        .testAllPublicInstanceMethods(Involvement.of(ACME, InvolvementRole.CO_SELLER, JAN_10));
  }
}

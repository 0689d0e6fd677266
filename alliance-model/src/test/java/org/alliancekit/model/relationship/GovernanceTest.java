package org.alliancekit.model.relationship;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class GovernanceTest {

  @Test
  void noneHasNobody() {
    Governance none = Governance.none();
    assertEquals(Optional.empty(), none.hostSponsor());
    assertEquals(Optional.empty(), none.partnerSponsor());
    assertEquals(Optional.empty(), none.hostAllianceManager());
    assertEquals(Optional.empty(), none.partnerAllianceManager());
    assertFalse(none.hasSponsorOnBothSides());
    assertFalse(none.hasAllianceManagerOnBothSides());
  }

  @Test
  void sponsorOnBothSidesNeedsBothSponsors() {
    Governance hostOnly = Governance.builder().hostSponsor("Ann Lee").build();
    assertFalse(hostOnly.hasSponsorOnBothSides());
    assertTrue(hostOnly.withPartnerSponsor("Raj Patel").hasSponsorOnBothSides());
    assertFalse(hostOnly.withPartnerSponsor("Raj Patel").hasAllianceManagerOnBothSides());
  }

  @Test
  void partnerSideAloneIsNotBothSides() {
    Governance partnerSide =
        Governance.builder().partnerSponsor("Raj Patel").partnerAllianceManager("Mia Chen").build();
    assertFalse(partnerSide.hasSponsorOnBothSides());
    assertFalse(partnerSide.hasAllianceManagerOnBothSides());
  }

  @Test
  void hostAllianceManagerAloneIsNotBothSides() {
    Governance hostOnly = Governance.builder().hostAllianceManager("Tom Ruiz").build();
    assertFalse(hostOnly.hasAllianceManagerOnBothSides());
    assertTrue(hostOnly.withPartnerAllianceManager("Mia Chen").hasAllianceManagerOnBothSides());
  }

  @Test
  void allianceManagerOnBothSidesNeedsBothManagers() {
    Governance partnerOnly = Governance.builder().partnerAllianceManager("Mia Chen").build();
    assertFalse(partnerOnly.hasAllianceManagerOnBothSides());
    Governance both = partnerOnly.withHostAllianceManager("Tom Ruiz");
    assertTrue(both.hasAllianceManagerOnBothSides());
    assertFalse(both.hasSponsorOnBothSides());
  }

  @Test
  void rejectsBlankHostSponsor() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Governance.builder().hostSponsor("  ").build());
    assertEquals("host sponsor '  ' must not be blank", e.getMessage());
  }

  @Test
  void rejectsBlankPartnerSponsor() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Governance.none().withPartnerSponsor(""));
    assertEquals("partner sponsor '' must not be blank", e.getMessage());
  }

  @Test
  void rejectsControlCharactersInHostAllianceManager() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Governance.builder().hostAllianceManager("Tom\nRuiz").build());
    assertEquals(
        "host alliance manager 'Tom?Ruiz' must not contain control characters", e.getMessage());
  }

  @Test
  void rejectsOverlongPartnerAllianceManager() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Governance.builder().partnerAllianceManager("x".repeat(257)).build());
    assertEquals(
        "partner alliance manager of length 257 is longer than the 256 characters allowed",
        e.getMessage());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(Governance.none(), Governance.builder().build())
        .addEqualityGroup(Governance.builder().hostSponsor("Ann").build())
        .addEqualityGroup(Governance.builder().partnerSponsor("Ann").build())
        .addEqualityGroup(Governance.builder().hostAllianceManager("Ann").build())
        .addEqualityGroup(Governance.builder().partnerAllianceManager("Ann").build())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Governance.class);
    tester.testAllPublicInstanceMethods(Governance.builder().hostSponsor("Ann").build());
    tester.testAllPublicInstanceMethods(Governance.builder());
  }
}

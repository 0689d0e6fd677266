package org.alliancekit.model.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;

class OriginTest {

  @Test
  void everyOriginButDirectInvolvesAPartner() {
    assertFalse(Origin.DIRECT.involvesPartner());
    assertTrue(Origin.PARTNER_SOURCED.involvesPartner());
    assertTrue(Origin.PARTNER_INFLUENCED.involvesPartner());
    assertTrue(Origin.REFERRED_TO_PARTNER.involvesPartner());
  }

  @Test
  void closedVocabulariesHaveTheDocumentedConstantsInOrder() {
    assertEquals(
        "[DIRECT, PARTNER_SOURCED, PARTNER_INFLUENCED, REFERRED_TO_PARTNER]",
        Arrays.toString(Origin.values()));
    assertEquals(
        "[PENDING, APPROVED, REJECTED, EXPIRED]", Arrays.toString(RegistrationStatus.values()));
    assertEquals("[NEW, ACCEPTED, REJECTED, CONVERTED]", Arrays.toString(LeadStatus.values()));
    assertEquals(
        "[RESALE, JOINT_GO_TO_MARKET, PLATFORM, SERVICES]",
        Arrays.toString(ContributionKind.values()));
    assertEquals("[OPEN, WON, LOST]", Arrays.toString(StageKind.values()));
    assertEquals("[OPEN, WON, LOST]", Arrays.toString(Outcome.values()));
  }
}

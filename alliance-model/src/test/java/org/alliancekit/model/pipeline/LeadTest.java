package org.alliancekit.model.pipeline;

import static org.alliancekit.model.pipeline.Fixtures.ACME;
import static org.alliancekit.model.pipeline.Fixtures.HOST;
import static org.alliancekit.model.pipeline.Fixtures.ISV;
import static org.alliancekit.model.pipeline.Fixtures.JAN_10;
import static org.alliancekit.model.pipeline.Fixtures.lead;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import com.google.common.testing.EqualsTester;
import java.util.Optional;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.junit.jupiter.api.Test;

class LeadTest {
  private static final OpportunityId O_1 = OpportunityId.of("o-1");

  @Test
  void newLeadByDefault() {
    Lead lead = lead("l-1").build();
    assertEquals(LeadStatus.NEW, lead.status());
    assertEquals(Optional.empty(), lead.convertedOpportunity());
    assertEquals(ImmutableSet.of(HOST), lead.sharedWith());
    assertEquals(ACME, lead.source());
  }

  @Test
  void missingAttributeIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class, () -> Lead.builder().id(LeadId.of("l-1")).build());
    assertTrue(e.getMessage().contains("source"), e.getMessage());
    assertTrue(e.getMessage().contains("received"), e.getMessage());
  }

  @Test
  void convertedToSetsStatusAndOpportunity() {
    Lead converted = lead("l-1").status(LeadStatus.ACCEPTED).build().convertedTo(O_1);
    assertEquals(LeadStatus.CONVERTED, converted.status());
    assertEquals(Optional.of(O_1), converted.convertedOpportunity());
    assertEquals(lead("l-1").build().sharedWith(), converted.sharedWith());
  }

  @Test
  void rejectsConvertedLeadWithoutOpportunity() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> lead("l-1").status(LeadStatus.CONVERTED).build());
    assertEquals(
        "lead l-1 is CONVERTED, so it must name the opportunity it became", e.getMessage());
  }

  @Test
  void rejectsOpportunityOnLeadThatIsNotConverted() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> lead("l-1").status(LeadStatus.ACCEPTED).convertedOpportunity(O_1).build());
    assertEquals(
        "lead l-1 is ACCEPTED, so it must not name a converted opportunity (o-1)", e.getMessage());
  }

  @Test
  void rejectsOpportunityOnNewLead() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> lead("l-1").build().withConvertedOpportunity(O_1));
    assertEquals(
        "lead l-1 is NEW, so it must not name a converted opportunity (o-1)", e.getMessage());
  }

  @Test
  void rejectsLeadSharedWithItsOwnSource() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> lead("l-1").addSharedWith(ACME).build());
    assertEquals("lead l-1 is shared with its own source acme", e.getMessage());
  }

  @Test
  void mayBeSharedWithNobodyYet() {
    Lead lead = Lead.builder().from(lead("l-1").build()).sharedWith(ImmutableSet.of()).build();
    assertEquals(ImmutableSet.of(), lead.sharedWith());
  }

  @Test
  void equalityIsByEveryAttribute() {
    new EqualsTester()
        .addEqualityGroup(lead("l-1").build(), lead("l-1").build())
        .addEqualityGroup(lead("l-2").build())
        .addEqualityGroup(lead("l-1").account(Account.of(AccountId.of("a-2"), "Contoso")).build())
        .addEqualityGroup(lead("l-1").source(ISV).build())
        .addEqualityGroup(lead("l-1").received(JAN_10.plusDays(1)).build())
        .addEqualityGroup(lead("l-1").addSharedWith(ISV).build())
        .addEqualityGroup(lead("l-1").status(LeadStatus.REJECTED).build())
        .addEqualityGroup(lead("l-1").build().convertedTo(O_1))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Lead.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(lead("l-1").build());
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(Lead.builder());
  }
}

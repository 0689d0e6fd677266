package org.alliancekit.model.pipeline;

import static org.alliancekit.model.pipeline.Fixtures.lead;
import static org.alliancekit.model.pipeline.Fixtures.opportunity;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class CoSellFieldsTest {

  @Test
  void annualAmountMultipliesByPeriodsInAYear() {
    assertEquals(
        Money.of(60_000, "USD"),
        ExpectedSpend.of(Money.of(5_000, "USD"), SpendFrequency.MONTHLY).annualAmount());
    assertEquals(
        Money.of(10_000.40, "EUR"),
        ExpectedSpend.of(Money.of(2_500.10, "EUR"), SpendFrequency.QUARTERLY).annualAmount());
    assertEquals(
        Money.of(7, "JPY"),
        ExpectedSpend.of(Money.of(7, "JPY"), SpendFrequency.ANNUAL).annualAmount());
  }

  @Test
  void expectedSpendRefusesNegativeAmountAndBlankTarget() {
    IllegalArgumentException negative =
        assertThrows(
            IllegalArgumentException.class,
            () -> ExpectedSpend.of(Money.of(-1, "USD"), SpendFrequency.MONTHLY));
    assertTrue(negative.getMessage().contains("expected spend amount"), negative.getMessage());
    IllegalArgumentException blank =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ExpectedSpend.builder()
                    .amount(Money.of(1, "USD"))
                    .frequency(SpendFrequency.MONTHLY)
                    .target(" ")
                    .build());
    assertTrue(blank.getMessage().contains("expected spend target"), blank.getMessage());
  }

  @Test
  void opportunityCarriesCoSellFields() {
    Opportunity opportunity =
        opportunity("o-1")
            .reviewStatus(ReviewStatus.SUBMITTED)
            .referralStatus(ReferralSubStatus.ACCEPTED)
            .customerNeed("Claims take 40 days.\nThey want 5.")
            .addExpectedSpend(ExpectedSpend.of(Money.of(1_000, "USD"), SpendFrequency.MONTHLY))
            .externalId("O1234567")
            .addContacts(Contact.builder().name("Ada Byron").role("Decision Maker").build())
            .build();
    assertEquals(ReferralStatus.ACTIVE, opportunity.referralStatus().orElseThrow().status());
    assertTrue(opportunity.contactConsent());
    assertEquals("Decision Maker", opportunity.contacts().get(0).role().orElseThrow());
  }

  @Test
  void withoutConsentARecordHoldsNoContacts() {
    IllegalArgumentException onOpportunity =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                opportunity("o-1")
                    .contactConsent(false)
                    .addContacts(Contact.of("Ada Byron"))
                    .build());
    assertTrue(onOpportunity.getMessage().contains("o-1"), onOpportunity.getMessage());
    assertTrue(onOpportunity.getMessage().contains("consent"), onOpportunity.getMessage());
    IllegalArgumentException onLead =
        assertThrows(
            IllegalArgumentException.class,
            () -> lead("l-1").contactConsent(false).addContacts(Contact.of("Ada Byron")).build());
    assertTrue(onLead.getMessage().contains("l-1"), onLead.getMessage());
    assertFalse(lead("l-2").contactConsent(false).build().contactConsent());
  }

  @Test
  void customerNeedMaySpanLinesButNotHoldOtherControlCharacters() {
    assertEquals(
        "line one\r\n\tline two",
        opportunity("o-1").customerNeed("line one\r\n\tline two").build().customerNeed().get());
    IllegalArgumentException bell =
        assertThrows(
            IllegalArgumentException.class,
            () -> opportunity("o-1").customerNeed("ring\u0007").build());
    assertTrue(bell.getMessage().contains("customer need"), bell.getMessage());
    IllegalArgumentException tooLong =
        assertThrows(
            IllegalArgumentException.class,
            () -> opportunity("o-1").customerNeed("x".repeat(10_001)).build());
    assertTrue(tooLong.getMessage().contains("10000"), tooLong.getMessage());
  }

  @Test
  void leadCarriesReferralFields() {
    Lead lead =
        lead("l-1")
            .title("Data platform")
            .referralStatus(ReferralSubStatus.PENDING)
            .estimatedValue(Money.of(80_000, "EUR"))
            .expectedClose(LocalDate.of(2025, 3, 31))
            .externalId("ref-9")
            .build();
    assertEquals(ReferralStatus.NEW, lead.referralStatus().orElseThrow().status());
    IllegalArgumentException negative =
        assertThrows(
            IllegalArgumentException.class,
            () -> lead("l-1").estimatedValue(Money.of(-5, "EUR")).build());
    assertTrue(
        negative.getMessage().contains("estimated value of lead l-1"), negative.getMessage());
  }

  @Test
  void externalIdFollowsTheIdRule() {
    IllegalArgumentException padded =
        assertThrows(
            IllegalArgumentException.class, () -> opportunity("o-1").externalId(" x").build());
    assertTrue(padded.getMessage().contains("external id"), padded.getMessage());
  }
}

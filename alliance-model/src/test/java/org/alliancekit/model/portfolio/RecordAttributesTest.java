package org.alliancekit.model.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import org.alliancekit.model.party.Competency;
import org.alliancekit.model.party.CompetencyLevel;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Contribution;
import org.alliancekit.model.pipeline.ContributionKind;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.SellWith;
import org.alliancekit.model.relationship.Symmetry;
import org.junit.jupiter.api.Test;

/** The attributes a CRM record carries beyond the first model: each checked on construction. */
class RecordAttributesTest {
  private static final PartnerId AWS = PartnerId.of("aws");
  private static final PartnerId ACME = PartnerId.of("acme");

  @Test
  void aPartnersFiscalYearStartsInJanuaryUnlessGiven() {
    Partner.Builder acme = Partner.builder().id(ACME).name("Acme").addKinds(PartnerKind.ISV);
    assertEquals(Month.JANUARY, acme.build().fiscalYearStartMonth());
    assertEquals(Month.JULY, acme.fiscalYearStartMonth(Month.JULY).build().fiscalYearStartMonth());
  }

  @Test
  void aCompetencyIsValidFromItsFirstDayToItsLast() {
    Competency competency =
        Competency.of("Migration", CompetencyLevel.EXPERT, AWS, LocalDate.of(2026, 12, 31))
            .withValidFrom(LocalDate.of(2026, 1, 1));
    assertFalse(competency.isValidOn(LocalDate.of(2025, 12, 31)));
    assertTrue(competency.isValidOn(LocalDate.of(2026, 1, 1)));
    assertTrue(competency.isValidOn(LocalDate.of(2026, 12, 31)));
    assertFalse(competency.isValidOn(LocalDate.of(2027, 1, 1)));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> competency.withValidFrom(LocalDate.of(2027, 1, 1)));
    assertEquals(
        "competency Migration expires on 2026-12-31, before it is valid from 2027-01-01",
        e.getMessage());
  }

  @Test
  void aRelationshipCannotBeReviewedBeforeItStarts() {
    Relationship.Builder relationship =
        Relationship.builder()
            .id(RelationshipId.of("r1"))
            .host(PartnerId.of("host"))
            .partner(ACME)
            .motion(SellWith.of("host", "partner", true))
            .symmetry(Symmetry.SYMMETRIC_ALLIANCE)
            .formality(Formality.quidProQuo(Period.ofMonths(6)))
            .start(LocalDate.of(2024, 1, 1));
    assertEquals(
        LocalDate.of(2024, 1, 1),
        relationship.lastReview(LocalDate.of(2024, 1, 1)).build().lastReview().orElseThrow());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> relationship.lastReview(LocalDate.of(2023, 12, 31)).build());
    assertEquals(
        "relationship r1 was last reviewed on 2023-12-31, before it started on 2024-01-01",
        e.getMessage());
  }

  @Test
  void onlyAResellerHasAMarginFromZeroToAHundredPercent() {
    Contribution resale = Contribution.of(ACME, ContributionKind.RESALE);
    assertEquals(
        new BigDecimal("12.5"),
        resale.withMarginPercent(new BigDecimal("12.5")).marginPercent().orElseThrow());
    assertEquals(
        "contribution of acme has a margin of 100.5%, outside 0 to 100",
        assertThrows(
                IllegalArgumentException.class,
                () -> resale.withMarginPercent(new BigDecimal("100.5")))
            .getMessage());
    assertEquals(
        "contribution of acme has a margin of 10%, but only a reseller (RESALE) has one",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    Contribution.of(ACME, ContributionKind.SERVICES)
                        .withMarginPercent(BigDecimal.TEN))
            .getMessage());
  }
}

package org.alliancekit.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.alliancekit.model.assessment.Anchor;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.CompanySize;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.DealRegistration;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Pipeline;
import org.alliancekit.model.pipeline.PipelineOwner;
import org.alliancekit.model.pipeline.RegistrationStatus;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.relationship.AccessFee;
import org.alliancekit.model.relationship.Commitment;
import org.alliancekit.model.relationship.CommitmentStrength;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.ResourceKind;
import org.alliancekit.model.venture.JointVenture;
import org.alliancekit.model.venture.JointVentureId;
import org.alliancekit.model.venture.Ownership;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Hostile input for the model's factories and builders: each is refused at once with an {@link
 * IllegalArgumentException} that names the field and the value, or accepted as the value it is.
 * Never a hang, never a {@link NullPointerException} from the model's own code.
 */
class BadInputCatalogueTest {
  private static final Duration QUICKLY = Duration.ofSeconds(5);
  private static final PartnerId ACME = PartnerId.of("acme");
  private static final PartnerId GLOBEX = PartnerId.of("globex");
  private static final BigDecimal TINY = new BigDecimal("1E-999999999");
  private static final BigDecimal HUGE = new BigDecimal("1E+999999999");

  /** Asserts that the call fails quickly with an IllegalArgumentException naming each fragment. */
  private static void rejects(Executable call, String... fragments) {
    IllegalArgumentException e =
        assertTimeoutPreemptively(
            QUICKLY, () -> assertThrows(IllegalArgumentException.class, call));
    for (String fragment : fragments) {
      assertTrue(
          e.getMessage().contains(fragment),
          () -> "message '" + e.getMessage() + "' does not name '" + fragment + "'");
    }
    assertTrue(e.getMessage().length() < 1_000, () -> "message of " + e.getMessage().length());
  }

  private static Partner.Builder partner(String name) {
    return Partner.builder().id(ACME).name(name).addKinds(PartnerKind.ISV);
  }

  @Test
  void namesThatAreBlankTooLongOrHoldControlCharactersAreRefusedNamingTheField() {
    rejects(() -> partner("").build(), "partner name", "blank");
    rejects(() -> partner(" \t").build(), "partner name");
    rejects(() -> partner("bell\u0007").build(), "partner name", "'bell?'", "control");
    rejects(() -> partner("nul\u0000x").build(), "partner name", "control");
    rejects(() -> partner("line\nbreak").build(), "partner name", "control");
    rejects(() -> partner("next\u0085line").build(), "partner name", "control");
    rejects(() -> partner("x".repeat(257)).build(), "partner name", "257");
    // A huge name with a control character is refused for its length, not copied into the message.
    rejects(() -> partner("x".repeat(5_000_000) + "\u0000").build(), "5000001");
  }

  @Test
  void htmlAndSpreadsheetFormulaPayloadsAreKeptAsTheTextTheyAre() {
    for (String name :
        List.of(
            "<script>alert(1)</script>",
            "=cmd|' /C calc'!A0",
            "+SUM(1,2)",
            "-2+3",
            "@SUM(A1)",
            "'=quoted",
            "Ünïcødé 株式会社 🚀")) {
      assertEquals(name, partner(name).build().name());
    }
  }

  @Test
  void idsAndCodesThatAreMalformedAreRefusedNamingTheValue() {
    rejects(() -> PartnerId.of(""), "partner id");
    rejects(() -> PartnerId.of(" acme"), "partner id", "whitespace");
    rejects(() -> PartnerId.of("ac\u0000me"), "partner id", "control");
    rejects(() -> PartnerId.of("i".repeat(1_000)), "partner id", "1000");
    rejects(() -> CountryCode.of("ZZZ"), "'ZZZ'");
    rejects(() -> CountryCode.of("de"), "'de'");
    rejects(() -> CountryCode.parse("<b>"), "<B>");
    rejects(() -> RatingScale.parse("A..E"), "A..E");
  }

  @Test
  void nanAndInfiniteDoublesAreRefused() {
    rejects(() -> Rating.of("Co1", Double.NaN), "rating value NaN", "Co1");
    rejects(() -> Rating.of("Co1", Double.POSITIVE_INFINITY), "Infinity", "Co1");
    rejects(() -> RatingScale.numeric(Double.NaN, 5), "min NaN");
    rejects(() -> RatingScale.numeric(0, Double.NEGATIVE_INFINITY), "-Infinity");
    rejects(() -> RatingScale.numeric(5, 5), "5");
    rejects(() -> RatingScale.numeric(10, 0), "10");
    rejects(() -> Anchor.of("Largely", Double.NaN), "anchor fraction", "NaN");
    rejects(() -> Stage.open("Proposal", Double.NaN), "probability NaN", "Proposal");
    rejects(() -> Stage.open("Proposal", 1.5), "probability 1.5", "Proposal");
    rejects(() -> Stage.open("Proposal", -0.1), "probability -0.1", "Proposal");
  }

  private static Assessment.Builder assessment() {
    return Assessment.builder()
        .id(AssessmentId.of("a1"))
        .relationship(RelationshipId.of("r1"))
        .catalog(FactorCatalogs.allianceSalesScorecard())
        .scale(RatingScale.zeroToTen())
        .assessor(Assessor.of("Dana Reyes", "Alliance manager"))
        .side(Side.HOST)
        .date(LocalDate.of(2026, 3, 31));
  }

  @Test
  void ratingsOffTheScaleUnknownFactorsAndRepeatedFactorsAreRefused() {
    rejects(() -> assessment().addRatings(Rating.of("Co1", 11)).build(), "11", "Co1", "0..10");
    rejects(() -> assessment().addRatings(Rating.of("Co1", -1)).build(), "-1", "Co1");
    rejects(() -> assessment().addRatings(Rating.of("ZZ9", 1)).build(), "ZZ9", "not in catalog");
    rejects(
        () -> assessment().addRatings(Rating.of("Co1", 1), Rating.of("Co1", 2)).build(),
        "Co1",
        "more than once");
    assertEquals(0.0, Rating.of("Co1", -0.0).value().getAsDouble());
  }

  private static Opportunity.Builder opportunity(String id) {
    return Opportunity.builder()
        .id(OpportunityId.of(id))
        .account(Account.of(AccountId.of("n"), "Northwind"))
        .name("Claims")
        .amount(Money.of(1, "EUR"))
        .stage(Stage.open("Qualified", 0.3))
        .created(LocalDate.of(2026, 1, 10))
        .expectedClose(LocalDate.of(2026, 6, 30))
        .owner(ACME)
        .origin(Origin.DIRECT);
  }

  @Test
  void datesOutOfOrderAreRefusedNamingBothDates() {
    rejects(
        () -> opportunity("o1").expectedClose(LocalDate.of(2025, 12, 31)).build(),
        "o1",
        "2025-12-31",
        "2026-01-10");
    rejects(
        () ->
            DealRegistration.builder()
                .registeringParty(ACME)
                .submitted(LocalDate.of(2026, 2, 1))
                .decided(LocalDate.of(2026, 1, 1))
                .status(RegistrationStatus.APPROVED)
                .build(),
        "2026-01-01",
        "2026-02-01");
    rejects(
        () ->
            Pipeline.builder()
                .owner(PipelineOwner.party(ACME))
                .asOf(LocalDate.of(2025, 1, 1))
                .addOpportunities(opportunity("o1").build())
                .build(),
        "o1",
        "2025-01-01");
  }

  @Test
  void duplicatedIdsAreRefusedNamingTheId() {
    rejects(
        () ->
            Pipeline.builder()
                .owner(PipelineOwner.party(ACME))
                .asOf(LocalDate.of(2026, 6, 1))
                .addOpportunities(opportunity("o1").build(), opportunity("o1").name("B").build())
                .build(),
        "o1",
        "more than once");
    rejects(
        () ->
            JointVenture.builder()
                .id(JointVentureId.of("jv"))
                .name("JV")
                .addOwners(
                    Ownership.of(ACME, new BigDecimal("0.5")),
                    Ownership.of(ACME, new BigDecimal("0.5")))
                .build(),
        "acme",
        "more than once");
    rejects(() -> Problem.atRow(-1, "k", ProblemKind.DUPLICATE, "x"), "-1");
  }

  @Test
  void negativeAmountsAreRefusedNamingTheAmount() {
    rejects(() -> opportunity("o1").amount(Money.of(-5, "EUR")).build(), "o1", "-5");
    rejects(() -> CompanySize.of(-1), "-1");
    rejects(() -> CompanySize.of(10, Money.of(-1, "USD")), "annual revenue", "-1");
    rejects(() -> AccessFee.fixed(Money.of(0, "EUR")), "fixed access fee");
  }

  @Test
  void decimalsWithAbsurdExponentsAreRefusedAtOnceInsteadOfExpanded() {
    // Each of these is a few bytes long but a billion digits once added up or written plainly.
    rejects(() -> Ownership.of(ACME, TINY), "share of owner acme", "1E-999999999", "100 digits");
    rejects(() -> Ownership.of(ACME, HUGE), "1E+999999999");
    rejects(() -> AccessFee.marginPercent(TINY), "access fee margin percent", "1E-999999999");
    rejects(
        () ->
            Commitment.builder()
                .party(ACME)
                .resource(ResourceKind.PEOPLE)
                .quantity(TINY)
                .strength(CommitmentStrength.INTENT)
                .build(),
        "commitment quantity",
        "1E-999999999");
    rejects(
        () -> opportunity("o1").amount(Money.of(TINY, "EUR")).build(),
        "amount of opportunity o1",
        "EUR",
        "1E-999999999");
    rejects(() -> CompanySize.of(1, Money.of(HUGE, "EUR")), "annual revenue", "1E+999999999");
    // A hundred digits on either side are still fine.
    BigDecimal wide = new BigDecimal("0." + "3".repeat(100));
    assertEquals(wide, Ownership.of(GLOBEX, wide).share());
  }

  @Test
  void sharesThatDoNotAddUpOrTooFewOwnersAreRefused() {
    rejects(
        () ->
            JointVenture.builder()
                .id(JointVentureId.of("jv-1"))
                .name("JV")
                .addOwners(
                    Ownership.of(ACME, new BigDecimal("0.6")),
                    Ownership.of(GLOBEX, new BigDecimal("0.3")))
                .build(),
        "jv-1",
        "0.9");
    rejects(
        () ->
            JointVenture.builder()
                .id(JointVentureId.of("jv-2"))
                .name("JV")
                .addOwners(Ownership.of(ACME, BigDecimal.ONE))
                .build(),
        "jv-2",
        "two owners");
  }

  @Test
  void emptyCollectionsWhereOneIsNeededAreRefused() {
    rejects(() -> Partner.builder().id(ACME).name("Acme").build(), "acme");
    assertTrue(FactorCatalogs.byName("NO_SUCH_CATALOG").isEmpty());
  }
}

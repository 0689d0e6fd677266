package org.alliancekit.io;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.reflect.TypeToken;
import com.google.common.testing.NullPointerTester;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import java.time.Period;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.alliancekit.model.assessment.Anchor;
import org.alliancekit.model.assessment.AnchoredScale;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.NumericScale;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.batch.BatchResult;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.batch.ProblemLocation;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.factor.SuccessFactor;
import org.alliancekit.model.marketing.BudgetId;
import org.alliancekit.model.marketing.Campaign;
import org.alliancekit.model.marketing.CampaignId;
import org.alliancekit.model.marketing.CampaignKind;
import org.alliancekit.model.marketing.ClaimStatus;
import org.alliancekit.model.marketing.FundClaim;
import org.alliancekit.model.marketing.FundClaimId;
import org.alliancekit.model.marketing.FundRequest;
import org.alliancekit.model.marketing.FundRequestId;
import org.alliancekit.model.marketing.FundStatus;
import org.alliancekit.model.marketing.MarketingBudget;
import org.alliancekit.model.marketing.MindShareSurvey;
import org.alliancekit.model.marketing.RespondentId;
import org.alliancekit.model.marketing.SurveyAnswer;
import org.alliancekit.model.marketing.SurveyId;
import org.alliancekit.model.marketing.SurveyTeam;
import org.alliancekit.model.money.ExchangeRate;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.network.NetworkId;
import org.alliancekit.model.network.NetworkType;
import org.alliancekit.model.network.PartnerNetwork;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.CompanySize;
import org.alliancekit.model.party.Competency;
import org.alliancekit.model.party.CompetencyLevel;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Contact;
import org.alliancekit.model.pipeline.Contribution;
import org.alliancekit.model.pipeline.ContributionKind;
import org.alliancekit.model.pipeline.DealRegistration;
import org.alliancekit.model.pipeline.ExpectedSpend;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Pipeline;
import org.alliancekit.model.pipeline.PipelineOwner;
import org.alliancekit.model.pipeline.ReferralSubStatus;
import org.alliancekit.model.pipeline.Registration;
import org.alliancekit.model.pipeline.RegistrationId;
import org.alliancekit.model.pipeline.RegistrationStatus;
import org.alliancekit.model.pipeline.ReviewStatus;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.pipeline.SolutionId;
import org.alliancekit.model.pipeline.SpendFrequency;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.pipeline.StageModels;
import org.alliancekit.model.planning.BusinessPlan;
import org.alliancekit.model.planning.Objective;
import org.alliancekit.model.planning.ObjectiveId;
import org.alliancekit.model.planning.PlanId;
import org.alliancekit.model.planning.PlanMetric;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.portfolio.RecordProblem;
import org.alliancekit.model.portfolio.Section;
import org.alliancekit.model.programme.Incentive;
import org.alliancekit.model.programme.IncentiveKind;
import org.alliancekit.model.programme.PartnerTier;
import org.alliancekit.model.programme.ProgrammeTier;
import org.alliancekit.model.programme.SolutionNeed;
import org.alliancekit.model.relationship.AccessFee;
import org.alliancekit.model.relationship.Commitment;
import org.alliancekit.model.relationship.CommitmentStrength;
import org.alliancekit.model.relationship.Exclusivity;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.FormalityKind;
import org.alliancekit.model.relationship.Governance;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.ResourceKind;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.alliancekit.model.relationship.SellThrough;
import org.alliancekit.model.relationship.SellTo;
import org.alliancekit.model.relationship.SellWith;
import org.alliancekit.model.relationship.Symmetry;
import org.alliancekit.model.venture.JointVenture;
import org.alliancekit.model.venture.JointVentureId;
import org.alliancekit.model.venture.Ownership;
import org.javamoney.moneta.Money;

/** Rich, fixed examples of every model type, and shared test helpers. */
public final class Samples {
  public static final PartnerId HOST = PartnerId.of("hq");
  public static final PartnerId ACME = PartnerId.of("acme");
  public static final PartnerId GLOBEX = PartnerId.of("globex");
  public static final CurrencyUnit EUR = Monetary.getCurrency("EUR");
  public static final CurrencyUnit GBP = Monetary.getCurrency("GBP");
  public static final CurrencyUnit USD = Monetary.getCurrency("USD");

  /** Names a hostile input might carry; all are valid model names. */
  public static final ImmutableList<String> HOSTILE_NAMES =
      ImmutableList.of(
          "<script>alert(1)</script>",
          "=cmd|' /C calc'!A0",
          "+SUM(1,2)",
          "-2+3",
          "@SUM(A1)",
          "'=already quoted",
          "Comma, \"Quote\" & Co",
          "Ünïcødé 株式会社 🚀",
          "back\\slash");

  private Samples() {}

  public static MonetaryAmount eur(String amount) {
    return Money.of(new BigDecimal(amount), "EUR");
  }

  public static Account account() {
    return Account.builder()
        .id(AccountId.of("northwind"))
        .name("Northwind Traders")
        .country(CountryCode.of("GB"))
        .industry("Retail")
        .segment("enterprise")
        .build();
  }

  public static Partner partner() {
    return Partner.builder()
        .id(ACME)
        .name("Acme Integration")
        .addKinds(PartnerKind.SYSTEMS_INTEGRATOR, PartnerKind.RESELLER)
        .headquarters(CountryCode.of("DE"))
        .addRegions("EMEA", "DACH")
        .size(CompanySize.of(1_200, eur("250000000.50")))
        .addCompetencies(
            Competency.of(
                "Cloud Migration", CompetencyLevel.EXPERT, HOST, LocalDate.of(2027, 6, 30)),
            Competency.of("Data", CompetencyLevel.FOUNDATION, GLOBEX)
                .withValidFrom(LocalDate.of(2025, 3, 1)))
        .addSegments("mid-market")
        .fiscalYearStartMonth(Month.JULY)
        .build();
  }

  public static Partner plainPartner(PartnerId id, String name) {
    return Partner.builder().id(id).name(name).addKinds(PartnerKind.ISV).build();
  }

  public static Relationship sellWith() {
    return Relationship.builder()
        .id(RelationshipId.of("rel-acme"))
        .host(HOST)
        .partner(ACME)
        .motion(SellWith.of("platform", "implementation", false))
        .symmetry(Symmetry.SYMMETRIC_ALLIANCE)
        .formality(Formality.quidProQuo(Period.ofYears(2)))
        .exclusivity(
            Exclusivity.builder()
                .addTerritories("DE", "AT")
                .addProducts("Claims")
                .price(eur("50000"))
                .build())
        .addCommitments(
            Commitment.builder()
                .party(ACME)
                .resource(ResourceKind.PEOPLE)
                .quantity(new BigDecimal("2.50"))
                .strength(CommitmentStrength.INTENT)
                .periodStart(LocalDate.of(2024, 1, 1))
                .periodEnd(LocalDate.of(2024, 12, 31))
                .build(),
            Commitment.builder()
                .party(HOST)
                .resource(ResourceKind.FUNDING)
                .amount(eur("75000.00"))
                .strength(CommitmentStrength.COMMITMENT)
                .build())
        .governance(
            Governance.builder().hostSponsor("Dana Reyes").partnerAllianceManager("Li Wei").build())
        .start(LocalDate.of(2024, 1, 15))
        .lastReview(LocalDate.of(2025, 11, 3))
        .build();
  }

  public static Relationship sellThrough() {
    return Relationship.builder()
        .id(RelationshipId.of("rel-globex"))
        .host(HOST)
        .partner(GLOBEX)
        .motion(SellThrough.of(GLOBEX, HOST, AccessFee.marginPercent(new BigDecimal("20.0"))))
        .symmetry(Symmetry.ASYMMETRIC_CHANNEL)
        .formality(Formality.contract(Period.ofYears(1)))
        .start(LocalDate.of(2023, 7, 1))
        .build();
  }

  public static Relationship sellTo() {
    return Relationship.builder()
        .id(RelationshipId.of("rel-initech"))
        .host(HOST)
        .partner(PartnerId.of("initech"))
        .motion(SellTo.of(HOST, PartnerId.of("initech")))
        .symmetry(Symmetry.ASYMMETRIC_CHANNEL)
        .formality(Formality.informal())
        .start(LocalDate.of(2025, 2, 28))
        .build();
  }

  public static Relationship fixedFee() {
    return sellThrough()
        .withId(RelationshipId.of("rel-fee"))
        .withMotion(SellThrough.of(HOST, GLOBEX, AccessFee.fixed(eur("1200.00"))));
  }

  public static JointVenture jointVenture() {
    return JointVenture.builder()
        .id(JointVentureId.of("jv-1"))
        .name("Acme Globex Cloud")
        .addOwners(
            Ownership.of(ACME, new BigDecimal("0.60")), Ownership.of(GLOBEX, new BigDecimal("0.4")))
        .founded(LocalDate.of(2022, 3, 1))
        .build();
  }

  public static PartnerNetwork network() {
    return PartnerNetwork.builder()
        .id(NetworkId.of("net-1"))
        .name("Cloud Partner Circle")
        .type(NetworkType.VENDOR_DRIVEN)
        .organizer(HOST)
        .addMembers(ACME, GLOBEX)
        .addFocus("cloud migration", "retail")
        .build();
  }

  public static FactorCatalog customCatalog() {
    return FactorCatalog.of(
        "PARTNER_HEALTH",
        SuccessFactor.of("H1", "Joint pipeline reviewed monthly", FactorCategory.OPERATIONAL),
        SuccessFactor.of(
            "H2", "Named executive sponsor", FactorCategory.STRATEGIC, "A sponsor on each side"));
  }

  public static Assessment assessment() {
    return Assessment.builder()
        .id(AssessmentId.of("acme-2026-h1-host"))
        .relationship(RelationshipId.of("rel-acme"))
        .catalog(FactorCatalogs.allianceSalesScorecard())
        .scale(RatingScale.zeroToTen())
        .assessor(Assessor.of("Dana Reyes", "Alliance manager"))
        .side(Side.HOST)
        .date(LocalDate.of(2026, 3, 31))
        .addRatings(
            Rating.of("Co1", 7).withEvidence("Shared forecast reviewed monthly"),
            Rating.of("S25", 9.5),
            Rating.unknown("O45"))
        .build();
  }

  public static Assessment anchoredAssessment() {
    return Assessment.builder()
        .id(AssessmentId.of("health-1"))
        .relationship(RelationshipId.of("rel-globex"))
        .catalog(customCatalog())
        .scale(
            RatingScale.anchored(Anchor.of("No", 0), Anchor.of("Partly", 0.5), Anchor.of("Yes", 1)))
        .assessor(Assessor.of("Li Wei", "Partner manager"))
        .side(Side.PARTNER)
        .date(LocalDate.of(2026, 4, 1))
        .addRatings(Rating.of("H1", 50), Rating.of("H2", 100))
        .build();
  }

  /** A registration of the sample opportunity by Globex, competing with Acme's. */
  public static Registration registration() {
    return Registration.of(
        RegistrationId.of("reg-1"),
        OpportunityId.of("o-1"),
        DealRegistration.pending(GLOBEX, LocalDate.of(2026, 1, 12))
            .withExpires(LocalDate.of(2026, 4, 12)));
  }

  /** Alliance revenue of the sample relationship in the second half of 2025. */
  public static PeriodRevenue revenue() {
    return PeriodRevenue.of(
        RelationshipId.of("rel-acme"), RevenuePeriod.half(2025, 2), eur("410000.00"));
  }

  /** A programme tier with every rule. */
  public static ProgrammeTier gold() {
    return ProgrammeTier.builder()
        .name("Gold")
        .rank(2)
        .minWonRevenue(Money.of(new BigDecimal("500000.00"), "GBP"))
        .minCompetencies(2)
        .addRequiredCompetencies("Data & AI", "Cloud Migration")
        .minScore(new BigDecimal("0.6"))
        .build();
  }

  /** The lowest tier, with no rule but a zero minimum. */
  public static ProgrammeTier registered() {
    return ProgrammeTier.builder()
        .name("Registered")
        .rank(1)
        .minWonRevenue(Money.of(0, "GBP"))
        .build();
  }

  /** A rebate for Gold partners. */
  public static Incentive rebate() {
    return Incentive.builder()
        .programme("Growth rebate")
        .kind(IncentiveKind.REBATE)
        .tier("Gold")
        .ratePercent(new BigDecimal("2.5"))
        .threshold(Money.of(new BigDecimal("100000.00"), "GBP"))
        .build();
  }

  /** A referral fee for every tier. */
  public static Incentive referralFee() {
    return Incentive.builder()
        .programme("Referral fee")
        .kind(IncentiveKind.REFERRAL_FEE)
        .ratePercent(new BigDecimal("10"))
        .build();
  }

  /** A portfolio holding one record of each kind. */
  public static AlliancePortfolio portfolio() {
    return AlliancePortfolio.builder()
        .host(HOST)
        .addPartners(plainPartner(HOST, "Host"), partner(), plainPartner(GLOBEX, "Globex"))
        .addAccounts(account())
        .addRelationships(sellWith())
        .addAssessments(assessment())
        .addOpportunities(opportunity().withClosedLostReason("Budget moved"))
        .addLeads(lead())
        .addSolutions(opportunity().solution().orElseThrow())
        .addRegistrations(registration())
        .addVentures(jointVenture())
        .addNetworks(network())
        .addRevenues(revenue())
        .addTiers(gold(), registered())
        .addPartnerTiers(PartnerTier.of(ACME, "Gold"))
        .addIncentives(rebate(), referralFee())
        .addSolutionNeeds(SolutionNeed.of(SolutionId.of("claims-on-cloud"), "Data & AI"))
        .addPlans(plan())
        .addBudgets(budget())
        .addFundRequests(fundRequest())
        .addFundClaims(fundClaim())
        .addCampaigns(campaign())
        .addSurveys(survey())
        .rates(rates())
        .build();
  }

  /** A joint business plan of rel-acme for 2026 with a monetary, a joint and a named objective. */
  public static BusinessPlan plan() {
    return BusinessPlan.builder()
        .id(PlanId.of("jbp-2026"))
        .relationship(RelationshipId.of("rel-acme"))
        .periodStart(LocalDate.of(2026, 1, 1))
        .periodEnd(LocalDate.of(2026, 12, 31))
        .addObjectives(
            Objective.builder()
                .id(ObjectiveId.of("won"))
                .metric(PlanMetric.WON_REVENUE)
                .target(new BigDecimal("1500000.50"))
                .currency(EUR)
                .build(),
            Objective.builder()
                .id(ObjectiveId.of("leads"))
                .metric(PlanMetric.LEADS_SHARED)
                .party(ACME)
                .target(new BigDecimal("40"))
                .build())
        .build();
  }

  /** The host's EUR 50,000 contribution to rel-acme's marketing budget for 2026. */
  public static MarketingBudget budget() {
    return MarketingBudget.builder()
        .id(BudgetId.of("b-hq-2026"))
        .relationship(RelationshipId.of("rel-acme"))
        .party(HOST)
        .fiscalYear(2026)
        .amount(eur("50000.00"))
        .build();
  }

  /** An approved request from the sample budget for the sample campaign. */
  public static FundRequest fundRequest() {
    return FundRequest.builder()
        .id(FundRequestId.of("fr-1"))
        .budget(BudgetId.of("b-hq-2026"))
        .campaign(CampaignId.of("c-push"))
        .date(LocalDate.of(2026, 2, 1))
        .amount(eur("12000.00"))
        .status(FundStatus.APPROVED)
        .build();
  }

  /** A paid claim against the sample request. */
  public static FundClaim fundClaim() {
    return FundClaim.builder()
        .id(FundClaimId.of("fc-1"))
        .request(FundRequestId.of("fr-1"))
        .date(LocalDate.of(2026, 4, 15))
        .amount(eur("11500.25"))
        .status(ClaimStatus.PAID)
        .build();
  }

  /** A push campaign of rel-acme that produced the sample lead and opportunity. */
  public static Campaign campaign() {
    return Campaign.builder()
        .id(CampaignId.of("c-push"))
        .relationship(RelationshipId.of("rel-acme"))
        .name("Field enablement, spring")
        .kind(CampaignKind.PUSH)
        .start(LocalDate.of(2026, 2, 1))
        .end(LocalDate.of(2026, 3, 31))
        .cost(eur("12000.00"))
        .addLeads(LeadId.of("l-1"))
        .addOpportunities(OpportunityId.of("o-1"))
        .build();
  }

  /** A mind-share survey of acme's people with two respondents. */
  public static MindShareSurvey survey() {
    NumericScale scale = new NumericScale(1, 5);
    return MindShareSurvey.builder()
        .id(SurveyId.of("s-2026-h1"))
        .relationship(RelationshipId.of("rel-acme"))
        .date(LocalDate.of(2026, 5, 1))
        .addAnswers(
            SurveyAnswer.of(
                RespondentId.of("r-1"),
                SurveyTeam.CUSTOMER_FACING,
                "Account executive",
                "awareness",
                4,
                scale),
            SurveyAnswer.of(
                RespondentId.of("r-2"),
                SurveyTeam.TECHNICAL,
                "Solution architect",
                "willingness to recommend",
                3.5,
                scale))
        .build();
  }

  public static Opportunity opportunity() {
    Stage committed = StageModels.coSell().get("Committed");
    return Opportunity.builder()
        .id(OpportunityId.of("o-1"))
        .account(account())
        .name("Claims platform")
        .amount(eur("250000.00"))
        .stage(committed)
        .created(LocalDate.of(2026, 1, 10))
        .expectedClose(LocalDate.of(2026, 6, 30))
        .owner(HOST)
        .addInvolvements(
            Involvement.of(ACME, InvolvementRole.ORIGINATOR, LocalDate.of(2026, 1, 10)),
            Involvement.of(ACME, InvolvementRole.CO_SELLER),
            Involvement.of(GLOBEX, InvolvementRole.RESELLER))
        .origin(Origin.PARTNER_SOURCED)
        .solution(
            Solution.of(
                SolutionId.of("claims-on-cloud"),
                "Claims on Cloud",
                Contribution.of(ACME, ContributionKind.SERVICES),
                Contribution.of(
                        GLOBEX, ContributionKind.RESALE, ContributionKind.JOINT_GO_TO_MARKET)
                    .withMarginPercent(new BigDecimal("12.5"))))
        .registration(
            DealRegistration.builder()
                .registeringParty(ACME)
                .submitted(LocalDate.of(2026, 1, 11))
                .decided(LocalDate.of(2026, 1, 15))
                .expires(LocalDate.of(2026, 7, 15))
                .status(RegistrationStatus.APPROVED)
                .build())
        .addStageHistory(
            StageChange.of(LocalDate.of(2026, 1, 10), StageModels.coSell().get("Prospect")),
            StageChange.of(LocalDate.of(2026, 3, 2), committed))
        .nextStep("Security review on 12 May")
        .build();
  }

  /** The sample opportunity as shared through a co-sell programme, with every co-sell field. */
  public static Opportunity coSellOpportunity() {
    return Opportunity.builder()
        .from(opportunity())
        .id(OpportunityId.of("o-2"))
        .registration(Optional.empty())
        .reviewStatus(ReviewStatus.IN_REVIEW)
        .referralStatus(ReferralSubStatus.ACCEPTED)
        .customerNeed("Claims take 40 days to settle.\nThe insurer wants them settled in 5.")
        .addExpectedSpend(
            ExpectedSpend.builder()
                .amount(eur("12500.00"))
                .frequency(SpendFrequency.MONTHLY)
                .target("AWS")
                .build(),
            ExpectedSpend.of(eur("4000.00"), SpendFrequency.QUARTERLY))
        .externalId("O2046531")
        .addContacts(
            Contact.builder()
                .name("Ada Byron")
                .email("ada@example.com")
                .phone("+44 20 7946 0000")
                .title("Head of Claims")
                .role("Decision Maker")
                .build(),
            Contact.of("Grace Hopper"))
        .build();
  }

  /** A referral received and not yet taken up, whose customer did not consent to share contacts. */
  public static Lead referralLead() {
    return Lead.builder()
        .id(LeadId.of("l-9"))
        .account(Account.of(AccountId.of("fabrikam"), "Fabrikam"))
        .source(GLOBEX)
        .received(LocalDate.of(2026, 4, 2))
        .addSharedWith(HOST)
        .title("Data platform migration")
        .referralStatus(ReferralSubStatus.RECEIVED)
        .customerNeed("Move 40 TB of data before the lease ends")
        .estimatedValue(eur("80000.00"))
        .expectedClose(LocalDate.of(2026, 9, 30))
        .externalId("ref-7731")
        .contactConsent(false)
        .build();
  }

  public static Lead lead() {
    return Lead.builder()
        .id(LeadId.of("l-1"))
        .account(Account.of(AccountId.of("contoso"), "Contoso"))
        .source(ACME)
        .received(LocalDate.of(2026, 2, 1))
        .addSharedWith(HOST, GLOBEX)
        .build()
        .convertedTo(OpportunityId.of("o-1"));
  }

  public static Pipeline pipeline() {
    return Pipeline.builder()
        .owner(PipelineOwner.jointVenture(JointVentureId.of("jv-1")))
        .asOf(LocalDate.of(2026, 6, 1))
        .addOpportunities(opportunity())
        .addLeads(
            lead(),
            Lead.builder()
                .id(LeadId.of("l-2"))
                .account(Account.of(AccountId.of("fabrikam"), "Fabrikam"))
                .source(HOST)
                .received(LocalDate.of(2026, 5, 1))
                .status(LeadStatus.REJECTED)
                .build())
        .build();
  }

  public static BatchResult<Partner> batch() {
    return BatchResult.of(
        ImmutableList.of(partner(), plainPartner(GLOBEX, "Globex")),
        ImmutableList.of(
            Problem.atRow(2, "initech", ProblemKind.MISSING_VALUE, "name must not be empty"),
            Problem.atRow(5, "", ProblemKind.OUT_OF_RANGE, "rating 11 is outside scale 0..10")));
  }

  /**
   * The JSON samples of every value type, keyed by the type to read each back as. A test finds the
   * model's exported types and fails for one without a sample here.
   */
  public static ImmutableListMultimap<TypeToken<?>, Object> byType() {
    ImmutableListMultimap.Builder<TypeToken<?>, Object> values = ImmutableListMultimap.builder();
    add(values, PartnerId.class, ACME);
    add(values, AccountId.class, AccountId.of("northwind"));
    add(values, CountryCode.class, CountryCode.of("GB"));
    add(values, Account.class, account());
    add(values, Account.class, Account.of(AccountId.of("a"), "Plain"));
    add(values, CompanySize.class, CompanySize.of(40));
    add(values, CompanySize.class, CompanySize.of(40, Money.of(new BigDecimal("1E+6"), "USD")));
    add(values, Competency.class, partner().competencies().get(0));
    add(values, Partner.class, partner());
    add(values, Partner.class, plainPartner(GLOBEX, "Globex"));
    add(values, PartnerKind.class, PartnerKind.OEM);
    add(values, RelationshipId.class, RelationshipId.of("rel-1"));
    add(values, Relationship.class, sellWith());
    add(values, Relationship.class, sellThrough());
    add(values, Relationship.class, sellTo());
    add(values, Relationship.class, fixedFee());
    add(values, SellWith.class, sellWith().motion());
    add(values, SellThrough.class, sellThrough().motion());
    add(values, SellTo.class, sellTo().motion());
    add(values, org.alliancekit.model.relationship.SalesMotion.class, sellThrough().motion());
    add(values, AccessFee.class, AccessFee.marginPercent(new BigDecimal("12.50")));
    add(values, AccessFee.Margin.class, new AccessFee.Margin(new BigDecimal("1E+1")));
    add(values, AccessFee.Fixed.class, new AccessFee.Fixed(eur("99.99")));
    add(values, Commitment.class, sellWith().commitments().get(0));
    add(values, Commitment.class, sellWith().commitments().get(1));
    add(values, Exclusivity.class, sellWith().exclusivity().orElseThrow());
    add(values, Formality.class, Formality.of(FormalityKind.CONTRACT));
    add(values, Formality.class, Formality.quidProQuo(Period.of(1, 6, 0)));
    add(values, Governance.class, Governance.none());
    add(values, Governance.class, sellWith().governance());
    add(values, JointVentureId.class, JointVentureId.of("jv-1"));
    add(values, Ownership.class, jointVenture().owners().get(0));
    add(values, JointVenture.class, jointVenture());
    add(values, NetworkId.class, NetworkId.of("net-1"));
    add(values, PartnerNetwork.class, network());
    add(values, SuccessFactor.class, customCatalog().factors().get(1));
    add(values, FactorCatalog.class, customCatalog());
    add(values, FactorCatalog.class, FactorCatalogs.bestPractices());
    add(values, AssessmentId.class, AssessmentId.of("a-1"));
    add(values, Anchor.class, Anchor.of("Largely in place", 0.75));
    add(values, RatingScale.class, RatingScale.likert5());
    add(values, RatingScale.class, RatingScale.numeric(-2.5, 2.5));
    add(values, RatingScale.class, RatingScale.bestPracticeAnchors());
    add(values, NumericScale.class, RatingScale.zeroToTen());
    add(values, AnchoredScale.class, RatingScale.bestPracticeAnchors());
    add(values, Assessor.class, Assessor.of("Dana Reyes", "Alliance manager"));
    add(values, Rating.class, Rating.of("Co1", 7).withEvidence("Reviewed"));
    add(values, Rating.class, Rating.unknown("O45"));
    add(values, Assessment.class, assessment());
    add(values, Assessment.class, anchoredAssessment());
    add(values, OpportunityId.class, OpportunityId.of("o-1"));
    add(values, LeadId.class, LeadId.of("l-1"));
    add(values, Stage.class, Stage.open("Proposal", 0.35));
    add(values, org.alliancekit.model.pipeline.StageModel.class, StageModels.coSell());
    add(values, StageChange.class, opportunity().stageHistory().get(0));
    add(values, Involvement.class, opportunity().involvements().get(0));
    add(values, Contribution.class, opportunity().solution().orElseThrow().contributions().get(1));
    add(values, Solution.class, opportunity().solution().orElseThrow());
    add(values, ProgrammeTier.class, gold());
    add(values, ProgrammeTier.class, registered());
    add(values, PartnerTier.class, PartnerTier.of(ACME, "Gold"));
    add(values, Incentive.class, rebate());
    add(values, Incentive.class, referralFee());
    add(values, IncentiveKind.class, IncentiveKind.REFERRAL_FEE);
    add(values, SolutionNeed.class, SolutionNeed.of(SolutionId.of("claims-on-cloud"), "Data & AI"));
    add(values, DealRegistration.class, opportunity().registration().orElseThrow());
    add(values, DealRegistration.class, DealRegistration.pending(ACME, LocalDate.of(2026, 1, 1)));
    add(values, Opportunity.class, opportunity());
    add(values, Lead.class, lead());
    add(values, Opportunity.class, coSellOpportunity());
    add(values, Lead.class, referralLead());
    add(values, ExpectedSpend.class, coSellOpportunity().expectedSpend().get(0));
    add(values, Contact.class, coSellOpportunity().contacts().get(0));
    add(values, PipelineOwner.class, PipelineOwner.party(HOST));
    add(values, PipelineOwner.class, PipelineOwner.relationship(RelationshipId.of("rel-1")));
    add(values, PipelineOwner.Venture.class, new PipelineOwner.Venture(JointVentureId.of("jv-1")));
    add(values, PipelineOwner.Party.class, new PipelineOwner.Party(GLOBEX));
    add(
        values,
        PipelineOwner.Relationship.class,
        PipelineOwner.relationship(RelationshipId.of("r")));
    add(values, Pipeline.class, pipeline());
    add(values, Problem.class, Problem.atRow(3, "k", ProblemKind.DUPLICATE, "twice"));
    add(values, SolutionId.class, SolutionId.of("claims-on-cloud"));
    add(values, RegistrationId.class, RegistrationId.of("reg-1"));
    add(values, Registration.class, registration());
    add(values, RevenuePeriod.class, RevenuePeriod.half(2025, 2));
    add(values, RevenuePeriod.class, RevenuePeriod.quarter(2026, 1));
    add(values, PeriodRevenue.class, revenue());
    add(values, AlliancePortfolio.class, portfolio());
    add(values, AlliancePortfolio.class, AlliancePortfolio.builder().host(HOST).build());
    add(
        values,
        RecordProblem.class,
        new RecordProblem(
            Section.LEADS, 2, "l-3", "convertedOpportunity", ProblemKind.UNKNOWN_REFERENCE, "x"));
    values.put(new TypeToken<BatchResult<Partner>>() {}, batch());
    values.put(
        new TypeToken<BatchResult<Problem>>() {},
        BatchResult.of(ImmutableList.<Problem>of(), ImmutableList.of()));
    add(values, ExchangeRate.class, ExchangeRate.of(EUR, GBP, new BigDecimal("0.85")));
    add(values, ExchangeRates.class, rates());
    add(values, PlanId.class, PlanId.of("jbp-2026"));
    add(values, ObjectiveId.class, ObjectiveId.of("won"));
    add(values, Objective.class, plan().objectives().get(0));
    add(values, Objective.class, plan().objectives().get(1));
    add(values, BusinessPlan.class, plan());
    add(values, BudgetId.class, BudgetId.of("b-hq-2026"));
    add(values, MarketingBudget.class, budget());
    add(values, FundRequestId.class, FundRequestId.of("fr-1"));
    add(values, FundRequest.class, fundRequest());
    add(values, FundClaimId.class, FundClaimId.of("fc-1"));
    add(values, FundClaim.class, fundClaim());
    add(values, CampaignId.class, CampaignId.of("c-push"));
    add(values, Campaign.class, campaign());
    add(values, SurveyId.class, SurveyId.of("s-2026-h1"));
    add(values, RespondentId.class, RespondentId.of("r-1"));
    add(values, SurveyAnswer.class, survey().answers().get(1));
    add(values, MindShareSurvey.class, survey());
    add(values, PartnerRow.class, PartnerRow.of(partner()));
    add(values, PartnerRow.class, PartnerRow.of(plainPartner(HOST, "Host"), GBP));
    add(values, RelationshipRow.class, RelationshipRow.of(sellWith(), eur("1000000")));
    add(values, Problem.class, Problem.inFile("a.csv", 4, "name", ProblemKind.DUPLICATE, "x"));
    add(values, Problem.class, Problem.of(ProblemKind.CURRENCY_MISMATCH, "no rate"));
    add(values, ProblemLocation.class, new ProblemLocation.InFile("partners.csv", 7, "name"));
    add(values, ProblemLocation.class, new ProblemLocation.AtRow(12, "r-1"));
    add(values, ProblemLocation.InFile.class, new ProblemLocation.InFile("rates.csv", 0, ""));
    add(values, ProblemLocation.AtRow.class, new ProblemLocation.AtRow(0, ""));
    return values.build();
  }

  public static ExchangeRates rates() {
    return ExchangeRates.of(
        ExchangeRate.of(EUR, GBP, new BigDecimal("0.85")),
        ExchangeRate.of(USD, GBP, new BigDecimal("0.79")));
  }

  private static void add(
      ImmutableListMultimap.Builder<TypeToken<?>, Object> values, Class<?> type, Object value) {
    values.put(TypeToken.of(type), value);
  }

  /** A {@link NullPointerTester} that knows a sample of the types the io API takes. */
  public static NullPointerTester nullPointerTester() {
    return new NullPointerTester()
        .setDefault(PartnerId.class, ACME)
        .setDefault(RelationshipId.class, RelationshipId.of("r"))
        .setDefault(CurrencyUnit.class, EUR)
        .setDefault(MonetaryAmount.class, eur("1"))
        .setDefault(Partner.class, plainPartner(ACME, "Acme"))
        .setDefault(Relationship.class, sellWith())
        .setDefault(Competency.class, partner().competencies().get(0))
        .setDefault(Commitment.class, sellWith().commitments().get(0))
        .setDefault(Assessor.class, Assessor.of("A", "B"))
        .setDefault(Path.class, Path.of("does-not-exist"))
        .setDefault(ExchangeRates.class, ExchangeRates.empty())
        .setDefault(ProblemKind.class, ProblemKind.INVALID_VALUE);
  }
}

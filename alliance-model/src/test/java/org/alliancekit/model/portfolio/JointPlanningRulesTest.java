package org.alliancekit.model.portfolio;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import javax.money.Monetary;
import org.alliancekit.model.assessment.NumericScale;
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
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.planning.BusinessPlan;
import org.alliancekit.model.planning.Objective;
import org.alliancekit.model.planning.ObjectiveId;
import org.alliancekit.model.planning.PlanId;
import org.alliancekit.model.planning.PlanMetric;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.SellWith;
import org.alliancekit.model.relationship.Symmetry;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** The portfolio rules of plans, budgets, fund requests and claims, campaigns and surveys. */
class JointPlanningRulesTest {
  private static final PartnerId HOST = PartnerId.of("host");
  private static final PartnerId ACME = PartnerId.of("acme");
  private static final PartnerId ZED = PartnerId.of("zed");
  private static final RelationshipId R1 = RelationshipId.of("r1");
  private static final RelationshipId GONE = RelationshipId.of("gone");
  private static final LocalDate DAY = LocalDate.of(2026, 1, 1);

  private static Partner partner(PartnerId id) {
    return Partner.builder().id(id).name("Company " + id).addKinds(PartnerKind.ISV).build();
  }

  private static BusinessPlan plan(String id, RelationshipId relationship, PartnerId party) {
    return BusinessPlan.builder()
        .id(PlanId.of(id))
        .relationship(relationship)
        .periodStart(DAY)
        .periodEnd(DAY.plusMonths(6))
        .addObjectives(
            Objective.builder()
                .id(ObjectiveId.of("leads"))
                .metric(PlanMetric.LEADS_SHARED)
                .party(party)
                .target(BigDecimal.TEN)
                .build())
        .build();
  }

  private static MarketingBudget budget(String id, PartnerId party) {
    return MarketingBudget.builder()
        .id(BudgetId.of(id))
        .relationship(R1)
        .party(party)
        .fiscalYear(2026)
        .amount(Money.of(1000, "EUR"))
        .build();
  }

  private static Campaign campaign(String id, RelationshipId relationship) {
    return Campaign.builder()
        .id(CampaignId.of(id))
        .relationship(relationship)
        .name("Campaign " + id)
        .kind(CampaignKind.PUSH)
        .start(DAY)
        .end(DAY)
        .cost(Money.of(10, "EUR"))
        .addLeads(LeadId.of("l-none"))
        .addOpportunities(OpportunityId.of("o-none"))
        .build();
  }

  private static MindShareSurvey survey(String id, RelationshipId relationship) {
    return MindShareSurvey.builder()
        .id(SurveyId.of(id))
        .relationship(relationship)
        .date(DAY)
        .addAnswers(
            SurveyAnswer.of(
                RespondentId.of("p1"),
                SurveyTeam.TECHNICAL,
                "Architect",
                "awareness",
                4,
                new NumericScale(1, 5)))
        .build();
  }

  @Test
  void everyBrokenReferenceAndDuplicateIsReported() {
    AlliancePortfolio portfolio =
        AlliancePortfolio.builder()
            .host(HOST)
            .addPartners(partner(HOST), partner(ACME), partner(ZED))
            .addRelationships(
                Relationship.builder()
                    .id(R1)
                    .host(HOST)
                    .partner(ACME)
                    .motion(SellWith.of("platform", "services", true))
                    .symmetry(Symmetry.SYMMETRIC_ALLIANCE)
                    .formality(Formality.informal())
                    .start(DAY)
                    .build())
            .addPlans(plan("p1", R1, ACME), plan("p2", GONE, ACME), plan("p3", R1, ZED))
            .addBudgets(budget("b1", HOST), budget("b2", ZED))
            .addFundRequests(
                FundRequest.builder()
                    .id(FundRequestId.of("q1"))
                    .budget(BudgetId.of("b9"))
                    .campaign(CampaignId.of("c9"))
                    .date(DAY)
                    .amount(Money.of(5, "EUR"))
                    .status(FundStatus.PENDING)
                    .build())
            .addFundClaims(
                FundClaim.builder()
                    .id(FundClaimId.of("k1"))
                    .request(FundRequestId.of("q9"))
                    .date(DAY)
                    .amount(Money.of(5, "EUR"))
                    .status(ClaimStatus.PAID)
                    .build())
            .addCampaigns(campaign("c1", R1))
            .addSurveys(survey("s1", R1), survey("s1", GONE))
            .build();
    List<String> problems =
        portfolio.problems().stream()
            .map(p -> p.section() + " " + p.index() + " " + p.property() + " " + p.kind())
            .toList();
    assertEquals(
        List.of(
            "PLANS 1 relationship UNKNOWN_REFERENCE",
            "PLANS 2 objectives INCONSISTENT",
            "BUDGETS 1 party INCONSISTENT",
            "FUND_REQUESTS 0 budget UNKNOWN_REFERENCE",
            "FUND_REQUESTS 0 campaign UNKNOWN_REFERENCE",
            "FUND_CLAIMS 0 request UNKNOWN_REFERENCE",
            "CAMPAIGNS 0 leads UNKNOWN_REFERENCE",
            "CAMPAIGNS 0 opportunities UNKNOWN_REFERENCE",
            "SURVEYS 1 id DUPLICATE",
            "SURVEYS 1 relationship UNKNOWN_REFERENCE"),
        problems);
    assertEquals(
        "fund claim k1 is made against request q9, which is not in the portfolio",
        portfolio.problems().get(5).message());
  }

  @Test
  void theNounsCheckTheirOwnRules() {
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () ->
            SurveyAnswer.of(
                RespondentId.of("p1"),
                SurveyTeam.TECHNICAL,
                "Architect",
                "awareness",
                6,
                new NumericScale(1, 5)));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () ->
            Objective.builder()
                .id(ObjectiveId.of("won"))
                .metric(PlanMetric.WON_REVENUE)
                .target(BigDecimal.ONE)
                .build());
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () ->
            Objective.builder()
                .id(ObjectiveId.of("deals"))
                .metric(PlanMetric.JOINT_OPPORTUNITIES)
                .target(new BigDecimal("2.5"))
                .build());
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () ->
            Objective.builder()
                .id(ObjectiveId.of("deals"))
                .metric(PlanMetric.JOINT_OPPORTUNITIES)
                .target(BigDecimal.ONE)
                .currency(Monetary.getCurrency("EUR"))
                .build());
  }
}

package org.alliancekit.planning;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
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
import org.alliancekit.model.money.ExchangeRate;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.Competency;
import org.alliancekit.model.party.CompetencyLevel;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.planning.BusinessPlan;
import org.alliancekit.model.planning.Objective;
import org.alliancekit.model.planning.ObjectiveId;
import org.alliancekit.model.planning.PlanId;
import org.alliancekit.model.planning.PlanMetric;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.SellWith;
import org.alliancekit.model.relationship.Symmetry;
import org.javamoney.moneta.Money;

/**
 * A small portfolio whose every figure is worked out by hand in the tests' comments: host hq
 * (fiscal year from January), partner acme (from July) and a third company zed; relationship rel-1
 * between hq and acme; a plan for 2026-01-01 to 2026-04-10 (100 days), measured on 2026-02-19 (50
 * days elapsed: half).
 */
final class Fixtures {
  static final PartnerId HQ = PartnerId.of("hq");
  static final PartnerId ACME = PartnerId.of("acme");
  static final PartnerId ZED = PartnerId.of("zed");
  static final RelationshipId REL = RelationshipId.of("rel-1");
  static final LocalDate AS_OF = LocalDate.of(2026, 2, 19);
  static final Stage OPEN = Stage.open("Qualified", 0.3);
  static final Stage WON = Stage.won("Won");
  static final ExchangeRates RATES =
      ExchangeRates.of(
          new ExchangeRate(
              Monetary.getCurrency("USD"), Monetary.getCurrency("EUR"), new BigDecimal("0.9")));
  static final NumericScale ONE_TO_FIVE = new NumericScale(1, 5);

  private Fixtures() {}

  static Relationship relationship() {
    return Relationship.builder()
        .id(REL)
        .host(HQ)
        .partner(ACME)
        .motion(SellWith.of("platform", "implementation", true))
        .symmetry(Symmetry.SYMMETRIC_ALLIANCE)
        .formality(Formality.informal())
        .start(LocalDate.of(2020, 1, 1))
        .build();
  }

  static Partner partner(PartnerId id, Month fiscalStart, Competency... competencies) {
    return Partner.builder()
        .id(id)
        .name("Company " + id)
        .addKinds(PartnerKind.ISV)
        .fiscalYearStartMonth(fiscalStart)
        .addCompetencies(competencies)
        .build();
  }

  static Competency competency(String name, PartnerId issuer, LocalDate validFrom) {
    Competency competency = Competency.of(name, CompetencyLevel.ADVANCED, issuer);
    return validFrom == null ? competency : competency.withValidFrom(validFrom);
  }

  /** A deal owned by {@code owner} with {@code partner} involved (none if null). */
  static Opportunity deal(
      String id,
      PartnerId owner,
      PartnerId partner,
      LocalDate created,
      LocalDate close,
      Stage stage,
      Money amount) {
    Opportunity.Builder builder =
        Opportunity.builder()
            .id(OpportunityId.of(id))
            .account(Account.of(AccountId.of("acc-" + id), "Customer " + id))
            .name("Deal " + id)
            .amount(amount)
            .stage(stage)
            .created(created)
            .expectedClose(close)
            .owner(owner);
    if (partner != null) {
      builder.addInvolvements(Involvement.of(partner, InvolvementRole.CO_SELLER));
    }
    return builder.build();
  }

  static Lead lead(String id, PartnerId source, PartnerId to, LocalDate received) {
    return Lead.builder()
        .id(LeadId.of(id))
        .account(Account.of(AccountId.of("acc-" + id), "Customer " + id))
        .source(source)
        .received(received)
        .addSharedWith(to)
        .build();
  }

  static Objective objective(String id, PlanMetric metric, PartnerId party, String target) {
    Objective.Builder builder =
        Objective.builder().id(ObjectiveId.of(id)).metric(metric).target(new BigDecimal(target));
    if (party != null) {
      builder.party(party);
    }
    if (metric.isMonetary()) {
      builder.currency(Monetary.getCurrency("EUR"));
    }
    return builder.build();
  }

  static BusinessPlan plan() {
    return BusinessPlan.builder()
        .id(PlanId.of("jbp-2026"))
        .relationship(REL)
        .periodStart(LocalDate.of(2026, 1, 1))
        .periodEnd(LocalDate.of(2026, 4, 10))
        .addObjectives(
            objective("won", PlanMetric.WON_REVENUE, null, "2900"),
            objective("pipeline", PlanMetric.PIPELINE_CREATED, null, "1000"),
            objective("deals", PlanMetric.JOINT_OPPORTUNITIES, null, "5"),
            objective("leads", PlanMetric.LEADS_SHARED, ACME, "3"),
            objective("leads-joint", PlanMetric.LEADS_SHARED, null, "4"),
            objective("certs", PlanMetric.CERTIFICATIONS, null, "4"),
            objective("certs-acme", PlanMetric.CERTIFICATIONS, ACME, "2"),
            objective("campaigns", PlanMetric.CAMPAIGNS_RUN, null, "3"))
        .build();
  }

  static List<Opportunity> opportunities() {
    return List.of(
        // Won on 2026-01-15, created before the period: won revenue only.
        deal(
            "o1",
            HQ,
            ACME,
            LocalDate.of(2025, 12, 1),
            LocalDate.of(2026, 1, 15),
            WON,
            Money.of(1000, "EUR")),
        // Created and won in the elapsed part: USD 500 = EUR 450.
        deal(
            "o2",
            ACME,
            HQ,
            LocalDate.of(2026, 1, 10),
            LocalDate.of(2026, 2, 1),
            WON,
            Money.of(500, "USD")),
        // Created in the elapsed part, open.
        deal(
            "o3",
            HQ,
            ACME,
            LocalDate.of(2026, 2, 1),
            LocalDate.of(2026, 6, 1),
            OPEN,
            Money.of(300, "EUR")),
        // Won in the elapsed part, but with zed, not acme.
        deal(
            "o4",
            HQ,
            ZED,
            LocalDate.of(2026, 1, 2),
            LocalDate.of(2026, 1, 20),
            WON,
            Money.of(5000, "EUR")),
        // Created and won in the period, but after the as-of date.
        deal(
            "o5",
            HQ,
            ACME,
            LocalDate.of(2026, 2, 25),
            LocalDate.of(2026, 3, 1),
            WON,
            Money.of(7000, "EUR")),
        // Created after the period.
        deal(
            "o6",
            HQ,
            ACME,
            LocalDate.of(2026, 4, 11),
            LocalDate.of(2026, 5, 1),
            OPEN,
            Money.of(900, "EUR")));
  }

  static List<Lead> leads() {
    return List.of(
        lead("l1", ACME, HQ, LocalDate.of(2026, 1, 5)),
        lead("l2", HQ, ACME, LocalDate.of(2026, 2, 19)),
        lead("l3", ACME, ZED, LocalDate.of(2026, 1, 6)),
        lead("l4", ACME, HQ, LocalDate.of(2026, 2, 20)));
  }

  static List<Campaign> campaigns() {
    return List.of(
        Campaign.builder()
            .id(CampaignId.of("c1"))
            .relationship(REL)
            .name("Field enablement")
            .kind(CampaignKind.PUSH)
            .start(LocalDate.of(2026, 1, 15))
            .end(LocalDate.of(2026, 2, 15))
            .cost(Money.of(1000, "EUR"))
            .addLeads(LeadId.of("l1"), LeadId.of("l2"))
            .addOpportunities(OpportunityId.of("o2"), OpportunityId.of("o3"))
            .build(),
        Campaign.builder()
            .id(CampaignId.of("c2"))
            .relationship(REL)
            .name("Customer webinar")
            .kind(CampaignKind.PULL)
            .start(LocalDate.of(2026, 3, 1))
            .end(LocalDate.of(2026, 3, 31))
            .cost(Money.of(2000, "EUR"))
            .addLeads(LeadId.of("l4"))
            .addOpportunities(OpportunityId.of("o5"))
            .build());
  }

  static MarketingBudget budget() {
    return MarketingBudget.builder()
        .id(BudgetId.of("b1"))
        .relationship(REL)
        .party(HQ)
        .fiscalYear(2026)
        .amount(Money.of(10_000, "EUR"))
        .build();
  }

  static FundRequest request(String id, String date, long amount, FundStatus status) {
    return FundRequest.builder()
        .id(FundRequestId.of(id))
        .budget(BudgetId.of("b1"))
        .campaign(CampaignId.of("c1"))
        .date(LocalDate.parse(date))
        .amount(Money.of(amount, "EUR"))
        .status(status)
        .build();
  }

  static FundClaim claim(String id, String request, String date, long amount, ClaimStatus status) {
    return FundClaim.builder()
        .id(FundClaimId.of(id))
        .request(FundRequestId.of(request))
        .date(LocalDate.parse(date))
        .amount(Money.of(amount, "EUR"))
        .status(status)
        .build();
  }

  static List<FundRequest> requests() {
    return List.of(
        request("r1", "2026-01-10", 6000, FundStatus.APPROVED),
        request("r2", "2026-01-20", 5000, FundStatus.APPROVED),
        request("r3", "2026-01-25", 1000, FundStatus.PENDING),
        request("r4", "2026-02-01", 4000, FundStatus.APPROVED));
  }

  static List<FundClaim> claims() {
    return List.of(
        claim("k1", "r1", "2026-02-01", 2500, ClaimStatus.PAID),
        claim("k2", "r1", "2026-02-10", 3000, ClaimStatus.APPROVED),
        claim("k3", "r1", "2026-02-15", 1000, ClaimStatus.APPROVED),
        claim("k4", "r2", "2026-02-15", 100, ClaimStatus.APPROVED),
        claim("k5", "r4", "2026-02-16", 100, ClaimStatus.REJECTED));
  }

  static SurveyAnswer answer(String respondent, SurveyTeam team, String question, double value) {
    return SurveyAnswer.of(
        RespondentId.of(respondent), team, "Account executive", question, value, ONE_TO_FIVE);
  }

  static List<MindShareSurvey> surveys() {
    return List.of(
        MindShareSurvey.builder()
            .id(SurveyId.of("s1"))
            .relationship(REL)
            .date(LocalDate.of(2025, 12, 1))
            .addAnswers(
                answer("p1", SurveyTeam.CUSTOMER_FACING, "awareness", 3),
                answer("p1", SurveyTeam.CUSTOMER_FACING, "attitude", 5),
                answer("p2", SurveyTeam.TECHNICAL, "awareness", 1),
                answer("p2", SurveyTeam.TECHNICAL, "attitude", 2))
            .build(),
        MindShareSurvey.builder()
            .id(SurveyId.of("s2"))
            .relationship(REL)
            .date(LocalDate.of(2026, 6, 1))
            .addAnswers(
                answer("p1", SurveyTeam.CUSTOMER_FACING, "awareness", 5),
                answer("p1", SurveyTeam.CUSTOMER_FACING, "attitude", 5),
                answer("p3", SurveyTeam.TECHNICAL, "awareness", 5),
                answer("p3", SurveyTeam.TECHNICAL, "attitude", 5))
            .build());
  }

  static AlliancePortfolio portfolio() {
    return AlliancePortfolio.builder()
        .host(HQ)
        .addPartners(
            partner(HQ, Month.JANUARY, competency("Analytics", HQ, LocalDate.of(2026, 2, 1))),
            partner(
                ACME,
                Month.JULY,
                competency("Cloud", HQ, LocalDate.of(2026, 1, 10)),
                competency("Security", HQ, LocalDate.of(2025, 12, 1)),
                competency("Data", HQ, null),
                competency("Edge", HQ, LocalDate.of(2026, 3, 1))),
            partner(ZED, Month.JANUARY, competency("Cloud", HQ, LocalDate.of(2026, 1, 10))))
        .addRelationships(relationship())
        .addAllOpportunities(opportunities())
        .addAllLeads(leads())
        .addPlans(plan())
        .addBudgets(budget())
        .addAllFundRequests(requests())
        .addAllFundClaims(claims())
        .addAllCampaigns(campaigns())
        .addAllSurveys(surveys())
        .rates(RATES)
        .build();
  }
}

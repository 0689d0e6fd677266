package org.alliancekit.io.json;

import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.marketing.Campaign;
import org.alliancekit.model.marketing.FundClaim;
import org.alliancekit.model.marketing.FundRequest;
import org.alliancekit.model.marketing.MarketingBudget;
import org.alliancekit.model.marketing.MindShareSurvey;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.network.PartnerNetwork;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Registration;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.planning.BusinessPlan;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.portfolio.RecordProblem;
import org.alliancekit.model.portfolio.Section;
import org.alliancekit.model.programme.Incentive;
import org.alliancekit.model.programme.PartnerTier;
import org.alliancekit.model.programme.ProgrammeTier;
import org.alliancekit.model.programme.SolutionNeed;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.venture.JointVenture;

/**
 * The JSON codecs of {@code org.alliancekit.model.portfolio}: the whole portfolio as one document,
 * each list under the property its {@link Section} names, and the problems of its records.
 */
final class PortfolioCodecs {
  private PortfolioCodecs() {}

  static void register(ModelModule module) {
    portfolio(module);
    recordProblem(module);
  }

  private static void portfolio(ModelModule module) {
    PropertyTable<AlliancePortfolio> table = new PropertyTable<>();
    var host = table.value("host", PartnerId.class, AlliancePortfolio::host);
    var partners = table.list("partners", Partner.class, AlliancePortfolio::partners);
    var accounts = table.list("accounts", Account.class, AlliancePortfolio::accounts);
    var relationships =
        table.list("relationships", Relationship.class, AlliancePortfolio::relationships);
    var assessments = table.list("assessments", Assessment.class, AlliancePortfolio::assessments);
    var opportunities =
        table.list("opportunities", Opportunity.class, AlliancePortfolio::opportunities);
    var leads = table.list("leads", Lead.class, AlliancePortfolio::leads);
    var solutions = table.list("solutions", Solution.class, AlliancePortfolio::solutions);
    var registrations =
        table.list("registrations", Registration.class, AlliancePortfolio::registrations);
    var ventures = table.list("ventures", JointVenture.class, AlliancePortfolio::ventures);
    var networks = table.list("networks", PartnerNetwork.class, AlliancePortfolio::networks);
    var revenues = table.list("revenues", PeriodRevenue.class, AlliancePortfolio::revenues);
    var tiers = table.list("tiers", ProgrammeTier.class, AlliancePortfolio::tiers);
    var partnerTiers =
        table.list("partnerTiers", PartnerTier.class, AlliancePortfolio::partnerTiers);
    var incentives = table.list("incentives", Incentive.class, AlliancePortfolio::incentives);
    var solutionNeeds =
        table.list("solutionNeeds", SolutionNeed.class, AlliancePortfolio::solutionNeeds);
    var plans = table.list("plans", BusinessPlan.class, AlliancePortfolio::plans);
    var budgets = table.list("budgets", MarketingBudget.class, AlliancePortfolio::budgets);
    var fundRequests =
        table.list("fundRequests", FundRequest.class, AlliancePortfolio::fundRequests);
    var fundClaims = table.list("fundClaims", FundClaim.class, AlliancePortfolio::fundClaims);
    var campaigns = table.list("campaigns", Campaign.class, AlliancePortfolio::campaigns);
    var surveys = table.list("surveys", MindShareSurvey.class, AlliancePortfolio::surveys);
    var rates =
        table.value("rates", ExchangeRates.class, ExchangeRates.empty(), AlliancePortfolio::rates);
    module.object(
        AlliancePortfolio.class,
        table,
        in ->
            AlliancePortfolio.builder()
                .host(host.read(in))
                .partners(partners.read(in))
                .accounts(accounts.read(in))
                .relationships(relationships.read(in))
                .assessments(assessments.read(in))
                .opportunities(opportunities.read(in))
                .leads(leads.read(in))
                .solutions(solutions.read(in))
                .registrations(registrations.read(in))
                .ventures(ventures.read(in))
                .networks(networks.read(in))
                .revenues(revenues.read(in))
                .tiers(tiers.read(in))
                .partnerTiers(partnerTiers.read(in))
                .incentives(incentives.read(in))
                .solutionNeeds(solutionNeeds.read(in))
                .plans(plans.read(in))
                .budgets(budgets.read(in))
                .fundRequests(fundRequests.read(in))
                .fundClaims(fundClaims.read(in))
                .campaigns(campaigns.read(in))
                .surveys(surveys.read(in))
                .rates(rates.read(in))
                .build());
  }

  private static int index(long index) {
    if (index > Integer.MAX_VALUE) {
      throw new IllegalArgumentException(
          "record index " + index + " is larger than " + Integer.MAX_VALUE);
    }
    return (int) index;
  }

  private static void recordProblem(ModelModule module) {
    PropertyTable<RecordProblem> table = new PropertyTable<>();
    var section = table.constant("section", Section.class, RecordProblem::section);
    var index = table.wholeNumber("index", problem -> (long) problem.index());
    var key = table.string("key", "", RecordProblem::key);
    var property = table.string("property", "", RecordProblem::property);
    var kind = table.constant("kind", ProblemKind.class, RecordProblem::kind);
    var message = table.string("message", RecordProblem::message);
    module.object(
        RecordProblem.class,
        table,
        in ->
            new RecordProblem(
                section.read(in),
                index(index.read(in)),
                key.read(in),
                property.read(in),
                kind.read(in),
                message.read(in)));
  }
}

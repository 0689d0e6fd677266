package org.alliancekit.io.json;

import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.io.PartnerRow;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.RelationshipRow;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.marketing.Campaign;
import org.alliancekit.model.marketing.FundClaim;
import org.alliancekit.model.marketing.FundRequest;
import org.alliancekit.model.marketing.MarketingBudget;
import org.alliancekit.model.marketing.MindShareSurvey;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.network.PartnerNetwork;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Registration;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.planning.BusinessPlan;
import org.alliancekit.model.programme.Incentive;
import org.alliancekit.model.programme.PartnerTier;
import org.alliancekit.model.programme.ProgrammeTier;
import org.alliancekit.model.programme.SolutionNeed;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.Relationship;

/** The JSON codecs of the portfolio values of {@code org.alliancekit.io}. */
final class IoCodecs {
  private IoCodecs() {}

  static void register(ModelModule module) {
    partnerRow(module);
    relationshipRow(module);
    portfolioData(module);
  }

  private static void partnerRow(ModelModule module) {
    PropertyTable<PartnerRow> table = new PropertyTable<>();
    var partner = table.value("partner", Partner.class, PartnerRow::partner);
    var currency = table.optional("currency", CurrencyUnit.class, PartnerRow::currency);
    module.object(
        PartnerRow.class, table, in -> new PartnerRow(partner.read(in), currency.read(in)));
  }

  private static void relationshipRow(ModelModule module) {
    PropertyTable<RelationshipRow> table = new PropertyTable<>();
    var relationship =
        table.value("relationship", Relationship.class, RelationshipRow::relationship);
    var revenue =
        table.value("allianceRevenue", MonetaryAmount.class, RelationshipRow::allianceRevenue);
    module.object(
        RelationshipRow.class,
        table,
        in -> RelationshipRow.of(relationship.read(in), revenue.read(in)));
  }

  private static void portfolioData(ModelModule module) {
    PropertyTable<PortfolioData> table = new PropertyTable<>();
    var partners = table.list("partners", PartnerRow.class, PortfolioData::partners);
    var relationships =
        table.list("relationships", RelationshipRow.class, PortfolioData::relationships);
    var assessments = table.list("assessments", Assessment.class, PortfolioData::assessments);
    var opportunities =
        table.list("opportunities", Opportunity.class, PortfolioData::opportunities);
    var accounts = table.list("accounts", Account.class, PortfolioData::accounts);
    var leads = table.list("leads", Lead.class, PortfolioData::leads);
    var solutions = table.list("solutions", Solution.class, PortfolioData::solutions);
    var registrations =
        table.list("registrations", Registration.class, PortfolioData::registrations);
    var networks = table.list("networks", PartnerNetwork.class, PortfolioData::networks);
    var revenues = table.list("revenues", PeriodRevenue.class, PortfolioData::revenues);
    var tiers = table.list("tiers", ProgrammeTier.class, PortfolioData::tiers);
    var partnerTiers = table.list("partnerTiers", PartnerTier.class, PortfolioData::partnerTiers);
    var incentives = table.list("incentives", Incentive.class, PortfolioData::incentives);
    var solutionNeeds =
        table.list("solutionNeeds", SolutionNeed.class, PortfolioData::solutionNeeds);
    var plans = table.list("plans", BusinessPlan.class, PortfolioData::plans);
    var budgets = table.list("budgets", MarketingBudget.class, PortfolioData::budgets);
    var fundRequests = table.list("fundRequests", FundRequest.class, PortfolioData::fundRequests);
    var fundClaims = table.list("fundClaims", FundClaim.class, PortfolioData::fundClaims);
    var campaigns = table.list("campaigns", Campaign.class, PortfolioData::campaigns);
    var surveys = table.list("surveys", MindShareSurvey.class, PortfolioData::surveys);
    var rates =
        table.value("rates", ExchangeRates.class, ExchangeRates.empty(), PortfolioData::rates);
    var problems = table.list("problems", Problem.class, PortfolioData::problems);
    module.object(
        PortfolioData.class,
        table,
        in ->
            PortfolioData.builder()
                .partners(partners.read(in))
                .relationships(relationships.read(in))
                .assessments(assessments.read(in))
                .opportunities(opportunities.read(in))
                .accounts(accounts.read(in))
                .leads(leads.read(in))
                .solutions(solutions.read(in))
                .registrations(registrations.read(in))
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
                .problems(problems.read(in))
                .build());
  }
}

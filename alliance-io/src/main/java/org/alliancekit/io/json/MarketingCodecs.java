package org.alliancekit.io.json;

import java.time.LocalDate;
import javax.money.MonetaryAmount;
import org.alliancekit.model.assessment.NumericScale;
import org.alliancekit.model.assessment.RatingScale;
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
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.relationship.RelationshipId;

/**
 * The JSON codecs of {@code org.alliancekit.model.marketing}: budgets, fund requests and claims,
 * campaigns and mind-share surveys. A survey answer's scale is written as the assessments' numeric
 * scales are.
 */
final class MarketingCodecs {
  private MarketingCodecs() {}

  static void register(ModelModule module) {
    module.text(BudgetId.class, BudgetId::value, BudgetId::parse);
    module.text(FundRequestId.class, FundRequestId::value, FundRequestId::parse);
    module.text(FundClaimId.class, FundClaimId::value, FundClaimId::parse);
    module.text(CampaignId.class, CampaignId::value, CampaignId::parse);
    module.text(SurveyId.class, SurveyId::value, SurveyId::parse);
    module.text(RespondentId.class, RespondentId::value, RespondentId::parse);
    budget(module);
    request(module);
    claim(module);
    campaign(module);
    answer(module);
    survey(module);
  }

  private static void budget(ModelModule module) {
    PropertyTable<MarketingBudget> table = new PropertyTable<>();
    var id = table.value("id", BudgetId.class, MarketingBudget::id);
    var relationship =
        table.value("relationship", RelationshipId.class, MarketingBudget::relationship);
    var party = table.value("party", PartnerId.class, MarketingBudget::party);
    var fiscalYear = table.wholeNumber("fiscalYear", budget -> (long) budget.fiscalYear());
    var amount = table.value("amount", MonetaryAmount.class, MarketingBudget::amount);
    module.object(
        MarketingBudget.class,
        table,
        in ->
            MarketingBudget.builder()
                .id(id.read(in))
                .relationship(relationship.read(in))
                .party(party.read(in))
                .fiscalYear(Math.toIntExact(fiscalYear.read(in)))
                .amount(amount.read(in))
                .build());
  }

  private static void request(ModelModule module) {
    PropertyTable<FundRequest> table = new PropertyTable<>();
    var id = table.value("id", FundRequestId.class, FundRequest::id);
    var budget = table.value("budget", BudgetId.class, FundRequest::budget);
    var campaign = table.value("campaign", CampaignId.class, FundRequest::campaign);
    var date = table.value("date", LocalDate.class, FundRequest::date);
    var amount = table.value("amount", MonetaryAmount.class, FundRequest::amount);
    var status = table.constant("status", FundStatus.class, FundRequest::status);
    module.object(
        FundRequest.class,
        table,
        in ->
            FundRequest.builder()
                .id(id.read(in))
                .budget(budget.read(in))
                .campaign(campaign.read(in))
                .date(date.read(in))
                .amount(amount.read(in))
                .status(status.read(in))
                .build());
  }

  private static void claim(ModelModule module) {
    PropertyTable<FundClaim> table = new PropertyTable<>();
    var id = table.value("id", FundClaimId.class, FundClaim::id);
    var request = table.value("request", FundRequestId.class, FundClaim::request);
    var date = table.value("date", LocalDate.class, FundClaim::date);
    var amount = table.value("amount", MonetaryAmount.class, FundClaim::amount);
    var status = table.constant("status", ClaimStatus.class, FundClaim::status);
    module.object(
        FundClaim.class,
        table,
        in ->
            FundClaim.builder()
                .id(id.read(in))
                .request(request.read(in))
                .date(date.read(in))
                .amount(amount.read(in))
                .status(status.read(in))
                .build());
  }

  private static void campaign(ModelModule module) {
    PropertyTable<Campaign> table = new PropertyTable<>();
    var id = table.value("id", CampaignId.class, Campaign::id);
    var relationship = table.value("relationship", RelationshipId.class, Campaign::relationship);
    var name = table.string("name", Campaign::name);
    var kind = table.constant("kind", CampaignKind.class, Campaign::kind);
    var start = table.value("start", LocalDate.class, Campaign::start);
    var end = table.value("end", LocalDate.class, Campaign::end);
    var cost = table.value("cost", MonetaryAmount.class, Campaign::cost);
    var leads = table.list("leads", LeadId.class, Campaign::leads);
    var opportunities = table.list("opportunities", OpportunityId.class, Campaign::opportunities);
    module.object(
        Campaign.class,
        table,
        in ->
            Campaign.builder()
                .id(id.read(in))
                .relationship(relationship.read(in))
                .name(name.read(in))
                .kind(kind.read(in))
                .start(start.read(in))
                .end(end.read(in))
                .cost(cost.read(in))
                .leads(leads.read(in))
                .opportunities(opportunities.read(in))
                .build());
  }

  private static void answer(ModelModule module) {
    PropertyTable<SurveyAnswer> table = new PropertyTable<>();
    var respondent = table.value("respondent", RespondentId.class, SurveyAnswer::respondent);
    var team = table.constant("team", SurveyTeam.class, SurveyAnswer::team);
    var role = table.string("role", SurveyAnswer::role);
    var question = table.string("question", SurveyAnswer::question);
    var answer = table.number("answer", SurveyAnswer::answer);
    var scale = table.value("scale", RatingScale.class, SurveyAnswer::scale);
    module.object(
        SurveyAnswer.class,
        table,
        in ->
            SurveyAnswer.of(
                respondent.read(in),
                team.read(in),
                role.read(in),
                question.read(in),
                answer.read(in),
                numeric(scale.read(in))));
  }

  private static NumericScale numeric(RatingScale scale) {
    if (scale instanceof NumericScale numeric) {
      return numeric;
    }
    throw new IllegalArgumentException(
        "a survey answer's scale must be numeric (min..max), not " + scale);
  }

  private static void survey(ModelModule module) {
    PropertyTable<MindShareSurvey> table = new PropertyTable<>();
    var id = table.value("id", SurveyId.class, MindShareSurvey::id);
    var relationship =
        table.value("relationship", RelationshipId.class, MindShareSurvey::relationship);
    var date = table.value("date", LocalDate.class, MindShareSurvey::date);
    var answers = table.list("answers", SurveyAnswer.class, MindShareSurvey::answers);
    module.object(
        MindShareSurvey.class,
        table,
        in ->
            MindShareSurvey.builder()
                .id(id.read(in))
                .relationship(relationship.read(in))
                .date(date.read(in))
                .answers(answers.read(in))
                .build());
  }
}

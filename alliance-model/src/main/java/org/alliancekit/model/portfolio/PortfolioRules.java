package org.alliancekit.model.portfolio;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Maps;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.marketing.BudgetId;
import org.alliancekit.model.marketing.Campaign;
import org.alliancekit.model.marketing.CampaignId;
import org.alliancekit.model.marketing.FundClaim;
import org.alliancekit.model.marketing.FundRequest;
import org.alliancekit.model.marketing.FundRequestId;
import org.alliancekit.model.marketing.MarketingBudget;
import org.alliancekit.model.marketing.MindShareSurvey;
import org.alliancekit.model.network.PartnerNetwork;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Registration;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.pipeline.SolutionId;
import org.alliancekit.model.planning.BusinessPlan;
import org.alliancekit.model.planning.Objective;
import org.alliancekit.model.programme.Incentive;
import org.alliancekit.model.programme.PartnerTier;
import org.alliancekit.model.programme.SolutionNeed;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.venture.JointVenture;
import org.alliancekit.model.venture.Ownership;

/** The rules of {@link AlliancePortfolio#problems()}: one pass over each list. */
final class PortfolioRules {
  private final AlliancePortfolio portfolio;
  private final List<RecordProblem> problems = new ArrayList<>();
  private final Set<PartnerId> partners = new HashSet<>();
  private final Set<RelationshipId> relationships = new HashSet<>();
  private final Map<RelationshipId, Relationship> relationshipsById = new HashMap<>();
  // The index of each id's first record, by id text, once their lists are checked (check's order).
  private Map<String, Integer> opportunities = Map.of();
  private Map<String, Integer> leads = Map.of();
  private final Map<SolutionId, Solution> solutions = new HashMap<>();
  private final Set<String> tiers = new HashSet<>();

  private PortfolioRules(AlliancePortfolio portfolio) {
    this.portfolio = portfolio;
    portfolio.partners().forEach(partner -> partners.add(partner.id()));
    portfolio.relationships().forEach(relationship -> relationships.add(relationship.id()));
    portfolio
        .relationships()
        .forEach(relationship -> relationshipsById.putIfAbsent(relationship.id(), relationship));
    portfolio.solutions().forEach(solution -> solutions.putIfAbsent(solution.id(), solution));
    portfolio.tiers().forEach(tier -> tiers.add(tier.name()));
  }

  static ImmutableList<RecordProblem> check(AlliancePortfolio portfolio) {
    PortfolioRules rules = new PortfolioRules(portfolio);
    rules.partners();
    rules.unique(Section.ACCOUNTS, portfolio.accounts(), account -> account.id().value());
    rules.relationships();
    rules.assessments();
    rules.opportunities();
    rules.leads();
    rules.solutions();
    rules.registrations();
    rules.ventures();
    rules.networks();
    rules.revenues();
    rules.plans();
    rules.budgets();
    rules.fundRequests();
    rules.fundClaims();
    rules.campaigns();
    rules.surveys();
    rules.tiers();
    rules.partnerTiers();
    rules.incentives();
    rules.solutionNeeds();
    return ImmutableList.copyOf(rules.problems);
  }

  private void partners() {
    unique(Section.PARTNERS, portfolio.partners(), partner -> partner.id().value());
    if (!partners.contains(portfolio.host())) {
      problems.add(
          new RecordProblem(
              Section.PARTNERS,
              0,
              portfolio.host().value(),
              "",
              ProblemKind.UNKNOWN_REFERENCE,
              "host " + portfolio.host() + " is not among the partners"));
    }
  }

  private void plans() {
    List<BusinessPlan> list = portfolio.plans();
    unique(Section.PLANS, list, plan -> plan.id().value());
    for (int i = 0; i < list.size(); i++) {
      BusinessPlan plan = list.get(i);
      String key = plan.id().value();
      String what = "plan " + plan.id();
      Relationship relationship = relationship(Section.PLANS, i, key, what, plan.relationship());
      for (Objective objective : plan.objectives()) {
        if (relationship != null
            && objective.party().isPresent()
            && !relationship.parties().contains(objective.party().get())) {
          add(
              Section.PLANS,
              i,
              key,
              "objectives",
              ProblemKind.INCONSISTENT,
              what
                  + " makes "
                  + objective.party().get()
                  + " accountable for objective "
                  + objective.id()
                  + ", but it is not a party to relationship "
                  + relationship.id());
        }
      }
    }
  }

  private void budgets() {
    List<MarketingBudget> list = portfolio.budgets();
    unique(Section.BUDGETS, list, budget -> budget.id().value());
    for (int i = 0; i < list.size(); i++) {
      MarketingBudget budget = list.get(i);
      String key = budget.id().value();
      String what = "budget " + budget.id();
      Relationship relationship =
          relationship(Section.BUDGETS, i, key, what, budget.relationship());
      if (relationship != null && !relationship.parties().contains(budget.party())) {
        add(
            Section.BUDGETS,
            i,
            key,
            "party",
            ProblemKind.INCONSISTENT,
            what
                + " is contributed by "
                + budget.party()
                + ", which is not a party to relationship "
                + relationship.id());
      }
    }
  }

  private void fundRequests() {
    List<FundRequest> list = portfolio.fundRequests();
    unique(Section.FUND_REQUESTS, list, request -> request.id().value());
    Set<BudgetId> budgets = new HashSet<>();
    portfolio.budgets().forEach(budget -> budgets.add(budget.id()));
    Set<CampaignId> campaigns = new HashSet<>();
    portfolio.campaigns().forEach(campaign -> campaigns.add(campaign.id()));
    for (int i = 0; i < list.size(); i++) {
      FundRequest request = list.get(i);
      String key = request.id().value();
      String what = "fund request " + request.id();
      if (!budgets.contains(request.budget())) {
        add(
            Section.FUND_REQUESTS,
            i,
            key,
            "budget",
            ProblemKind.UNKNOWN_REFERENCE,
            what + " draws on budget " + request.budget() + ", which is not in the portfolio");
      }
      if (!campaigns.contains(request.campaign())) {
        add(
            Section.FUND_REQUESTS,
            i,
            key,
            "campaign",
            ProblemKind.UNKNOWN_REFERENCE,
            what + " pays for campaign " + request.campaign() + ", which is not in the portfolio");
      }
    }
  }

  private void fundClaims() {
    List<FundClaim> list = portfolio.fundClaims();
    unique(Section.FUND_CLAIMS, list, claim -> claim.id().value());
    Set<FundRequestId> requests = new HashSet<>();
    portfolio.fundRequests().forEach(request -> requests.add(request.id()));
    for (int i = 0; i < list.size(); i++) {
      FundClaim claim = list.get(i);
      if (!requests.contains(claim.request())) {
        add(
            Section.FUND_CLAIMS,
            i,
            claim.id().value(),
            "request",
            ProblemKind.UNKNOWN_REFERENCE,
            "fund claim "
                + claim.id()
                + " is made against request "
                + claim.request()
                + ", which is not in the portfolio");
      }
    }
  }

  private void campaigns() {
    List<Campaign> list = portfolio.campaigns();
    unique(Section.CAMPAIGNS, list, campaign -> campaign.id().value());
    for (int i = 0; i < list.size(); i++) {
      Campaign campaign = list.get(i);
      String key = campaign.id().value();
      String what = "campaign " + campaign.id();
      relationship(Section.CAMPAIGNS, i, key, what, campaign.relationship());
      for (LeadId lead : campaign.leads()) {
        if (!leads.containsKey(lead.value())) {
          add(
              Section.CAMPAIGNS,
              i,
              key,
              "leads",
              ProblemKind.UNKNOWN_REFERENCE,
              what + " produced lead " + lead + ", which is not in the portfolio");
        }
      }
      for (OpportunityId opportunity : campaign.opportunities()) {
        if (!opportunities.containsKey(opportunity.value())) {
          add(
              Section.CAMPAIGNS,
              i,
              key,
              "opportunities",
              ProblemKind.UNKNOWN_REFERENCE,
              what + " produced opportunity " + opportunity + ", which is not in the portfolio");
        }
      }
    }
  }

  private void surveys() {
    List<MindShareSurvey> list = portfolio.surveys();
    unique(Section.SURVEYS, list, survey -> survey.id().value());
    for (int i = 0; i < list.size(); i++) {
      MindShareSurvey survey = list.get(i);
      relationship(
          Section.SURVEYS, i, survey.id().value(), "survey " + survey.id(), survey.relationship());
    }
  }

  /**
   * Reports a reference to a relationship that is not in the portfolio; returns the relationship,
   * or null when it is not.
   */
  private Relationship relationship(
      Section section, int index, String key, String what, RelationshipId id) {
    Relationship relationship = relationshipsById.get(id);
    if (relationship == null) {
      add(
          section,
          index,
          key,
          "relationship",
          ProblemKind.UNKNOWN_REFERENCE,
          what + " belongs to relationship " + id + ", which is not in the portfolio");
    }
    return relationship;
  }

  private void relationships() {
    List<Relationship> list = portfolio.relationships();
    unique(Section.RELATIONSHIPS, list, relationship -> relationship.id().value());
    for (int i = 0; i < list.size(); i++) {
      Relationship relationship = list.get(i);
      String what = "relationship " + relationship.id();
      if (!relationship.host().equals(portfolio.host())) {
        add(
            Section.RELATIONSHIPS,
            i,
            relationship.id().value(),
            "host",
            ProblemKind.INCONSISTENT,
            what
                + " has host "
                + relationship.host()
                + ", not the portfolio's host "
                + portfolio.host());
      }
      partner(
          Section.RELATIONSHIPS, i, relationship.id().value(), "host", what, relationship.host());
      partner(
          Section.RELATIONSHIPS,
          i,
          relationship.id().value(),
          "partner",
          what,
          relationship.partner());
    }
  }

  private void assessments() {
    List<Assessment> list = portfolio.assessments();
    unique(Section.ASSESSMENTS, list, assessment -> assessment.id().value());
    for (int i = 0; i < list.size(); i++) {
      Assessment assessment = list.get(i);
      if (!relationships.contains(assessment.relationship())) {
        add(
            Section.ASSESSMENTS,
            i,
            assessment.id().value(),
            "relationship",
            ProblemKind.UNKNOWN_REFERENCE,
            "assessment "
                + assessment.id()
                + " assesses relationship "
                + assessment.relationship()
                + ", which is not in the portfolio");
      }
    }
  }

  private void opportunities() {
    List<Opportunity> list = portfolio.opportunities();
    opportunities = unique(Section.OPPORTUNITIES, list, opportunity -> opportunity.id().value());
    for (int i = 0; i < list.size(); i++) {
      Opportunity opportunity = list.get(i);
      String key = opportunity.id().value();
      // The record's name is built only for a message.
      Supplier<String> what = () -> "opportunity " + opportunity.id();
      partner(Section.OPPORTUNITIES, i, key, "owner", what, opportunity.owner());
      for (Involvement involvement : opportunity.involvements()) {
        partner(Section.OPPORTUNITIES, i, key, "involvements", what, involvement.party());
      }
      if (opportunity.solution().isPresent()) {
        Solution solution = opportunity.solution().get();
        Solution listed = solutions.get(solution.id());
        if (listed == null) {
          add(
              Section.OPPORTUNITIES,
              i,
              key,
              "solution",
              ProblemKind.UNKNOWN_REFERENCE,
              what.get() + " sells solution " + solution.id() + ", which is not in the portfolio");
        } else if (!listed.equals(solution)) {
          add(
              Section.OPPORTUNITIES,
              i,
              key,
              "solution",
              ProblemKind.INCONSISTENT,
              what.get()
                  + " holds solution "
                  + solution.id()
                  + " other than the portfolio lists it");
        }
      }
    }
  }

  private void leads() {
    List<Lead> list = portfolio.leads();
    leads = unique(Section.LEADS, list, lead -> lead.id().value());
    for (int i = 0; i < list.size(); i++) {
      Lead lead = list.get(i);
      String key = lead.id().value();
      Supplier<String> what = () -> "lead " + lead.id();
      partner(Section.LEADS, i, key, "source", what, lead.source());
      for (PartnerId party : lead.sharedWith()) {
        partner(Section.LEADS, i, key, "sharedWith", what, party);
      }
      if (lead.convertedOpportunity().isPresent()
          && !opportunities.containsKey(lead.convertedOpportunity().get().value())) {
        add(
            Section.LEADS,
            i,
            key,
            "convertedOpportunity",
            ProblemKind.UNKNOWN_REFERENCE,
            what.get()
                + " was converted to opportunity "
                + lead.convertedOpportunity().get()
                + ", which is not in the portfolio");
      }
    }
  }

  private void solutions() {
    List<Solution> list = portfolio.solutions();
    unique(Section.SOLUTIONS, list, solution -> solution.id().value());
    for (int i = 0; i < list.size(); i++) {
      Solution solution = list.get(i);
      for (PartnerId party : solution.parties()) {
        partner(
            Section.SOLUTIONS,
            i,
            solution.id().value(),
            "contributions",
            "solution " + solution.id(),
            party);
      }
    }
  }

  private void registrations() {
    List<Registration> list = portfolio.registrations();
    unique(Section.REGISTRATIONS, list, registration -> registration.id().value());
    for (int i = 0; i < list.size(); i++) {
      Registration registration = list.get(i);
      String key = registration.id().value();
      String what = "registration " + registration.id();
      if (!opportunities.containsKey(registration.opportunity().value())) {
        add(
            Section.REGISTRATIONS,
            i,
            key,
            "opportunity",
            ProblemKind.UNKNOWN_REFERENCE,
            what
                + " claims opportunity "
                + registration.opportunity()
                + ", which is not in the portfolio");
      }
      partner(
          Section.REGISTRATIONS,
          i,
          key,
          "registration",
          what,
          registration.registration().registeringParty());
    }
  }

  private void ventures() {
    List<JointVenture> list = portfolio.ventures();
    unique(Section.VENTURES, list, venture -> venture.id().value());
    for (int i = 0; i < list.size(); i++) {
      JointVenture venture = list.get(i);
      for (Ownership ownership : venture.owners()) {
        partner(
            Section.VENTURES,
            i,
            venture.id().value(),
            "owners",
            "joint venture " + venture.id(),
            ownership.owner());
      }
    }
  }

  private void networks() {
    List<PartnerNetwork> list = portfolio.networks();
    unique(Section.NETWORKS, list, network -> network.id().value());
    for (int i = 0; i < list.size(); i++) {
      PartnerNetwork network = list.get(i);
      String key = network.id().value();
      String what = "network " + network.id();
      if (network.organizer().isPresent()) {
        partner(Section.NETWORKS, i, key, "organizer", what, network.organizer().get());
      }
      for (PartnerId member : network.members()) {
        partner(Section.NETWORKS, i, key, "members", what, member);
      }
    }
  }

  private void revenues() {
    List<PeriodRevenue> list = portfolio.revenues();
    Map<RelationshipId, List<Integer>> booked = new HashMap<>();
    for (int i = 0; i < list.size(); i++) {
      PeriodRevenue revenue = list.get(i);
      String key = revenue.relationship() + "@" + revenue.period();
      if (!relationships.contains(revenue.relationship())) {
        add(
            Section.REVENUES,
            i,
            key,
            "relationship",
            ProblemKind.UNKNOWN_REFERENCE,
            "revenue of "
                + revenue.period()
                + " is booked to relationship "
                + revenue.relationship()
                + ", which is not in the portfolio");
      }
      List<Integer> earlier =
          booked.computeIfAbsent(revenue.relationship(), id -> new ArrayList<>());
      for (int j : earlier) {
        PeriodRevenue other = list.get(j);
        if (other.period().overlaps(revenue.period())) {
          add(
              Section.REVENUES,
              i,
              key,
              "period",
              other.period().equals(revenue.period())
                  ? ProblemKind.DUPLICATE
                  : ProblemKind.INCONSISTENT,
              "relationship "
                  + revenue.relationship()
                  + " books revenue for "
                  + revenue.period()
                  + ", which overlaps "
                  + other.period()
                  + " booked at index "
                  + j);
          break;
        }
      }
      earlier.add(i);
    }
  }

  private void tiers() {
    unique(Section.TIERS, portfolio.tiers(), tier -> tier.name());
    Map<Integer, Integer> ranks = new HashMap<>();
    for (int i = 0; i < portfolio.tiers().size(); i++) {
      int rank = portfolio.tiers().get(i).rank();
      Integer earlier = ranks.putIfAbsent(rank, i);
      if (earlier != null) {
        add(
            Section.TIERS,
            i,
            portfolio.tiers().get(i).name(),
            "rank",
            ProblemKind.DUPLICATE,
            "rank " + rank + " is already used at index " + earlier + " of tiers");
      }
    }
  }

  private void partnerTiers() {
    List<PartnerTier> list = portfolio.partnerTiers();
    unique(Section.PARTNER_TIERS, list, assigned -> assigned.partner().value());
    for (int i = 0; i < list.size(); i++) {
      PartnerTier assigned = list.get(i);
      String key = assigned.partner().value();
      String what = "assigned tier of " + assigned.partner();
      partner(Section.PARTNER_TIERS, i, key, "partner", what, assigned.partner());
      tier(Section.PARTNER_TIERS, i, key, what, assigned.tier());
    }
  }

  private void incentives() {
    List<Incentive> list = portfolio.incentives();
    unique(Section.INCENTIVES, list, Incentive::key);
    for (int i = 0; i < list.size(); i++) {
      Incentive incentive = list.get(i);
      if (incentive.tier().isPresent()) {
        tier(
            Section.INCENTIVES,
            i,
            incentive.key(),
            "programme " + incentive.programme(),
            incentive.tier().get());
      }
    }
  }

  private void solutionNeeds() {
    List<SolutionNeed> list = portfolio.solutionNeeds();
    unique(Section.SOLUTION_NEEDS, list, need -> need.solution().value() + "/" + need.competency());
    for (int i = 0; i < list.size(); i++) {
      SolutionNeed need = list.get(i);
      if (!solutions.containsKey(need.solution())) {
        add(
            Section.SOLUTION_NEEDS,
            i,
            need.solution().value() + "/" + need.competency(),
            "solution",
            ProblemKind.UNKNOWN_REFERENCE,
            "competency "
                + need.competency()
                + " is needed by solution "
                + need.solution()
                + ", which is not in the portfolio");
      }
    }
  }

  private void tier(Section section, int index, String key, String what, String tier) {
    if (!tiers.contains(tier)) {
      add(
          section,
          index,
          key,
          "tier",
          ProblemKind.UNKNOWN_REFERENCE,
          what + " names tier " + tier + ", which is not among the programme's tiers");
    }
  }

  /**
   * Reports each record whose id an earlier record of the list already has; gives the index of each
   * id's first record, by id.
   */
  private <T> Map<String, Integer> unique(Section section, List<T> list, Function<T, String> id) {
    Map<String, Integer> first = Maps.newHashMapWithExpectedSize(list.size());
    for (int i = 0; i < list.size(); i++) {
      String key = id.apply(list.get(i));
      Integer earlier = first.putIfAbsent(key, i);
      if (earlier != null) {
        add(
            section,
            i,
            key,
            "id",
            ProblemKind.DUPLICATE,
            "id " + key + " is already used at index " + earlier + " of " + section.property());
      }
    }
    return first;
  }

  private void partner(
      Section section, int index, String key, String property, String what, PartnerId party) {
    partner(section, index, key, property, () -> what, party);
  }

  /** As above, the record's name built only when the party is missing. */
  private void partner(
      Section section,
      int index,
      String key,
      String property,
      Supplier<String> what,
      PartnerId party) {
    if (!partners.contains(party)) {
      add(
          section,
          index,
          key,
          property,
          ProblemKind.UNKNOWN_REFERENCE,
          what.get() + " names party " + party + ", which is not among the partners");
    }
  }

  private void add(
      Section section, int index, String key, String property, ProblemKind kind, String message) {
    problems.add(new RecordProblem(section, index, key, property, kind, message));
  }
}

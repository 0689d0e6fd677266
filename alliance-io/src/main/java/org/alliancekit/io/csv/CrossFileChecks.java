package org.alliancekit.io.csv;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.portfolio.RecordProblem;
import org.alliancekit.model.portfolio.Section;

/**
 * Applies the rules that span files, which live in {@link AlliancePortfolio#problems()}, to what
 * the files gave: each broken rule is reported at the file, line and column of the record at fault,
 * and the record is left out; since leaving a record out can break a reference to it, the rules run
 * again until the records left are consistent. A reference into a file that could not be read at
 * all is not reported, so that one missing file does not turn every row of the others into a
 * problem.
 */
final class CrossFileChecks {
  /** Where the records of each section come from. */
  record Source(String file, ImmutableList<Long> lines, boolean usable) {}

  /** The column of each property at fault, per section; a property not named has column "". */
  private static final ImmutableMap<Section, ImmutableMap<String, String>> COLUMNS =
      ImmutableMap.<Section, ImmutableMap<String, String>>builder()
          .put(Section.PARTNERS, ImmutableMap.of("id", PartnersCsv.PARTNER_ID))
          .put(
              Section.RELATIONSHIPS,
              ImmutableMap.of(
                  "id", RelationshipsCsv.RELATIONSHIP_ID,
                  "host", RelationshipsCsv.HOST_ID,
                  "partner", RelationshipsCsv.PARTNER_ID))
          .put(
              Section.ASSESSMENTS,
              ImmutableMap.of(
                  "id", AssessmentsCsv.ASSESSMENT_ID,
                  "relationship", AssessmentsCsv.RELATIONSHIP_ID))
          .put(
              Section.OPPORTUNITIES,
              ImmutableMap.of(
                  "id", OpportunitiesCsv.OPPORTUNITY_ID,
                  "owner", OpportunitiesCsv.OWNER_ID,
                  "solution", OpportunitiesCsv.SOLUTION_ID))
          .put(Section.ACCOUNTS, ImmutableMap.of("id", AccountsCsv.ACCOUNT_ID))
          .put(
              Section.LEADS,
              ImmutableMap.of(
                  "id", LeadsCsv.LEAD_ID,
                  "source", LeadsCsv.SOURCE_ID,
                  "sharedWith", LeadsCsv.SHARED_WITH,
                  "convertedOpportunity", LeadsCsv.OPPORTUNITY_ID))
          .put(
              Section.SOLUTIONS,
              ImmutableMap.of(
                  "id", SolutionsCsv.SOLUTION_ID, "contributions", SolutionsCsv.CONTRIBUTOR_ID))
          .put(
              Section.REGISTRATIONS,
              ImmutableMap.of(
                  "id", RegistrationsCsv.REGISTRATION_ID,
                  "opportunity", RegistrationsCsv.OPPORTUNITY_ID,
                  "registration", RegistrationsCsv.PARTNER_ID))
          .put(
              Section.NETWORKS,
              ImmutableMap.of(
                  "id", NetworksCsv.NETWORK_ID,
                  "organizer", NetworksCsv.ORGANIZER_ID,
                  "members", NetworksCsv.MEMBER_ID))
          .put(
              Section.REVENUES,
              ImmutableMap.of(
                  "relationship", RevenuesCsv.RELATIONSHIP_ID, "period", RevenuesCsv.PERIOD))
          .put(Section.TIERS, ImmutableMap.of("id", TiersCsv.TIER, "rank", TiersCsv.RANK))
          .put(
              Section.PARTNER_TIERS,
              ImmutableMap.of(
                  "id", PartnerTiersCsv.PARTNER_ID,
                  "partner", PartnerTiersCsv.PARTNER_ID,
                  "tier", PartnerTiersCsv.TIER))
          .put(
              Section.INCENTIVES,
              ImmutableMap.of("id", IncentivesCsv.TIER, "tier", IncentivesCsv.TIER))
          .put(
              Section.SOLUTION_NEEDS,
              ImmutableMap.of(
                  "id", SolutionNeedsCsv.COMPETENCY, "solution", SolutionNeedsCsv.SOLUTION_ID))
          .put(
              Section.PLANS,
              ImmutableMap.of(
                  "id", PlansCsv.PLAN_ID,
                  "relationship", PlansCsv.RELATIONSHIP_ID,
                  "objectives", PlansCsv.PARTY_ID))
          .put(
              Section.BUDGETS,
              ImmutableMap.of(
                  "id", BudgetsCsv.BUDGET_ID,
                  "relationship", BudgetsCsv.RELATIONSHIP_ID,
                  "party", BudgetsCsv.PARTY_ID))
          .put(
              Section.FUND_REQUESTS,
              ImmutableMap.of(
                  "id", FundRequestsCsv.REQUEST_ID,
                  "budget", FundRequestsCsv.BUDGET_ID,
                  "campaign", FundRequestsCsv.CAMPAIGN_ID))
          .put(
              Section.FUND_CLAIMS,
              ImmutableMap.of("id", FundClaimsCsv.CLAIM_ID, "request", FundClaimsCsv.REQUEST_ID))
          .put(
              Section.CAMPAIGNS,
              ImmutableMap.of(
                  "id", CampaignsCsv.CAMPAIGN_ID, "relationship", CampaignsCsv.RELATIONSHIP_ID))
          .put(
              Section.SURVEYS,
              ImmutableMap.of(
                  "id", SurveysCsv.SURVEY_ID, "relationship", SurveysCsv.RELATIONSHIP_ID))
          .buildOrThrow();

  /** The section each reference property points into. */
  private static final ImmutableMap<String, Section> REFERENCES =
      ImmutableMap.<String, Section>builder()
          .put("host", Section.PARTNERS)
          .put("partner", Section.PARTNERS)
          .put("owner", Section.PARTNERS)
          .put("involvements", Section.PARTNERS)
          .put("source", Section.PARTNERS)
          .put("sharedWith", Section.PARTNERS)
          .put("registration", Section.PARTNERS)
          .put("contributions", Section.PARTNERS)
          .put("owners", Section.PARTNERS)
          .put("organizer", Section.PARTNERS)
          .put("members", Section.PARTNERS)
          .put("relationship", Section.RELATIONSHIPS)
          .put("opportunity", Section.OPPORTUNITIES)
          .put("convertedOpportunity", Section.OPPORTUNITIES)
          .put("solution", Section.SOLUTIONS)
          .put("tier", Section.TIERS)
          .put("budget", Section.BUDGETS)
          .put("campaign", Section.CAMPAIGNS)
          .put("request", Section.FUND_REQUESTS)
          .put("leads", Section.LEADS)
          .put("opportunities", Section.OPPORTUNITIES)
          .buildOrThrow();

  private final Map<Section, Source> sources;
  private final Map<Section, List<Long>> lines = new EnumMap<>(Section.class);

  private CrossFileChecks(Map<Section, Source> sources) {
    this.sources = sources;
    sources.forEach((section, source) -> lines.put(section, new ArrayList<>(source.lines())));
  }

  /**
   * Returns the data without the records that break a rule spanning files, adding a problem for
   * each to {@code problems}.
   *
   * @param sources where the records of each section of the data come from, their lines in the
   *     order of the data's lists; a section without a source is checked but located in no file
   */
  static PortfolioData check(
      PortfolioData data, Map<Section, Source> sources, List<Problem> problems) {
    return new CrossFileChecks(sources).run(data, problems);
  }

  private PortfolioData run(PortfolioData data, List<Problem> problems) {
    Set<RecordProblem> reported = new HashSet<>();
    PortfolioData current = data;
    for (Optional<AlliancePortfolio> portfolio = current.portfolio();
        portfolio.isPresent();
        portfolio = current.portfolio()) {
      Map<Section, Set<Integer>> leftOut = new EnumMap<>(Section.class);
      for (RecordProblem problem : portfolio.get().problems()) {
        if (problem.property().isEmpty()) {
          // The host not among the partners: each relationship naming it is reported instead.
          continue;
        }
        Section target = REFERENCES.get(problem.property());
        if (problem.kind() == ProblemKind.UNKNOWN_REFERENCE
            && target != null
            && sources.containsKey(target)
            && !sources.get(target).usable()) {
          continue;
        }
        if (reported.add(problem)) {
          problems.add(locate(problem));
        }
        if (!problem.property().isEmpty()) {
          leftOut
              .computeIfAbsent(problem.section(), section -> new HashSet<>())
              .add(problem.index());
        }
      }
      if (leftOut.isEmpty()) {
        break;
      }
      current = without(current, leftOut);
    }
    return current;
  }

  private Problem locate(RecordProblem problem) {
    Source source = sources.get(problem.section());
    List<Long> sectionLines = lines.get(problem.section());
    if (source == null || sectionLines == null || problem.index() >= sectionLines.size()) {
      return problem.toProblem();
    }
    String column =
        COLUMNS
            .getOrDefault(problem.section(), ImmutableMap.of())
            .getOrDefault(problem.property(), "");
    return Problem.inFile(
        source.file(),
        sectionLines.get(problem.index()),
        column,
        problem.kind(),
        problem.message());
  }

  private PortfolioData without(PortfolioData data, Map<Section, Set<Integer>> leftOut) {
    return data.withPartners(keep(Section.PARTNERS, data.partners(), leftOut))
        .withRelationships(keep(Section.RELATIONSHIPS, data.relationships(), leftOut))
        .withAssessments(keep(Section.ASSESSMENTS, data.assessments(), leftOut))
        .withOpportunities(keep(Section.OPPORTUNITIES, data.opportunities(), leftOut))
        .withAccounts(keep(Section.ACCOUNTS, data.accounts(), leftOut))
        .withLeads(keep(Section.LEADS, data.leads(), leftOut))
        .withSolutions(keep(Section.SOLUTIONS, data.solutions(), leftOut))
        .withRegistrations(keep(Section.REGISTRATIONS, data.registrations(), leftOut))
        .withNetworks(keep(Section.NETWORKS, data.networks(), leftOut))
        .withRevenues(keep(Section.REVENUES, data.revenues(), leftOut))
        .withTiers(keep(Section.TIERS, data.tiers(), leftOut))
        .withPartnerTiers(keep(Section.PARTNER_TIERS, data.partnerTiers(), leftOut))
        .withIncentives(keep(Section.INCENTIVES, data.incentives(), leftOut))
        .withSolutionNeeds(keep(Section.SOLUTION_NEEDS, data.solutionNeeds(), leftOut))
        .withPlans(keep(Section.PLANS, data.plans(), leftOut))
        .withBudgets(keep(Section.BUDGETS, data.budgets(), leftOut))
        .withFundRequests(keep(Section.FUND_REQUESTS, data.fundRequests(), leftOut))
        .withFundClaims(keep(Section.FUND_CLAIMS, data.fundClaims(), leftOut))
        .withCampaigns(keep(Section.CAMPAIGNS, data.campaigns(), leftOut))
        .withSurveys(keep(Section.SURVEYS, data.surveys(), leftOut));
  }

  private <T> ImmutableList<T> keep(
      Section section, List<T> values, Map<Section, Set<Integer>> leftOut) {
    Set<Integer> out = leftOut.getOrDefault(section, ImmutableSet.of());
    if (out.isEmpty()) {
      return ImmutableList.copyOf(values);
    }
    List<Long> sectionLines = lines.get(section);
    List<Long> keptLines = new ArrayList<>();
    ImmutableList.Builder<T> kept = ImmutableList.builder();
    for (int i = 0; i < values.size(); i++) {
      if (!out.contains(i)) {
        kept.add(values.get(i));
        if (sectionLines != null && i < sectionLines.size()) {
          keptLines.add(sectionLines.get(i));
        }
      }
    }
    if (sectionLines != null) {
      lines.put(section, keptLines);
    }
    return kept.build();
  }
}

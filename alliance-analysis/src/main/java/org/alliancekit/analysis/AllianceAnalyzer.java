package org.alliancekit.analysis;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.attribution.stacking.SolutionStacks;
import org.alliancekit.attribution.stacking.ValueStacking;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.money.MinorUnits;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Registration;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.pipeline.registration.Decision;
import org.alliancekit.pipeline.registration.RegistrationDesk;
import org.alliancekit.pipeline.registration.RegistrationOutcome;
import org.alliancekit.pipeline.registration.RegistrationRules;
import org.alliancekit.pipeline.velocity.ClosedDealVelocity;
import org.alliancekit.pipeline.velocity.SegmentVelocity;
import org.alliancekit.pipeline.velocity.Segmentation;
import org.alliancekit.planning.BudgetCycleAlignment;
import org.alliancekit.planning.BudgetCycles;
import org.alliancekit.planning.JointPlanning;
import org.alliancekit.planning.JointPlanningResult;
import org.alliancekit.planning.ObjectiveAttainment;
import org.alliancekit.programme.PartnerProgramme;
import org.alliancekit.programme.ProgrammeAnalysis;
import org.alliancekit.programme.TierQualification;
import org.alliancekit.scoring.assessment.AssessmentCombiner;
import org.alliancekit.scoring.assessment.ScoringRule;
import org.alliancekit.scoring.benchmark.HalfYearPoint;
import org.alliancekit.scoring.benchmark.HalfYearTrend;
import org.alliancekit.scoring.benchmark.ScoreRevenueEvidence;
import org.alliancekit.scoring.evidence.ElasticityEstimate;
import org.alliancekit.scoring.evidence.EvidencePanel;
import org.alliancekit.scoring.evidence.GroupComparison;
import org.alliancekit.scoring.evidence.SalesEvidence;
import org.alliancekit.scoring.evidence.SalesProcessComparison;
import org.alliancekit.scoring.relationship.Finding;
import org.alliancekit.scoring.relationship.FindingKind;
import org.alliancekit.scoring.relationship.MotionObservation;
import org.alliancekit.scoring.relationship.MotionObserver;
import org.alliancekit.scoring.relationship.RelationshipChecks;
import org.alliancekit.scoring.relationship.Severity;
import org.apiguardian.api.API;

/**
 * Derives every finding of a portfolio from its records as of a date, in one call, by the verbs of
 * the library modules: {@link MotionObserver} (observed sales motions), {@link RelationshipChecks}
 * (findings), {@link RegistrationDesk#decideAll} (registration decisions), {@link
 * ClosedDealVelocity} (velocity by route to market), {@link ValueStacking#fromSolutions} (value
 * stacks), {@link HalfYearTrend} (trends), {@link ScoreRevenueEvidence} (whether best practice goes
 * with sales), {@link JointPlanning} (joint planning and marketing) and {@link
 * PartnerProgramme#analyse} (the partner programme).
 *
 * <pre>{@code
 * AlliancePortfolio portfolio = PortfolioReader.standard().read(folder).value().portfolio();
 * AllianceAnalysis analysis =
 *     AllianceAnalyzer.standard().analyze(portfolio, LocalDate.of(2026, 6, 30), gbp);
 * analysis.findings().forEach(finding -> System.out.println(finding.message()));
 * }</pre>
 *
 * <p><b>What is taken as of the date.</b> Every window is the twelve months that end on the as-of
 * date. Assessments dated after it are not scored; registrations submitted or decided after it are
 * not decided (they had not happened yet); leads, opportunities and closed deals outside the window
 * are left to the verbs, which count only those in it.
 *
 * <p><b>Findings.</b> For every relationship whose two parties are in the portfolio: {@link
 * RelationshipChecks#asOf} (an unbalanced alliance, one-sided governance, an overdue review) and
 * {@link RelationshipChecks#motionMismatch}; over all relationships {@link
 * RelationshipChecks#channelConflicts}; for every partner {@link RelationshipChecks#competencies};
 * and a {@code REGISTRATION_REJECTED} finding for every registration the desk rejects, tied to the
 * relationship between the opportunity's owner and the registering partner when there is one; and a
 * {@code BUDGET_CYCLE_MISALIGNED} finding (medium) for every relationship whose two parties' fiscal
 * years start in different months, its sentence naming the next joint budget deadline.
 *
 * <p><b>Joint planning.</b> {@link JointPlanning#analyse} with the portfolio's rates, the default
 * planning lead time ({@value BudgetCycles#DEFAULT_LEAD_MONTHS} months) and, for the mind-share
 * permutation tests, the analyzer's number of permutations and seed; each plan's objectives are put
 * in objective id order, and the plans and campaigns it cannot measure are in {@link
 * AllianceAnalysis#problems()}.
 *
 * <p><b>The partner programme.</b> {@link PartnerProgramme#analyse} on the as-of date, in the
 * analysis currency with the portfolio's rates. A partner's score is its latest overall score as
 * the trends give it: the overall of the latest half-year scored among its relationships, the mean
 * when several of them were scored in that half-year. Each partner below its assigned tier is a
 * {@code TIER_AT_RISK} finding (MEDIUM) on its relationship with the host, when it has one, whose
 * sentence names the assigned and the qualified tier and what is missing for the next tier up. The
 * records are put in id order first, so that the programme's lists do not depend on the order of
 * the records. When the programme cannot be analysed (two tiers of one name or rank, a missing
 * rate) the reason is a problem and {@link AllianceAnalysis#programme()} is empty.
 *
 * <p><b>Trends and evidence.</b> Each relationship's assessments are combined per half-year of the
 * host's fiscal year with the analyzer's combiner and scored with its rule. Revenue in another
 * currency than the analysis currency is converted with the portfolio's rates and rounded half to
 * even to the minor unit; revenue no rate converts is left out of the evidence and reported once
 * per currency. The evidence is computed for lag 0 and lag 1 with the analyzer's number of
 * permutations and seed.
 *
 * <p>Nothing is thrown away silently: a relationship whose assessments cannot be scored, a
 * relationship or partner that a check cannot use, and every record a verb reports are in {@link
 * AllianceAnalysis#problems()}; the rest of the analysis is made without them. Immutable and
 * thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AllianceAnalyzer {
  private static final AllianceAnalyzer STANDARD =
      new AllianceAnalyzer(
          org.alliancekit.scoring.assessment.ScoringRules.weightedAverage(),
          AssessmentCombiner.mean(),
          RegistrationDesk.with(RegistrationRules.standard()),
          ScoreRevenueEvidence.DEFAULT_PERMUTATIONS,
          ScoreRevenueEvidence.DEFAULT_SEED);

  private final ScoringRule rule;
  private final AssessmentCombiner combiner;
  private final RegistrationDesk desk;
  private final int permutations;
  private final long seed;

  private AllianceAnalyzer(
      ScoringRule rule,
      AssessmentCombiner combiner,
      RegistrationDesk desk,
      int permutations,
      long seed) {
    this.rule = rule;
    this.combiner = combiner;
    this.desk = desk;
    this.permutations = permutations;
    this.seed = seed;
  }

  /**
   * Returns the analyzer that scores with the flat weighted average ({@code
   * ScoringRules.weightedAverage()}) of the mean of each half-year's assessments, decides
   * registrations with {@code RegistrationDesk.with(RegistrationRules.standard())} and estimates
   * p-values from {@value ScoreRevenueEvidence#DEFAULT_PERMUTATIONS} permutations with seed {@value
   * ScoreRevenueEvidence#DEFAULT_SEED}.
   */
  public static AllianceAnalyzer standard() {
    return STANDARD;
  }

  /** Returns an analyzer that scores each half-year's assessments with these instead. */
  public AllianceAnalyzer withScoring(ScoringRule rule, AssessmentCombiner combiner) {
    return new AllianceAnalyzer(
        checkNotNull(rule, "rule"), checkNotNull(combiner, "combiner"), desk, permutations, seed);
  }

  /** Returns an analyzer that decides registrations with {@code desk} instead. */
  public AllianceAnalyzer withRegistrationDesk(RegistrationDesk desk) {
    return new AllianceAnalyzer(rule, combiner, checkNotNull(desk, "desk"), permutations, seed);
  }

  /**
   * Returns an analyzer that estimates the evidence's p-values from {@code permutations}
   * permutations drawn with {@code seed}.
   *
   * @throws IllegalArgumentException if {@code permutations} is below 1
   */
  public AllianceAnalyzer withPermutations(int permutations, long seed) {
    checkArgument(permutations >= 1, "number of permutations %s must be at least 1", permutations);
    return new AllianceAnalyzer(rule, combiner, desk, permutations, seed);
  }

  /**
   * Analyses {@code portfolio} as of its {@linkplain AsOfDates#latestRecorded latest recorded
   * date}, with revenue in {@code currency}.
   *
   * @throws IllegalArgumentException if the portfolio records no dated event
   */
  public AllianceAnalysis analyze(AlliancePortfolio portfolio, CurrencyUnit currency) {
    LocalDate asOf =
        AsOfDates.latestRecorded(checkNotNull(portfolio, "portfolio"))
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "the portfolio records no dated event, so there is no default as-of"
                            + " date; give one"));
    return analyze(portfolio, asOf, currency);
  }

  /** Analyses {@code portfolio} as of {@code asOf}, with revenue in {@code currency}. */
  public AllianceAnalysis analyze(
      AlliancePortfolio portfolio, LocalDate asOf, CurrencyUnit currency) {
    return analyze(portfolio, asOf, currency, AnalysisListener.none());
  }

  /**
   * Analyses {@code portfolio} as of {@code asOf}, with revenue in {@code currency}, telling {@code
   * listener} when each {@link AnalysisPhase} starts and finishes. The result is that of {@link
   * #analyze(AlliancePortfolio, LocalDate, CurrencyUnit)}.
   */
  public AllianceAnalysis analyze(
      AlliancePortfolio portfolio,
      LocalDate asOf,
      CurrencyUnit currency,
      AnalysisListener listener) {
    checkNotNull(portfolio, "portfolio");
    checkNotNull(asOf, "asOf");
    checkNotNull(currency, "currency");
    checkNotNull(listener, "listener");
    List<Problem> problems = new ArrayList<>();
    Map<PartnerId, Partner> partners = new HashMap<>();
    for (Partner partner : portfolio.partners()) {
      partners.putIfAbsent(partner.id(), partner);
    }
    Month fiscalYearStart =
        Optional.ofNullable(partners.get(portfolio.host()))
            .map(Partner::fiscalYearStartMonth)
            .orElse(Month.JANUARY);

    listener.started(AnalysisPhase.MOTIONS);
    ImmutableMap<RelationshipId, MotionObservation> motions =
        MotionObserver.standard()
            .observe(portfolio.relationships(), portfolio.leads(), portfolio.opportunities(), asOf);
    listener.finished(AnalysisPhase.MOTIONS);
    listener.started(AnalysisPhase.REGISTRATIONS);
    ImmutableList<RegistrationOutcome> registrations = registrations(portfolio, asOf);
    listener.finished(AnalysisPhase.REGISTRATIONS);
    listener.started(AnalysisPhase.PLANNING);
    JointPlanningResult planning =
        byObjective(
            JointPlanning.analyse(
                portfolio,
                asOf,
                portfolio.rates(),
                BudgetCycles.DEFAULT_LEAD_MONTHS,
                seed,
                permutations));
    problems.addAll(planning.problems());
    listener.finished(AnalysisPhase.PLANNING);
    listener.started(AnalysisPhase.FINDINGS);
    ImmutableList<Finding> findings =
        findings(portfolio, asOf, partners, motions, registrations, planning, problems);
    listener.finished(AnalysisPhase.FINDINGS);
    listener.started(AnalysisPhase.VALUE_STACKS);
    SolutionStacks stacks =
        ValueStacking.fromSolutions(portfolio.solutions(), portfolio.opportunities(), asOf);
    problems.addAll(stacks.problems());
    listener.finished(AnalysisPhase.VALUE_STACKS);
    listener.started(AnalysisPhase.TRENDS);
    ImmutableMap<RelationshipId, HalfYearTrend> trends =
        trends(portfolio, asOf, fiscalYearStart, problems);
    listener.finished(AnalysisPhase.TRENDS);
    listener.started(AnalysisPhase.EVIDENCE);
    List<PeriodRevenue> revenues = revenues(portfolio, currency, problems);
    ImmutableList<ScoreRevenueEvidence> evidence =
        ImmutableList.of(
            ScoreRevenueEvidence.of(trends.values(), revenues, currency, 0, permutations, seed),
            ScoreRevenueEvidence.of(trends.values(), revenues, currency, 1, permutations, seed));
    listener.finished(AnalysisPhase.EVIDENCE);
    listener.started(AnalysisPhase.ELASTICITIES);
    EvidencePanel panel = EvidencePanel.of(trends.values(), revenues, currency);
    ImmutableList<ElasticityEstimate> elasticities =
        SalesEvidence.standard(panel, SalesEvidence.DEFAULT_RESAMPLES, seed);
    listener.finished(AnalysisPhase.ELASTICITIES);
    listener.started(AnalysisPhase.PROGRAMME);
    Optional<ProgrammeAnalysis> programme =
        programme(portfolio, asOf, currency, partnerScores(portfolio, trends), problems);
    if (programme.isPresent()) {
      findings = withTiersAtRisk(findings, portfolio, programme.get());
    }
    listener.finished(AnalysisPhase.PROGRAMME);
    listener.started(AnalysisPhase.VELOCITY);
    ImmutableList<SegmentVelocity> velocity =
        ClosedDealVelocity.of(
            portfolio.opportunities(),
            Segmentation.byRelationships(portfolio.relationships()),
            asOf);
    listener.finished(AnalysisPhase.VELOCITY);
    listener.started(AnalysisPhase.SALES_PROCESS);
    ImmutableList<GroupComparison> salesProcess =
        SalesProcessComparison.of(portfolio, currency, SalesEvidence.DEFAULT_RESAMPLES, seed);
    listener.finished(AnalysisPhase.SALES_PROCESS);

    return AllianceAnalysis.builder()
        .asOf(asOf)
        .host(portfolio.host())
        .currency(currency)
        .relationshipPartners(relationshipPartners(portfolio))
        .motions(motions.values())
        .findings(findings)
        .registrations(registrations)
        .velocity(velocity)
        .valueStacks(stacks.stacks())
        .trends(trends)
        .evidence(evidence)
        .panel(panel)
        .elasticities(elasticities)
        .salesProcess(salesProcess)
        .planning(planning)
        .programme(programme)
        .recordProblems(portfolio.problems())
        .problems(problems)
        .build();
  }

  private static ImmutableMap<RelationshipId, PartnerId> relationshipPartners(
      AlliancePortfolio portfolio) {
    Map<RelationshipId, PartnerId> partners = new TreeMap<>();
    for (Relationship relationship : portfolio.relationships()) {
      partners.putIfAbsent(relationship.id(), relationship.partner());
    }
    return ImmutableMap.copyOf(partners);
  }

  private ImmutableList<RegistrationOutcome> registrations(
      AlliancePortfolio portfolio, LocalDate asOf) {
    List<Registration> submitted = new ArrayList<>();
    for (Registration registration : portfolio.registrations()) {
      boolean happened =
          !registration.registration().submitted().isAfter(asOf)
              && registration.registration().decided().map(d -> !d.isAfter(asOf)).orElse(true);
      if (happened) {
        submitted.add(registration);
      }
    }
    return desk.decideAll(submitted, asOf);
  }

  private static ImmutableList<Finding> findings(
      AlliancePortfolio portfolio,
      LocalDate asOf,
      Map<PartnerId, Partner> partners,
      Map<RelationshipId, MotionObservation> motions,
      List<RegistrationOutcome> registrations,
      JointPlanningResult planning,
      List<Problem> problems) {
    RelationshipChecks checks = RelationshipChecks.standard();
    List<Finding> findings = new ArrayList<>();
    Map<PartnerPair, RelationshipId> byPair = new HashMap<>();
    ImmutableList<Relationship> relationships = portfolio.relationships();
    for (int i = 0; i < relationships.size(); i++) {
      Relationship relationship = relationships.get(i);
      byPair.putIfAbsent(
          PartnerPair.of(relationship.host(), relationship.partner()), relationship.id());
      Partner host = partners.get(relationship.host());
      Partner partner = partners.get(relationship.partner());
      if (host == null || partner == null) {
        problems.add(
            Problem.atRow(
                i,
                relationship.id().value(),
                ProblemKind.UNKNOWN_REFERENCE,
                "relationship "
                    + relationship.id()
                    + " names a party that is not a partner of the portfolio, so its balance,"
                    + " governance and review are not checked"));
      } else {
        findings.addAll(checks.asOf(relationship, host, partner, asOf));
      }
      MotionObservation observation = motions.get(relationship.id());
      if (observation != null) {
        checks.motionMismatch(relationship, observation).ifPresent(findings::add);
      }
    }
    findings.addAll(
        checks.channelConflicts(portfolio.host(), relationships, portfolio.opportunities(), asOf));
    for (Partner partner : portfolio.partners()) {
      findings.addAll(checks.competencies(partner, asOf));
    }
    // Only the opportunities of rejected registrations are looked up, so only they are mapped.
    Map<org.alliancekit.model.pipeline.OpportunityId, Opportunity> opportunities = new HashMap<>();
    for (RegistrationOutcome outcome : registrations) {
      if (outcome.decision() == Decision.REJECTED) {
        opportunities.put(outcome.opportunityId(), null);
      }
    }
    if (!opportunities.isEmpty()) {
      for (Opportunity opportunity : portfolio.opportunities()) {
        if (opportunities.containsKey(opportunity.id())) {
          opportunities.putIfAbsent(opportunity.id(), opportunity);
        }
      }
    }
    for (RegistrationOutcome outcome : registrations) {
      if (outcome.decision() == Decision.REJECTED) {
        Optional<RelationshipId> relationship =
            Optional.ofNullable(opportunities.get(outcome.opportunityId()))
                .map(o -> byPair.get(PartnerPair.of(o.owner(), outcome.partnerId())));
        findings.add(
            RelationshipChecks.registrationRejected(
                relationship,
                outcome.partnerId(),
                outcome.registrationId(),
                outcome.opportunityId(),
                outcome.message()));
      }
    }
    for (BudgetCycleAlignment cycle : planning.misalignedCycles()) {
      portfolio
          .relationship(cycle.relationship())
          .ifPresent(relationship -> findings.add(budgetCycleMisaligned(relationship, cycle)));
    }
    inReportOrder(findings);
    return ImmutableList.copyOf(findings);
  }

  /**
   * The result with each plan's objectives in objective id order (the plans are in plan id order
   * already), so that the order of a plan's rows in the records changes nothing.
   */
  private static JointPlanningResult byObjective(JointPlanningResult result) {
    return new JointPlanningResult(
        result.asOf(),
        ImmutableList.sortedCopyOf(
            Comparator.comparing(ObjectiveAttainment::plan)
                .thenComparing(ObjectiveAttainment::objective),
            result.attainment()),
        result.budgetCycles(),
        result.funds(),
        result.campaigns(),
        result.pushPull(),
        result.mindShare(),
        result.problems());
  }

  /** The finding of a misaligned budget cycle: its sentence names the next joint deadline. */
  static Finding budgetCycleMisaligned(Relationship relationship, BudgetCycleAlignment cycle) {
    return Finding.builder()
        .kind(FindingKind.BUDGET_CYCLE_MISALIGNED)
        .severity(Severity.MEDIUM)
        .message(cycle.sentence())
        .relationship(relationship.id())
        .addParties(relationship.host(), relationship.partner())
        .build();
  }

  private ImmutableMap<RelationshipId, HalfYearTrend> trends(
      AlliancePortfolio portfolio, LocalDate asOf, Month fiscalYearStart, List<Problem> problems) {
    Map<RelationshipId, List<Assessment>> byRelationship = new TreeMap<>();
    Map<RelationshipId, Integer> firstIndex = new HashMap<>();
    ImmutableList<Assessment> assessments = portfolio.assessments();
    for (int i = 0; i < assessments.size(); i++) {
      Assessment assessment = assessments.get(i);
      if (!assessment.date().isAfter(asOf)) {
        byRelationship
            .computeIfAbsent(assessment.relationship(), r -> new ArrayList<>())
            .add(assessment);
        firstIndex.putIfAbsent(assessment.relationship(), i);
      }
    }
    ImmutableMap.Builder<RelationshipId, HalfYearTrend> trends = ImmutableMap.builder();
    for (Map.Entry<RelationshipId, List<Assessment>> entry : byRelationship.entrySet()) {
      try {
        trends.put(
            entry.getKey(),
            HalfYearTrend.of(entry.getKey(), entry.getValue(), rule, combiner, fiscalYearStart));
      } catch (IllegalArgumentException e) {
        problems.add(
            Problem.atRow(
                firstIndex.get(entry.getKey()),
                entry.getKey().value(),
                ProblemKind.INCONSISTENT,
                "the assessments of relationship "
                    + entry.getKey()
                    + " cannot be scored by half-year, so it has no trend: "
                    + e.getMessage()));
      }
    }
    return trends.buildOrThrow();
  }

  /**
   * Each assessed partner's latest overall score: that of the latest half-year scored among its
   * relationships, the mean when several were scored in it.
   */
  static ImmutableMap<PartnerId, Double> partnerScores(
      AlliancePortfolio portfolio, Map<RelationshipId, HalfYearTrend> trends) {
    Map<RelationshipId, PartnerId> partners = relationshipPartners(portfolio);
    Map<PartnerId, HalfYearPoint> latest = new TreeMap<>();
    Map<PartnerId, List<Double>> overalls = new TreeMap<>();
    for (HalfYearTrend trend : trends.values()) {
      PartnerId partner = partners.get(trend.relationship());
      if (partner == null || trend.points().isEmpty()) {
        continue;
      }
      HalfYearPoint point = trend.points().get(trend.points().size() - 1);
      HalfYearPoint before = latest.get(partner);
      int order = before == null ? 1 : point.half().compareTo(before.half());
      if (order > 0) {
        latest.put(partner, point);
        overalls.put(partner, new ArrayList<>(List.of(point.overall())));
      } else if (order == 0) {
        overalls.get(partner).add(point.overall());
      }
    }
    ImmutableMap.Builder<PartnerId, Double> scores = ImmutableMap.builder();
    overalls.forEach(
        (partner, values) ->
            scores.put(
                partner, values.stream().mapToDouble(Double::doubleValue).average().orElseThrow()));
    return scores.buildOrThrow();
  }

  private static Optional<ProgrammeAnalysis> programme(
      AlliancePortfolio portfolio,
      LocalDate asOf,
      CurrencyUnit currency,
      Map<PartnerId, Double> scores,
      List<Problem> problems) {
    AlliancePortfolio inIdOrder =
        portfolio
            .withPartners(sorted(portfolio.partners(), p -> p.id().value()))
            .withAccounts(sorted(portfolio.accounts(), a -> a.id().value()))
            .withOpportunities(sorted(portfolio.opportunities(), o -> o.id().value()))
            .withSolutions(sorted(portfolio.solutions(), s -> s.id().value()));
    try {
      return Optional.of(
          PartnerProgramme.analyse(inIdOrder, asOf, currency, portfolio.rates(), scores));
    } catch (IllegalArgumentException e) {
      problems.add(
          Problem.of(
              ProblemKind.INCONSISTENT,
              "the partner programme cannot be analysed, so it is left out: " + e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * The records in the order of their ids' text, records of one id in their order. Each id is read
   * once; when the first eight characters of every id are below 256 they are packed into a number,
   * so that most comparisons compare two numbers rather than follow each record to its id's text
   * (ids that agree on those characters are compared in full).
   */
  private static <T> List<T> sorted(List<T> records, java.util.function.Function<T, String> id) {
    List<Keyed<T>> keyed = new ArrayList<>(records.size());
    boolean packable = true;
    for (T record : records) {
      String text = id.apply(record);
      packable &= Keyed.packable(text);
      keyed.add(new Keyed<>(0, text, record));
    }
    if (packable) {
      keyed.replaceAll(k -> new Keyed<>(Keyed.prefix(k.id()), k.id(), k.record()));
    }
    keyed.sort(Keyed::compareTo);
    List<T> sorted = new ArrayList<>(keyed.size());
    for (Keyed<T> k : keyed) {
      sorted.add(k.record());
    }
    return sorted;
  }

  /** A record with its id's text and the id's first eight characters packed in a number. */
  private record Keyed<T>(long prefix, String id, T record) {
    private static final int PACKED = 8;

    static boolean packable(String id) {
      for (int i = 0; i < Math.min(PACKED, id.length()); i++) {
        if (id.charAt(i) > 0xff) {
          return false;
        }
      }
      return true;
    }

    /** The first eight characters, one a byte, the first highest, zeros after a shorter id. */
    static long prefix(String id) {
      long prefix = 0;
      for (int i = 0; i < PACKED; i++) {
        prefix = (prefix << 8) | (i < id.length() ? id.charAt(i) : 0);
      }
      return prefix;
    }

    int compareTo(Keyed<T> other) {
      int order = Long.compareUnsigned(prefix, other.prefix);
      return order != 0 ? order : id.compareTo(other.id);
    }
  }

  /** The findings with a {@code TIER_AT_RISK} finding for each partner below its assigned tier. */
  private static ImmutableList<Finding> withTiersAtRisk(
      ImmutableList<Finding> findings, AlliancePortfolio portfolio, ProgrammeAnalysis programme) {
    Map<PartnerId, RelationshipId> withHost = new HashMap<>();
    for (Relationship relationship : portfolio.relationships()) {
      PartnerId other =
          relationship.host().equals(portfolio.host())
              ? relationship.partner()
              : relationship.partner().equals(portfolio.host()) ? relationship.host() : null;
      if (other != null) {
        withHost.merge(
            other, relationship.id(), (a, b) -> a.value().compareTo(b.value()) <= 0 ? a : b);
      }
    }
    List<Finding> all = new ArrayList<>(findings);
    for (TierQualification standing : programme.atRisk()) {
      Optional<RelationshipId> relationship = Optional.ofNullable(withHost.get(standing.partner()));
      Finding.Builder finding =
          Finding.builder()
              .kind(FindingKind.TIER_AT_RISK)
              .severity(Severity.MEDIUM)
              .message(tierAtRisk(standing))
              .relationship(relationship)
              .addParties(standing.partner());
      if (relationship.isPresent()) {
        finding.addParties(portfolio.host());
      }
      all.add(finding.build());
    }
    inReportOrder(all);
    return ImmutableList.copyOf(all);
  }

  /**
   * Puts {@code findings} in {@link Finding#REPORT_ORDER}, the same stable sort, reading each
   * finding's severity and relationship once: they decide most comparisons, and the order's own
   * comparator decides between findings that share both.
   */
  private static void inReportOrder(List<Finding> findings) {
    List<ReportKey> keyed = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      keyed.add(
          new ReportKey(
              finding.severity(),
              finding.relationship().map(RelationshipId::value).orElse(null),
              finding));
    }
    keyed.sort(ReportKey::compareTo);
    findings.clear();
    for (ReportKey key : keyed) {
      findings.add(key.finding());
    }
  }

  /**
   * A finding with the first two keys of {@link Finding#REPORT_ORDER}: its severity (most severe
   * first) and its relationship's id (none last).
   */
  private record ReportKey(Severity severity, String relationship, Finding finding) {
    int compareTo(ReportKey other) {
      int order = other.severity.compareTo(severity);
      if (order == 0 && !Objects.equals(relationship, other.relationship)) {
        order =
            relationship == null
                ? 1
                : other.relationship == null ? -1 : relationship.compareTo(other.relationship);
      }
      return order != 0 ? order : Finding.REPORT_ORDER.compare(finding, other.finding);
    }
  }

  /**
   * The sentence of a tier at risk, such as {@code partner acme is assigned tier Gold but qualifies
   * only for Silver; for Gold it needs competency Data & AI}.
   */
  static String tierAtRisk(TierQualification standing) {
    return "partner "
        + standing.partner()
        + " is assigned tier "
        + standing.assignedTier().orElseThrow()
        + " but qualifies "
        + standing.qualifiedTier().map(t -> "only for " + t).orElse("for no tier")
        + standing
            .nextTier()
            .map(next -> "; for " + next + " it " + String.join(", ", standing.missing()))
            .orElse("");
  }

  private static List<PeriodRevenue> revenues(
      AlliancePortfolio portfolio, CurrencyUnit currency, List<Problem> problems) {
    List<PeriodRevenue> converted = new ArrayList<>();
    Map<CurrencyUnit, Integer> unconvertible =
        new TreeMap<>(Comparator.comparing(CurrencyUnit::getCurrencyCode));
    ImmutableList<PeriodRevenue> revenues = portfolio.revenues();
    for (int i = 0; i < revenues.size(); i++) {
      PeriodRevenue revenue = revenues.get(i);
      Optional<MonetaryAmount> amount = portfolio.rates().convert(revenue.amount(), currency);
      if (amount.isPresent()) {
        converted.add(
            PeriodRevenue.of(
                revenue.relationship(), revenue.period(), MinorUnits.round(amount.get())));
      } else {
        unconvertible.merge(revenue.amount().getCurrency(), 1, Integer::sum);
      }
    }
    unconvertible.forEach(
        (from, count) ->
            problems.add(
                Problem.of(
                    ProblemKind.UNKNOWN_REFERENCE,
                    "no rate converts "
                        + from.getCurrencyCode()
                        + " into "
                        + currency.getCurrencyCode()
                        + ", so "
                        + count
                        + (count == 1 ? " revenue row is" : " revenue rows are")
                        + " left out of the evidence")));
    return converted;
  }

  /** Two parties in either order. */
  private record PartnerPair(PartnerId first, PartnerId second) {
    static PartnerPair of(PartnerId a, PartnerId b) {
      return a.compareTo(b) <= 0 ? new PartnerPair(a, b) : new PartnerPair(b, a);
    }
  }

  @Override
  public String toString() {
    return "AllianceAnalyzer("
        + rule
        + ", "
        + combiner
        + ", "
        + desk
        + ", "
        + permutations
        + " permutations, seed "
        + seed
        + ")";
  }
}

package org.alliancekit.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ArrayListMultimap;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableListMultimap;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableTable;
import com.google.common.collect.ListMultimap;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;
import javax.money.MonetaryOperator;
import org.alliancekit.analysis.AllianceAnalysis;
import org.alliancekit.analysis.AllianceAnalyzer;
import org.alliancekit.analysis.AnalysisListener;
import org.alliancekit.analysis.AnalysisPhase;
import org.alliancekit.analysis.AsOfDates;
import org.alliancekit.attribution.MoneySplit;
import org.alliancekit.attribution.Participant;
import org.alliancekit.attribution.RoleWeighted;
import org.alliancekit.attribution.credit.CreditClassifier;
import org.alliancekit.attribution.credit.CreditReport;
import org.alliancekit.attribution.credit.OpportunityCredit;
import org.alliancekit.attribution.credit.PartnerCredit;
import org.alliancekit.io.PartnerRow;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.RelationshipRow;
import org.alliancekit.io.csv.AssessmentsCsv;
import org.alliancekit.io.csv.OpportunitiesCsv;
import org.alliancekit.io.csv.PortfolioReader;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Outcome;
import org.alliancekit.model.pipeline.Pipeline;
import org.alliancekit.model.pipeline.PipelineOwner;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.pipeline.StageKind;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.venture.JointVentureId;
import org.alliancekit.pipeline.comparison.JointVenturePipelines;
import org.alliancekit.pipeline.comparison.PipelineComparison;
import org.alliancekit.pipeline.comparison.PipelineOverlap;
import org.alliancekit.pipeline.forecast.Forecaster;
import org.alliancekit.pipeline.forecast.PeriodScheme;
import org.alliancekit.report.scoring.DefaultScoring;
import org.alliancekit.report.scoring.PotentialRow;
import org.alliancekit.report.scoring.RankedPotentials;
import org.alliancekit.scoring.assessment.AreaGap;
import org.alliancekit.scoring.assessment.AssessmentCombiner;
import org.alliancekit.scoring.assessment.FactorGap;
import org.alliancekit.scoring.assessment.PerceptionGap;
import org.alliancekit.scoring.potential.RelationshipPotential;
import org.alliancekit.scoring.potential.SalesPotential;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Computes a {@link PortfolioReport} from a portfolio: scores and potential, partner credit, the
 * forecast by quarter, perception gaps and the joint-venture pipeline comparison. Problems met on
 * the way are added to those of reading; nothing stops at a bad record.
 *
 * <ul>
 *   <li><b>Report currency</b>: the one asked for, else the currency of the host (the host of the
 *       first relationship, from partners.csv), else the currency of the first relationship.
 *       Amounts are converted with the portfolio's fixed rates ({@link ExchangeRates}).
 *   <li><b>Scores and potential</b>: each relationship with assessments is scored by the {@link
 *       ReportScoring}. Relationships are ranked as {@link RankedPotentials} ranks them, through
 *       the library's {@code PotentialTriage}: by the uplift in the report currency computed from
 *       the exactly converted revenue and the relationship's current and attainable scores, rounded
 *       once, largest first (equal uplifts by relationship id); the relationships of a currency
 *       that no rate converts into the report currency are ranked among themselves by their own
 *       uplift, and that currency is reported once as a problem.
 *   <li><b>Attribution</b>: partner-sourced and partner-influenced revenue from {@link
 *       CreditClassifier#standard()} over every opportunity, amounts converted to the report
 *       currency; attributed revenue splits each won deal that has partners among them by the
 *       weights of their roles ({@link RoleWeighted#standard()}), the converted amount rounded to
 *       the minor unit first and split exactly. A deal whose currency has no rate is reported and
 *       left out of the credit.
 *   <li><b>Forecast</b>: {@link Forecaster#standard()} by calendar quarter of the expected close
 *       date, per currency, unconverted.
 *   <li><b>Perception gaps</b>: {@link PerceptionGap} for each relationship and catalog assessed
 *       from both the host and the partner side.
 *   <li><b>Joint ventures</b>: for each partner of kind {@link PartnerKind#JOINT_VENTURE}, its
 *       parents from ventures.csv, or else the two parties (not hosts, not joint ventures) that
 *       take part in most of its opportunities (owner or involvement; equal counts by id). With at
 *       least two parents, the open pipelines are compared ({@link
 *       PipelineComparison#openOpportunities()}): the alliance pipeline holds the opportunities at
 *       least two parents take part in, the venture's pipeline those it takes part in, and the
 *       venture's pipeline with a parent those both take part in.
 * </ul>
 *
 * <p>Problems found while computing are not tied to one input line: they are reported at line 0 of
 * the file concerned, the message naming the record. Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PortfolioAnalysis {
  /** The progress phase of the analysis of the records, counted in analysis phases. */
  private static final String ANALYSING = "analysing the records (phases)";

  private static final PeriodScheme QUARTERS = PeriodScheme.calendarQuarters();
  private static final int MAX_INFERRED_PARENTS = 2;

  private final ReportScoring scoring;
  private final Progress progress;

  private PortfolioAnalysis(ReportScoring scoring, Progress progress) {
    this.scoring = scoring;
    this.progress = progress;
  }

  /** Returns an analysis that scores relationships with {@code scoring} and shows no progress. */
  public static PortfolioAnalysis of(ReportScoring scoring) {
    return new PortfolioAnalysis(checkNotNull(scoring, "scoring"), Progress.NONE);
  }

  /** Returns a copy that tells {@code progress} how far the scoring has got. */
  public PortfolioAnalysis withProgress(Progress progress) {
    return new PortfolioAnalysis(scoring, checkNotNull(progress, "progress"));
  }

  /**
   * Returns the report currency of a portfolio: {@code requested} if present, else the host's
   * currency, else the currency of the first relationship, else of the first opportunity, else the
   * euro.
   */
  public static CurrencyUnit reportCurrency(PortfolioData data, Optional<CurrencyUnit> requested) {
    checkNotNull(data, "data");
    checkNotNull(requested, "requested");
    if (requested.isPresent()) {
      return requested.get();
    }
    if (!data.relationships().isEmpty()) {
      RelationshipRow first = data.relationships().get(0);
      return data.partner(first.relationship().host())
          .flatMap(PartnerRow::currency)
          .orElse(first.currency());
    }
    if (!data.opportunities().isEmpty()) {
      return data.opportunities().get(0).currency();
    }
    return Money.of(0, "EUR").getCurrency();
  }

  /**
   * Computes the report of a portfolio in the given or the default report currency, as of the
   * latest date the portfolio records ({@link AsOfDates#latestRecorded}).
   */
  public PortfolioReport analyse(PortfolioInput input, Optional<CurrencyUnit> requested) {
    return analyse(input, requested, Optional.empty());
  }

  /**
   * Computes the report of a portfolio in the given or the default report currency, as of the given
   * date or, when empty, the latest date the portfolio records ({@link AsOfDates#latestRecorded}).
   */
  public PortfolioReport analyse(
      PortfolioInput input, Optional<CurrencyUnit> requested, Optional<LocalDate> requestedAsOf) {
    checkNotNull(input, "input");
    checkNotNull(requestedAsOf, "requestedAsOf");
    PortfolioData data = input.data();
    CurrencyUnit currency = reportCurrency(data, requested);
    List<Problem> problems = new ArrayList<>(data.problems());
    Optional<AlliancePortfolio> portfolio = data.portfolio();
    Optional<LocalDate> asOf = requestedAsOf.or(() -> portfolio.flatMap(AsOfDates::latestRecorded));
    Month fiscalYearStart =
        portfolio
            .flatMap(p -> p.partner(p.host()))
            .map(Partner::fiscalYearStartMonth)
            .orElse(Month.JANUARY);
    List<String> notes = new ArrayList<>();
    Map<PartnerId, String> names = new HashMap<>();
    for (PartnerRow row : data.partners()) {
      names.put(row.id(), row.partner().name());
    }

    ImmutableList<ReportRelationship> relationships =
        score(data, currency, names, asOf, fiscalYearStart, problems);
    ImmutableList<PartnerAttribution> attribution = attribute(data, currency, names, problems);
    ImmutableList<QuarterForecast> forecast = forecast(data.opportunities());
    ImmutableTable<String, String, MonetaryAmount> pipeline =
        pipeline(data.opportunities(), data.rates(), currency, notes);
    ImmutableList<GapRow> gaps = gaps(data, problems);
    List<String> ventureNotes = new ArrayList<>();
    ImmutableList<VentureComparison> ventures =
        ventures(input, currency, names, ventureNotes, problems);
    int phases = AnalysisPhase.values().length;
    progress.update(ANALYSING, 0, phases);
    Optional<AllianceAnalysis> analysis = Optional.empty();
    if (portfolio.isPresent() && asOf.isPresent()) {
      AllianceAnalysis done =
          AllianceAnalyzer.standard()
              .withScoring(DefaultScoring.standardRule(), AssessmentCombiner.mean())
              .analyze(
                  portfolio.get(),
                  asOf.get(),
                  currency,
                  new AnalysisListener() {
                    @Override
                    public void finished(AnalysisPhase phase) {
                      progress.update(ANALYSING, phase.ordinal() + 1, phases);
                    }
                  });
      for (Problem problem : done.problems()) {
        problems.add(Problem.of(problem.kind(), problem.message()));
      }
      analysis = Optional.of(done);
    } else {
      progress.update(ANALYSING, phases, phases);
    }
    return new PortfolioReport(
        currency,
        data.partners().size(),
        data.assessments().size(),
        data.opportunities().size(),
        relationships,
        attribution,
        forecast,
        pipeline,
        gaps,
        ventures,
        ImmutableList.copyOf(ventureNotes),
        ImmutableList.copyOf(notes),
        analysis,
        ImmutableList.copyOf(problems));
  }

  private ImmutableList<ReportRelationship> score(
      PortfolioData data,
      CurrencyUnit currency,
      Map<PartnerId, String> names,
      Optional<LocalDate> asOf,
      Month fiscalYearStart,
      List<Problem> problems) {
    ListMultimap<RelationshipId, Assessment> byRelationship = ArrayListMultimap.create();
    for (Assessment assessment : data.assessments()) {
      if (asOf.isEmpty() || !assessment.date().isAfter(asOf.get())) {
        byRelationship.put(assessment.relationship(), assessment);
      }
    }
    ExchangeRates rates = data.rates();
    int total = data.relationships().size();
    String phase = "scoring relationships";
    progress.update(phase, 0, total);
    List<Scored> scored = new ArrayList<>(total);
    int done = 0;
    for (RelationshipRow row : data.relationships()) {
      List<Assessment> assessments =
          DefaultScoring.latestSurveyRound(byRelationship.get(row.id()), fiscalYearStart);
      Optional<RelationshipScore> score = Optional.empty();
      if (!assessments.isEmpty()) {
        try {
          score = checkNotNull(scoring.score(row, assessments), "score");
        } catch (IllegalArgumentException e) {
          problems.add(
              Problem.inFile(
                  AssessmentsCsv.FILE_NAME,
                  0,
                  AssessmentsCsv.RELATIONSHIP_ID,
                  ProblemKind.INVALID_VALUE,
                  "relationship " + row.id() + " cannot be scored: " + e.getMessage()));
        }
      }
      Optional<MonetaryAmount> revenue =
          rates.convert(row.allianceRevenue(), currency).map(Formats::round);
      scored.add(
          new Scored(
              row,
              names.getOrDefault(
                  row.relationship().partner(), row.relationship().partner().value()),
              score,
              revenue));
      progress.update(phase, ++done, total);
    }
    // Ranked as PotentialTriage ranks: each uplift in the report currency is computed from the
    // exactly converted revenue and rounded once; a currency without a rate is reported once.
    List<RelationshipPotential> potentials = new ArrayList<>();
    for (Scored s : scored) {
      if (s.score.flatMap(RelationshipScore::uplift).isPresent()) {
        RelationshipScore score = s.score.get();
        potentials.add(
            RelationshipPotential.of(
                s.row.id(),
                SalesPotential.of(s.row.allianceRevenue(), score.overall(), score.attainable())));
      }
    }
    RankedPotentials ranked = RankedPotentials.of(potentials, rates, currency);
    problems.addAll(ranked.problems());
    Map<RelationshipId, PotentialRow> rows = new HashMap<>();
    for (PotentialRow row : ranked.rows()) {
      rows.put(row.relationship(), row);
    }
    ImmutableList.Builder<ReportRelationship> result = ImmutableList.builder();
    for (Scored s : scored) {
      Optional<PotentialRow> row = Optional.ofNullable(rows.get(s.row.id()));
      result.add(
          new ReportRelationship(
              s.row,
              s.partnerName,
              s.score,
              s.revenueConverted,
              row.flatMap(PotentialRow::convertedUplift),
              row.map(PotentialRow::rank).orElse(OptionalInt.empty()),
              row.filter(r -> r.rank().isPresent()).map(PotentialRow::rankCurrency)));
    }
    return result.build();
  }

  /** A relationship on its way into the report; compared by identity. */
  private static final class Scored {
    final RelationshipRow row;
    final String partnerName;
    final Optional<RelationshipScore> score;
    final Optional<MonetaryAmount> revenueConverted;

    Scored(
        RelationshipRow row,
        String partnerName,
        Optional<RelationshipScore> score,
        Optional<MonetaryAmount> revenueConverted) {
      this.row = row;
      this.partnerName = partnerName;
      this.score = score;
      this.revenueConverted = revenueConverted;
    }
  }

  private static ImmutableList<PartnerAttribution> attribute(
      PortfolioData data,
      CurrencyUnit currency,
      Map<PartnerId, String> names,
      List<Problem> problems) {
    ExchangeRates rates = data.rates();
    MonetaryOperator conversion =
        amount ->
            rates
                .convert(amount, currency)
                .orElseThrow(
                    () ->
                        new MonetaryException(
                            "no exchange rate between "
                                + amount.getCurrency().getCurrencyCode()
                                + " and the report currency "
                                + currency.getCurrencyCode()));
    List<Opportunity> opportunities = data.opportunities();
    CreditReport credit =
        CreditClassifier.standard()
            .report(opportunities, OpportunityCredit::facts, currency, conversion);
    Set<Long> badRows = new HashSet<>();
    for (Problem problem : credit.deals().problems()) {
      badRows.add(problem.row().orElseThrow());
      problems.add(
          Problem.inFile(
              OpportunitiesCsv.OPPORTUNITIES_FILE_NAME,
              0,
              problem.kind() == ProblemKind.CURRENCY_MISMATCH ? OpportunitiesCsv.CURRENCY : "",
              problem.kind(),
              "opportunity "
                  + problem.key()
                  + " is left out of the partner credit: "
                  + problem.message()));
    }
    Map<PartnerId, BigDecimal> attributed = new TreeMap<>();
    RoleWeighted roles = RoleWeighted.standard();
    for (int row = 0; row < opportunities.size(); row++) {
      Opportunity opportunity = opportunities.get(row);
      if (badRows.contains((long) row) || opportunity.outcome() != Outcome.WON) {
        continue;
      }
      ImmutableList<Participant> participants = OpportunityCredit.participants(opportunity);
      if (participants.isEmpty()) {
        continue;
      }
      try {
        MonetaryAmount amount = Formats.round(opportunity.amount().with(conversion));
        MoneySplit split = roles.split(participants, amount);
        split
            .parts()
            .forEach(
                (partner, part) ->
                    attributed.merge(partner, Formats.number(part), BigDecimal::add));
      } catch (IllegalArgumentException | MonetaryException e) {
        problems.add(
            Problem.inFile(
                OpportunitiesCsv.INVOLVEMENTS_FILE_NAME,
                0,
                OpportunitiesCsv.ROLE,
                ProblemKind.INVALID_VALUE,
                "won opportunity "
                    + opportunity.id()
                    + " is left out of the attributed revenue: "
                    + e.getMessage()));
      }
    }
    Set<PartnerId> partners = new TreeSet<>(credit.byPartner().keySet());
    partners.addAll(attributed.keySet());
    MonetaryAmount zero = Money.of(BigDecimal.ZERO, currency);
    List<PartnerAttribution> rows = new ArrayList<>();
    for (PartnerId partner : partners) {
      Optional<PartnerCredit> c = credit.partner(partner);
      rows.add(
          new PartnerAttribution(
              partner,
              names.getOrDefault(partner, partner.value()),
              c.map(p -> p.sourced().won()).orElse(0L),
              c.map(p -> p.sourced().wonAmount()).orElse(zero),
              c.map(p -> p.influenced().won()).orElse(0L),
              c.map(p -> p.influenced().wonAmount()).orElse(zero),
              Formats.round(
                  Money.of(attributed.getOrDefault(partner, BigDecimal.ZERO), currency))));
    }
    rows.sort(
        Comparator.comparing((PartnerAttribution a) -> Formats.number(a.attributedRevenue()))
            .thenComparing(a -> Formats.number(a.sourcedRevenue()))
            .thenComparing(a -> Formats.number(a.influencedRevenue()))
            .reversed()
            .thenComparing(a -> a.partner().value()));
    return ImmutableList.copyOf(rows);
  }

  private static ImmutableList<QuarterForecast> forecast(List<Opportunity> opportunities) {
    return QuarterForecast.rows(Forecaster.standard().byPeriod(opportunities, QUARTERS));
  }

  private static ImmutableTable<String, String, MonetaryAmount> pipeline(
      List<Opportunity> opportunities,
      ExchangeRates rates,
      CurrencyUnit currency,
      List<String> notes) {
    StageModel model = PortfolioReader.standard().stages();
    Map<String, Map<String, BigDecimal>> sums = new TreeMap<>();
    Set<String> stages = new TreeSet<>(Comparator.comparingInt(name -> stageIndex(model, name)));
    Map<CurrencyUnit, Integer> skipped =
        new TreeMap<>(Comparator.comparing(CurrencyUnit::getCurrencyCode));
    for (Opportunity opportunity : opportunities) {
      Stage stage = opportunity.stage();
      if (stage.kind() == StageKind.LOST) {
        continue;
      }
      Optional<MonetaryAmount> amount = rates.convert(opportunity.amount(), currency);
      if (amount.isEmpty()) {
        skipped.merge(opportunity.currency(), 1, Integer::sum);
        continue;
      }
      stages.add(stage.name());
      sums.computeIfAbsent(Formats.quarter(opportunity.expectedClose()), q -> new HashMap<>())
          .merge(stage.name(), Formats.number(amount.get()), BigDecimal::add);
    }
    skipped.forEach(
        (c, n) ->
            notes.add(
                n
                    + (n == 1 ? " opportunity" : " opportunities")
                    + " in "
                    + c.getCurrencyCode()
                    + " left out of the pipeline chart: no exchange rate to "
                    + currency.getCurrencyCode()
                    + "."));
    ImmutableTable.Builder<String, String, MonetaryAmount> table =
        ImmutableTable.<String, String, MonetaryAmount>builder()
            .orderRowsBy(Comparator.naturalOrder())
            .orderColumnsBy(Comparator.comparingInt(name -> stageIndex(model, name)));
    sums.forEach(
        (quarter, byStage) -> {
          for (String stage : stages) {
            BigDecimal sum = byStage.get(stage);
            if (sum != null) {
              table.put(quarter, stage, Formats.round(Money.of(sum, currency)));
            }
          }
        });
    return table.build();
  }

  private static int stageIndex(StageModel model, String name) {
    Optional<Stage> stage = model.stage(name);
    return stage.map(model::indexOf).orElse(Integer.MAX_VALUE);
  }

  private static ImmutableList<GapRow> gaps(PortfolioData data, List<Problem> problems) {
    ListMultimap<RelationshipId, Assessment> byRelationship = ArrayListMultimap.create();
    for (Assessment assessment : data.assessments()) {
      byRelationship.put(assessment.relationship(), assessment);
    }
    ImmutableList.Builder<GapRow> rows = ImmutableList.builder();
    for (RelationshipRow relationship : data.relationships()) {
      Map<String, List<Assessment>> byCatalog = new LinkedHashMap<>();
      for (Assessment assessment : byRelationship.get(relationship.id())) {
        byCatalog
            .computeIfAbsent(assessment.catalog().name(), name -> new ArrayList<>())
            .add(assessment);
      }
      for (List<Assessment> assessments : byCatalog.values()) {
        boolean host = assessments.stream().anyMatch(a -> a.side() == Side.HOST);
        boolean partner = assessments.stream().anyMatch(a -> a.side() == Side.PARTNER);
        if (!host || !partner) {
          continue;
        }
        PerceptionGap gap;
        try {
          gap = PerceptionGap.of(assessments);
        } catch (IllegalArgumentException e) {
          problems.add(
              Problem.inFile(
                  AssessmentsCsv.FILE_NAME,
                  0,
                  AssessmentsCsv.RELATIONSHIP_ID,
                  ProblemKind.INVALID_VALUE,
                  "perception gap of relationship "
                      + relationship.id()
                      + " cannot be computed: "
                      + e.getMessage()));
          continue;
        }
        for (AreaGap area : gap.areas()) {
          rows.add(
              new GapRow(
                  gap.relationship(),
                  gap.catalog(),
                  area.category(),
                  Optional.empty(),
                  area.host(),
                  area.partner()));
        }
        for (FactorGap factor : gap.factors()) {
          rows.add(
              new GapRow(
                  gap.relationship(),
                  gap.catalog(),
                  factor.category(),
                  Optional.of(factor.code()),
                  factor.host(),
                  factor.partner()));
        }
      }
    }
    return rows.build();
  }

  private static ImmutableList<VentureComparison> ventures(
      PortfolioInput input,
      CurrencyUnit currency,
      Map<PartnerId, String> names,
      List<String> notes,
      List<Problem> problems) {
    PortfolioData data = input.data();
    List<PartnerId> ventures =
        data.partners().stream()
            .filter(row -> row.partner().is(PartnerKind.JOINT_VENTURE))
            .map(PartnerRow::id)
            .toList();
    if (ventures.isEmpty()) {
      notes.add(
          "The portfolio has no joint venture (no partner of kind JOINT_VENTURE in partners.csv),"
              + " so there are no joint-venture pipelines to compare.");
      return ImmutableList.of();
    }
    Set<PartnerId> hosts =
        data.relationships().stream()
            .map(row -> row.relationship().host())
            .collect(ImmutableSet.toImmutableSet());
    List<Opportunity> opportunities = data.opportunities();
    List<Set<PartnerId>> taking = new ArrayList<>(opportunities.size());
    LocalDate asOf = LocalDate.MIN;
    for (Opportunity opportunity : opportunities) {
      Set<PartnerId> parties = new LinkedHashSet<>();
      parties.add(opportunity.owner());
      for (Involvement involvement : opportunity.involvements()) {
        parties.add(involvement.party());
      }
      taking.add(parties);
      asOf = max(asOf, opportunity.created());
      for (StageChange change : opportunity.stageHistory()) {
        asOf = max(asOf, change.date());
      }
    }
    ImmutableList.Builder<VentureComparison> result = ImmutableList.builder();
    ImmutableListMultimap<PartnerId, PartnerId> listed = input.ventureParents();
    for (PartnerId venture : ventures) {
      String name = names.getOrDefault(venture, venture.value());
      boolean inferred = !listed.containsKey(venture);
      List<PartnerId> parents =
          inferred ? inferParents(venture, hosts, ventures, taking) : listed.get(venture);
      if (parents.size() < 2) {
        notes.add(
            "Joint venture "
                + name
                + " ("
                + venture
                + "): "
                + (inferred
                    ? "its parents cannot be told from the opportunities; list them in "
                        + PortfolioInput.VENTURES_FILE
                        + " (columns venture_id,parent_id)."
                    : PortfolioInput.VENTURES_FILE + " lists fewer than two parents.")
                + " Without two parents there is no alliance pipeline to compare.");
        continue;
      }
      try {
        JointVenturePipelines.Builder pipelines = JointVenturePipelines.builder();
        pipelines.alliance(
            pipeline(
                PipelineOwner.relationship(
                    RelationshipId.of(
                        String.join("+", parents.stream().map(PartnerId::value).toList()))),
                asOf,
                opportunities,
                taking,
                parties -> parents.stream().filter(parties::contains).count() >= 2));
        PipelineOwner owner = PipelineOwner.jointVenture(JointVentureId.of(venture.value()));
        pipelines.jointVenture(
            pipeline(owner, asOf, opportunities, taking, parties -> parties.contains(venture)));
        for (PartnerId parent : parents) {
          pipelines.putWithParent(
              parent,
              pipeline(
                  owner,
                  asOf,
                  opportunities,
                  taking,
                  parties -> parties.contains(venture) && parties.contains(parent)));
        }
        JointVenturePipelines built = pipelines.build();
        PipelineOverlap overlap = PipelineComparison.openOpportunities().compare(built);
        ImmutableMap.Builder<String, MonetaryAmount> totals = ImmutableMap.builder();
        ImmutableMap.Builder<String, MonetaryAmount> only = ImmutableMap.builder();
        for (String pipeline : overlap.pipelineNames()) {
          totals.put(pipeline, converted(overlap.total(pipeline).value(), data.rates(), currency));
          only.put(pipeline, converted(overlap.only(pipeline).value(), data.rates(), currency));
        }
        if (inferred) {
          notes.add(
              "Joint venture "
                  + name
                  + " ("
                  + venture
                  + "): parents "
                  + String.join(
                      " and ", parents.stream().map(p -> names.getOrDefault(p, p.value())).toList())
                  + " inferred from the opportunities it takes part in; list them in "
                  + PortfolioInput.VENTURES_FILE
                  + " to set them.");
        }
        result.add(
            new VentureComparison(
                venture,
                name,
                ImmutableList.copyOf(parents),
                parents.stream()
                    .map(p -> names.getOrDefault(p, p.value()))
                    .collect(ImmutableList.toImmutableList()),
                inferred,
                overlap,
                totals.buildOrThrow(),
                only.buildOrThrow()));
      } catch (IllegalArgumentException e) {
        problems.add(
            Problem.inFile(
                OpportunitiesCsv.OPPORTUNITIES_FILE_NAME,
                0,
                "",
                ProblemKind.INVALID_VALUE,
                "pipelines of joint venture "
                    + venture
                    + " cannot be compared: "
                    + e.getMessage()));
      }
    }
    return result.build();
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  private static List<PartnerId> inferParents(
      PartnerId venture,
      Set<PartnerId> hosts,
      List<PartnerId> ventures,
      List<Set<PartnerId>> taking) {
    Map<PartnerId, Integer> counts = new HashMap<>();
    for (Set<PartnerId> parties : taking) {
      if (!parties.contains(venture)) {
        continue;
      }
      for (PartnerId party : parties) {
        if (!party.equals(venture) && !hosts.contains(party) && !ventures.contains(party)) {
          counts.merge(party, 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<PartnerId, Integer>comparingByValue()
                .reversed()
                .thenComparing(Map.Entry.comparingByKey()))
        .limit(MAX_INFERRED_PARENTS)
        .map(Map.Entry::getKey)
        .toList();
  }

  private static Pipeline pipeline(
      PipelineOwner owner,
      LocalDate asOf,
      List<Opportunity> opportunities,
      List<Set<PartnerId>> taking,
      Predicate<Set<PartnerId>> in) {
    Pipeline.Builder pipeline = Pipeline.builder().owner(owner).asOf(asOf);
    for (int i = 0; i < opportunities.size(); i++) {
      if (in.test(taking.get(i))) {
        pipeline.addOpportunities(opportunities.get(i));
      }
    }
    return pipeline.build();
  }

  private static MonetaryAmount converted(
      Map<CurrencyUnit, MonetaryAmount> values, ExchangeRates rates, CurrencyUnit currency) {
    BigDecimal sum = BigDecimal.ZERO;
    for (MonetaryAmount value : values.values()) {
      Optional<MonetaryAmount> converted = rates.convert(value, currency);
      if (converted.isPresent()) {
        sum = sum.add(Formats.number(converted.get()));
      }
    }
    return Formats.round(Money.of(sum, currency));
  }

  @Override
  public String toString() {
    return "PortfolioAnalysis[" + scoring + "]";
  }
}

package org.alliancekit.report.scoring;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.money.CurrencyUnit;
import org.alliancekit.io.PartnerRow;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.RelationshipRow;
import org.alliancekit.io.csv.AssessmentsCsv;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.alliancekit.scoring.assessment.AssessmentCombiner;
import org.alliancekit.scoring.assessment.MissingRatingPolicy;
import org.alliancekit.scoring.assessment.Score;
import org.alliancekit.scoring.assessment.ScoringRule;
import org.alliancekit.scoring.assessment.ScoringRules;
import org.alliancekit.scoring.assessment.Weights;
import org.alliancekit.scoring.potential.ImprovementModel;
import org.alliancekit.scoring.potential.RelationshipPotential;
import org.alliancekit.scoring.potential.SalesPotential;
import org.apiguardian.api.API;

/**
 * The default scoring of the portfolio report: scores, potential and ranking of every relationship
 * of a {@link PortfolioData}.
 *
 * <pre>{@code
 * PortfolioData data = PortfolioReader.standard().read(folder);
 * ScoredPortfolio scored = DefaultScoring.standard().evaluate(data);
 * for (PotentialRow row : scored.potentials()) { ... }
 * }</pre>
 *
 * <p><b>Scores.</b> Each known rating is normalised to [0, 1] as {@code (value - min) / (max -
 * min)} on its assessment's scale. A relationship is scored on its latest survey round, the
 * assessments dated in its latest half-year of the host's fiscal year ({@link #latestSurveyRound}).
 * The assessments of that round are first combined into one by {@link AssessmentCombiner#mean()}:
 * each factor's value is the mean of its normalised known ratings, whichever side gave them. An
 * area's score is the mean of its rated factors, and the overall score the mean of the scores of
 * the areas with at least one rated factor, each area counting the same ({@link #standardRule()}).
 * Unknown ratings are left out and show as a lower coverage: the share of the catalog's factors
 * with at least one known rating.
 *
 * <p>A relationship assessed on both standard catalogs is scored on the 52 best practices, its
 * scorecard ratings counting for the same factors (every scorecard factor is a best practice of the
 * same code and area). Assessments on any other catalog than the relationship's first one are left
 * out and reported. A relationship whose assessments hold no known rating has no score and is
 * reported too.
 *
 * <p><b>Potential.</b> The attainable score closes half the gap to a perfect score ({@code
 * ImprovementModel.closeGap(0.5)}), and the uplift is {@code alliance revenue x (attainable /
 * current - 1)} in the relationship's currency, rounded to the currency's minor unit (see {@link
 * SalesPotential}). The uplift in the report currency is computed the same way from the revenue
 * converted with the portfolio's {@code ExchangeRates}, so it is rounded once, after the
 * conversion. A relationship with a score of zero and some revenue has an undefined uplift and no
 * rank.
 *
 * <p><b>Ranking.</b> Relationships are ranked by {@link RankedPotentials}: by their uplift in the
 * report currency, largest first, equal uplifts in relationship id order. A currency that no rate
 * converts into the report currency is reported once (file {@code rates.csv}), and its
 * relationships are ranked among themselves, in their own currency.
 *
 * <p>Problems are {@link Problem}s of the whole file ({@code line} 0) they concern, so that they
 * can be listed beside the problems of reading. Instances are immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DefaultScoring {
  private static final ScoringRule STANDARD_RULE =
      ScoringRules.weightedAverage(equalAreas(), MissingRatingPolicy.IGNORE);
  private static final ImprovementModel STANDARD_MODEL = ImprovementModel.closeGap(0.5);
  private static final DefaultScoring STANDARD = new DefaultScoring(STANDARD_RULE, STANDARD_MODEL);

  private final ScoringRule rule;
  private final ImprovementModel model;

  private DefaultScoring(ScoringRule rule, ImprovementModel model) {
    this.rule = rule;
    this.model = model;
  }

  /** Returns the report's scoring: {@link #standardRule()} and half the gap closed. */
  public static DefaultScoring standard() {
    return STANDARD;
  }

  /**
   * Returns a scoring that works as {@link #standard()} with another rule and improvement model:
   * assessments are still combined by the mean first and uplifts ranked in the same way.
   */
  public static DefaultScoring of(ScoringRule rule, ImprovementModel model) {
    return new DefaultScoring(checkNotNull(rule, "rule"), checkNotNull(model, "model"));
  }

  /**
   * Returns the report's scoring rule: every factor weighs 1, every alignment area weighs 1 however
   * many of its factors are rated, and factors without a known rating are left out. An area's score
   * is thus the mean of its rated factors and the overall score the mean of the scored areas.
   */
  public static ScoringRule standardRule() {
    return STANDARD_RULE;
  }

  /** The rule that scores each relationship's combined assessment. */
  public ScoringRule rule() {
    return rule;
  }

  /** The improvement model that gives each relationship its attainable score. */
  public ImprovementModel model() {
    return model;
  }

  /**
   * Returns the currency a report of the portfolio is in when none is asked for: the currency of
   * the host (the host of the first relationship, as listed in the partners), else the currency of
   * the first relationship's revenue; empty when the portfolio has no relationship.
   */
  public static Optional<CurrencyUnit> reportCurrency(PortfolioData data) {
    checkNotNull(data, "data");
    if (data.relationships().isEmpty()) {
      return Optional.empty();
    }
    RelationshipRow first = data.relationships().get(0);
    return Optional.of(
        data.partner(first.relationship().host())
            .flatMap(PartnerRow::currency)
            .orElse(first.currency()));
  }

  /**
   * Scores the portfolio and ranks its potential in the currency {@link
   * #reportCurrency(PortfolioData)} gives.
   */
  public ScoredPortfolio evaluate(PortfolioData data) {
    checkNotNull(data, "data");
    Optional<CurrencyUnit> currency = reportCurrency(data);
    return evaluate(data, currency);
  }

  /** Scores the portfolio and ranks its potential in the given report currency. */
  public ScoredPortfolio evaluate(PortfolioData data, CurrencyUnit reportCurrency) {
    checkNotNull(data, "data");
    checkNotNull(reportCurrency, "reportCurrency");
    return evaluate(data, Optional.of(reportCurrency));
  }

  /**
   * Scores the assessments of one relationship: combines them by the mean of each factor's
   * normalised known ratings and scores the result with {@link #rule()}. Assessments on both
   * standard catalogs are scored on the best practices.
   *
   * @throws IllegalArgumentException if there are no assessments, they are of different
   *     relationships, two share an id, they use catalogs that cannot be brought together, or no
   *     factor has a known rating
   */
  public Score score(Iterable<Assessment> assessments) {
    ImmutableList<Assessment> all = ImmutableList.copyOf(checkNotNull(assessments, "assessments"));
    return rule.score(AssessmentCombiner.mean().combine(all));
  }

  private ScoredPortfolio evaluate(PortfolioData data, Optional<CurrencyUnit> reportCurrency) {
    List<Problem> problems = new ArrayList<>();
    Map<RelationshipId, List<Assessment>> byRelationship = new LinkedHashMap<>();
    for (RelationshipRow row : data.relationships()) {
      byRelationship.put(row.id(), new ArrayList<>());
    }
    for (Assessment assessment : data.assessments()) {
      byRelationship
          .computeIfAbsent(assessment.relationship(), id -> new ArrayList<>())
          .add(assessment);
    }
    Month fiscalYearStart =
        data.host()
            .flatMap(data::partner)
            .map(row -> row.partner().fiscalYearStartMonth())
            .orElse(Month.JANUARY);
    byRelationship.replaceAll((id, all) -> latestSurveyRound(all, fiscalYearStart));

    ImmutableList.Builder<ScoreRow> scores = ImmutableList.builder();
    ImmutableList.Builder<RelationshipId> unscored = ImmutableList.builder();
    Map<RelationshipId, Score> scored = new LinkedHashMap<>();
    byRelationship.forEach(
        (id, assessments) -> {
          if (assessments.isEmpty()) {
            unscored.add(id);
            return;
          }
          List<Assessment> usable = onOneCatalog(id, assessments, problems);
          try {
            Score score = rule.score(AssessmentCombiner.mean().combine(usable));
            scores.add(new ScoreRow(id, score, usable.size()));
            scored.put(id, score);
          } catch (IllegalArgumentException e) {
            problems.add(
                Problem.inFile(
                    AssessmentsCsv.FILE_NAME,
                    ProblemKind.INVALID_VALUE,
                    "relationship " + id + " cannot be scored: " + e.getMessage()));
          }
        });

    ImmutableList<PotentialRow> potentials =
        reportCurrency
            .map(currency -> potentials(data, scored, currency, problems))
            .orElse(ImmutableList.of());
    return new ScoredPortfolio(
        reportCurrency,
        scores.build(),
        potentials,
        unscored.build(),
        ImmutableList.copyOf(problems));
  }

  /**
   * The assessments of a relationship's latest survey round: those dated in the latest half-year of
   * the host's fiscal year that has any ({@link RevenuePeriod#containing}). A relationship's
   * current score is that of its latest round, so older rounds show in its trend, not in its score.
   */
  public static List<Assessment> latestSurveyRound(
      List<Assessment> assessments, Month fiscalYearStart) {
    checkNotNull(assessments, "assessments");
    checkNotNull(fiscalYearStart, "fiscalYearStart");
    RevenuePeriod latest = null;
    for (Assessment assessment : assessments) {
      RevenuePeriod half = halfYear(assessment, fiscalYearStart);
      if (latest == null || half.compareTo(latest) > 0) {
        latest = half;
      }
    }
    List<Assessment> kept = new ArrayList<>();
    for (Assessment assessment : assessments) {
      if (halfYear(assessment, fiscalYearStart).equals(latest)) {
        kept.add(assessment);
      }
    }
    return kept;
  }

  private static RevenuePeriod halfYear(Assessment assessment, Month fiscalYearStart) {
    return RevenuePeriod.containing(
        assessment.date(), RevenuePeriod.Length.HALF_YEAR, fiscalYearStart);
  }

  private ImmutableList<PotentialRow> potentials(
      PortfolioData data,
      Map<RelationshipId, Score> scored,
      CurrencyUnit reportCurrency,
      List<Problem> problems) {
    List<RelationshipPotential> own = new ArrayList<>();
    for (RelationshipRow row : data.relationships()) {
      Score score = scored.get(row.id());
      if (score != null) {
        own.add(
            RelationshipPotential.of(
                row.id(), SalesPotential.estimate(row.allianceRevenue(), score.overall(), model)));
      }
    }
    RankedPotentials ranked = RankedPotentials.of(own, data.rates(), reportCurrency);
    problems.addAll(ranked.problems());
    return ranked.rows();
  }

  /**
   * The assessments that can be combined: all of them on one catalog, on the best practices when
   * they use both standard catalogs, else those on the first assessment's catalog; every one left
   * out is reported.
   */
  private static List<Assessment> onOneCatalog(
      RelationshipId id, List<Assessment> assessments, List<Problem> problems) {
    if (AssessmentCombiner.onCommonCatalog(assessments).stream()
            .map(Assessment::catalog)
            .distinct()
            .count()
        <= 1) {
      return assessments;
    }
    FactorCatalog catalog = assessments.get(0).catalog();
    List<Assessment> kept = new ArrayList<>();
    for (Assessment assessment : assessments) {
      if (assessment.catalog().equals(catalog)) {
        kept.add(assessment);
      } else {
        problems.add(
            Problem.inFile(
                AssessmentsCsv.FILE_NAME,
                ProblemKind.INCONSISTENT,
                "assessment "
                    + assessment.id()
                    + " of relationship "
                    + id
                    + " uses catalog "
                    + assessment.catalog().name()
                    + ", which cannot be combined with catalog "
                    + catalog.name()
                    + " of assessment "
                    + assessments.get(0).id()
                    + ", so it is left out of the score"));
      }
    }
    return kept;
  }

  private static Weights equalAreas() {
    ImmutableMap.Builder<FactorCategory, Double> areas = ImmutableMap.builder();
    for (FactorCategory category : FactorCategory.values()) {
      areas.put(category, 1.0);
    }
    return Weights.builder().categoryWeights(areas.buildOrThrow()).build();
  }

  /** Returns how the scoring works, naming its rule and improvement model. */
  @Override
  public String toString() {
    return "DefaultScoring{rule=" + rule + ", model=" + model + "}";
  }
}

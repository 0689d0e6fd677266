package org.alliancekit.examples;

import java.io.PrintStream;
import java.time.Month;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import org.alliancekit.io.PartnerRow;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.RelationshipRow;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.party.Partner;
import org.alliancekit.report.sample.SamplePortfolio;
import org.alliancekit.scoring.assessment.AssessmentCombiner;
import org.alliancekit.scoring.assessment.MissingRatingPolicy;
import org.alliancekit.scoring.assessment.Score;
import org.alliancekit.scoring.assessment.ScoringRule;
import org.alliancekit.scoring.assessment.ScoringRules;
import org.alliancekit.scoring.assessment.Weights;
import org.alliancekit.scoring.benchmark.HalfYearTrend;
import org.alliancekit.scoring.potential.ImprovementModel;
import org.alliancekit.scoring.potential.PortfolioEntry;
import org.alliancekit.scoring.potential.PotentialRanking;
import org.alliancekit.scoring.potential.PotentialTriage;
import org.alliancekit.scoring.potential.RelationshipPotential;

/**
 * A first run of AllianceKit: read the bundled sample portfolio, score every assessed relationship
 * and rank the relationships by the revenue they could add, not by the revenue they bring today.
 *
 * <p>The steps are those of the portfolio report's default scoring. A relationship is scored on its
 * latest survey round: the assessments of its latest half-year, from both sides, combined first by
 * the mean of each factor's normalised ratings ({@link HalfYearTrend#latest()}). The rule gives
 * every alignment area the same weight, so an area's score is the mean of its rated factors and the
 * overall score the mean of the scored areas; unknown ratings are left out. Each relationship is
 * then expected to close half the gap to a perfect score, and its uplift ({@code revenue x
 * (attainable / current - 1)}) is ranked in pounds, at the sample's fixed rates.
 *
 * <p>Run it with {@code java org.alliancekit.examples.QuickStart}.
 */
public final class QuickStart {
  /** How many relationships the ranking prints. */
  static final int TOP = 5;

  private QuickStart() {}

  /**
   * Prints the sample portfolio's potential ranking to standard output.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Prints the sample portfolio's potential ranking to {@code out}. */
  public static void run(PrintStream out) {
    // 1. Read the bundled portfolio: partners, relationships, assessments, opportunities, rates.
    PortfolioData data = SamplePortfolio.read();
    String host = data.partner(SamplePortfolio.HOST).map(row -> row.partner().name()).orElse("");
    out.printf(
        Locale.ROOT,
        "%s: %d relationships, %d assessments, %d opportunities, %d problems%n",
        host,
        data.relationships().size(),
        data.assessments().size(),
        data.opportunities().size(),
        data.problems().size());

    // 2. Every area weighs the same, whatever the number of its rated factors.
    Weights equalAreas =
        Weights.builder()
            .putCategoryWeight(FactorCategory.COMMERCIAL, 1.0)
            .putCategoryWeight(FactorCategory.TECHNICAL, 1.0)
            .putCategoryWeight(FactorCategory.STRATEGIC, 1.0)
            .putCategoryWeight(FactorCategory.CULTURAL, 1.0)
            .putCategoryWeight(FactorCategory.OPERATIONAL, 1.0)
            .build();
    ScoringRule rule = ScoringRules.weightedAverage(equalAreas, MissingRatingPolicy.IGNORE);

    // 3. Score each relationship on its latest survey round: the assessments (host and partner
    //    views) of its latest half-year, combined. The sample's host starts its year in January.
    List<PortfolioEntry> entries = new ArrayList<>();
    List<String> notAssessed = new ArrayList<>();
    for (RelationshipRow row : data.relationships()) {
      List<Assessment> assessments = data.assessmentsOf(row.id());
      if (assessments.isEmpty()) {
        notAssessed.add(row.id().value());
        continue;
      }
      Score score =
          HalfYearTrend.of(row.id(), assessments, rule, AssessmentCombiner.mean(), Month.JANUARY)
              .latest()
              .score();
      entries.add(PortfolioEntry.of(row.id(), row.allianceRevenue(), score.overall()));
    }
    out.printf(
        Locale.ROOT,
        "Scored %d relationships; not assessed yet: %s%n",
        entries.size(),
        String.join(", ", notAssessed));

    // 4. Close half the gap to 100% and rank the uplifts in pounds at the sample's rates.
    CurrencyUnit gbp = Monetary.getCurrency("GBP");
    PotentialTriage triage = PotentialTriage.of(ImprovementModel.closeGap(0.5), gbp, data.rates());
    PotentialRanking ranking = triage.triage(entries);

    out.println();
    out.println("Alliance sales potential in GBP, half the gap to 100% closed:");
    out.printf(
        Locale.ROOT,
        "%4s  %-24s  %-30s  %6s  %10s  %14s%n",
        "rank",
        "relationship",
        "partner",
        "score",
        "attainable",
        "uplift");
    for (RelationshipPotential potential : ranking.ranked().subList(0, TOP)) {
      RelationshipRow row = data.relationship(potential.relationship()).orElseThrow();
      String partner =
          data.partner(row.relationship().partner())
              .map(PartnerRow::partner)
              .map(Partner::name)
              .orElse("");
      out.printf(
          Locale.ROOT,
          "%4d  %-24s  %-30s  %6s  %10s  %14s%n",
          ranking.rankOf(potential.relationship()).orElseThrow(),
          potential.relationship().value(),
          partner,
          Text.percent(potential.potential().current()),
          Text.percent(potential.potential().attainable()),
          Text.number(potential.uplift().orElseThrow()));
    }
  }
}

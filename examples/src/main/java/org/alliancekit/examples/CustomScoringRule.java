package org.alliancekit.examples;

import java.io.PrintStream;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.report.sample.SamplePortfolio;
import org.alliancekit.report.scoring.DefaultScoring;
import org.alliancekit.report.scoring.PotentialRow;
import org.alliancekit.report.scoring.ScoreRow;
import org.alliancekit.report.scoring.ScoredPortfolio;
import org.alliancekit.scoring.assessment.MissingRatingPolicy;
import org.alliancekit.scoring.assessment.ScoringRule;
import org.alliancekit.scoring.assessment.ScoringRules;
import org.alliancekit.scoring.assessment.Weights;
import org.alliancekit.scoring.potential.ImprovementModel;

/**
 * A scoring rule of one's own, set against the standard one: a company that believes culture makes
 * or breaks its alliances lets the Cultural area count double.
 *
 * <p>The rule is built from {@link Weights}: every area weighs 1 except Cultural, which weighs 2,
 * so when all five areas are scored the overall score is {@code (commercial + technical + strategic
 * + 2 x cultural + operational) / 6}. The example scores the sample portfolio with both rules,
 * prints the relationships the custom rule moves most, and ranks the potential under each. Any rule
 * can be checked against the laws of the testkit module ({@code ScoringRuleLaws}), as this one is
 * by its test.
 *
 * <p>Run it with {@code java org.alliancekit.examples.CustomScoringRule}.
 */
public final class CustomScoringRule {
  /** How many relationships each list prints. */
  static final int TOP = 5;

  private static final ScoringRule CULTURAL_COUNTS_DOUBLE =
      ScoringRules.weightedAverage(
          Weights.builder()
              .putCategoryWeight(FactorCategory.COMMERCIAL, 1.0)
              .putCategoryWeight(FactorCategory.TECHNICAL, 1.0)
              .putCategoryWeight(FactorCategory.STRATEGIC, 1.0)
              .putCategoryWeight(FactorCategory.CULTURAL, 2.0)
              .putCategoryWeight(FactorCategory.OPERATIONAL, 1.0)
              .build(),
          MissingRatingPolicy.IGNORE);

  private CustomScoringRule() {}

  /**
   * Returns the rule in which the Cultural area weighs 2 and every other area 1, each area's score
   * being the mean of its rated factors.
   */
  public static ScoringRule culturalCountsDouble() {
    return CULTURAL_COUNTS_DOUBLE;
  }

  /**
   * Prints the two rules' scores and rankings of the sample portfolio to standard output.
   *
   * @param args not used
   */
  public static void main(String[] args) {
    run(System.out);
  }

  /** Prints the two rules' scores and rankings of the sample portfolio to {@code out}. */
  public static void run(PrintStream out) {
    PortfolioData data = SamplePortfolio.read();
    ImprovementModel halfTheGap = ImprovementModel.closeGap(0.5);
    ScoredPortfolio standard =
        DefaultScoring.of(DefaultScoring.standardRule(), halfTheGap).evaluate(data);
    ScoredPortfolio custom = DefaultScoring.of(culturalCountsDouble(), halfTheGap).evaluate(data);

    out.println(
        "Standard rule: every area weighs 1. Custom rule: Cultural weighs 2, the others 1.");
    out.println();
    out.println("Relationships the custom rule moves most:");
    out.printf(
        Locale.ROOT,
        "%-24s %9s %9s %9s %8s%n",
        "relationship",
        "cultural",
        "standard",
        "custom",
        "change");
    List<ScoreRow> moved =
        standard.scores().stream()
            .sorted(
                Comparator.comparingDouble((ScoreRow row) -> Math.abs(change(row, custom)))
                    .reversed()
                    .thenComparing(ScoreRow::relationship))
            .limit(TOP)
            .toList();
    for (ScoreRow row : moved) {
      double after = custom.score(row.relationship()).orElseThrow().overall();
      out.printf(
          Locale.ROOT,
          "%-24s %9s %9s %9s %+8.1f%n",
          row.relationship(),
          row.area(FactorCategory.CULTURAL).stream()
              .mapToObj(Text::percent)
              .findFirst()
              .orElse("-"),
          Text.percent(row.overall()),
          Text.percent(after),
          (after - row.overall()) * 100);
    }

    out.println();
    out.println("Top potential in GBP under each rule:");
    out.printf(Locale.ROOT, "%4s  %-24s  %s%n", "rank", "standard", "custom");
    List<String> before = topPotential(standard);
    List<String> after = topPotential(custom);
    for (int i = 0; i < TOP; i++) {
      out.printf(Locale.ROOT, "%4d  %-24s  %s%n", i + 1, before.get(i), after.get(i));
    }
  }

  private static double change(ScoreRow row, ScoredPortfolio custom) {
    return custom.score(row.relationship()).orElseThrow().overall() - row.overall();
  }

  private static List<String> topPotential(ScoredPortfolio scored) {
    return scored.potentials().stream()
        .limit(TOP)
        .map(PotentialRow::relationship)
        .map(Object::toString)
        .collect(Collectors.toList());
  }
}

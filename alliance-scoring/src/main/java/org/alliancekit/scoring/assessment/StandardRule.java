package org.alliancekit.scoring.assessment;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.factor.SuccessFactor;
import org.alliancekit.scoring.internal.KernelRule;
import org.alliancekit.scoring.internal.ScoreKernel;

/**
 * The standard rules of {@link ScoringRules}: a weighted average, the Alliance Sales Balanced
 * Scorecard and the weakest-link rule, all computed by one {@link ScoreKernel}. Two rules are equal
 * when they are of the same kind with equal weights, margin and policy.
 *
 * <p>Immutable and thread-safe.
 */
final class StandardRule implements ScoringRule, KernelRule {
  /** How many factor codes an error message lists before it cuts the list short. */
  private static final int LISTED_CODES = 10;

  private static final FactorCategory[] AREAS = FactorCategory.values();

  /** The kinds of standard rule. */
  enum Kind {
    WEIGHTED_AVERAGE,
    ALLIANCE_SALES_SCORECARD,
    WEAKEST_LINK
  }

  private final Kind kind;
  private final Weights weights;
  private final double margin;
  private final MissingRatingPolicy policy;

  private StandardRule(Kind kind, Weights weights, double margin, MissingRatingPolicy policy) {
    this.kind = kind;
    this.weights = checkNotNull(weights, "weights");
    this.margin = margin;
    this.policy = checkNotNull(policy, "policy");
  }

  static StandardRule weightedAverage(Weights weights, MissingRatingPolicy policy) {
    return new StandardRule(Kind.WEIGHTED_AVERAGE, weights, Double.NaN, policy);
  }

  static StandardRule allianceSalesScorecard(MissingRatingPolicy policy) {
    Weights.Builder areasAlike = Weights.builder();
    for (FactorCategory area : AREAS) {
      areasAlike.putCategoryWeight(area, 1.0);
    }
    return new StandardRule(Kind.ALLIANCE_SALES_SCORECARD, areasAlike.build(), Double.NaN, policy);
  }

  static StandardRule weakestLink(Weights weights, double margin, MissingRatingPolicy policy) {
    checkArgument(
        margin >= 0 && margin <= 1,
        "weakest-link margin %s must be a number between 0 and 1",
        margin);
    return new StandardRule(Kind.WEAKEST_LINK, weights, margin + 0.0, policy);
  }

  @Override
  public MissingRatingPolicy missingRatingPolicy() {
    return policy;
  }

  @Override
  public ScoreKernel kernel(FactorCatalog catalog) {
    checkNotNull(catalog, "catalog");
    ImmutableList<SuccessFactor> factors = catalog.factors();
    int width = factors.size();
    int[] categories = new int[width];
    double[] columnWeights = new double[width];
    if (kind == Kind.ALLIANCE_SALES_SCORECARD) {
      Arrays.fill(categories, -1);
      checkFitsScorecard(catalog);
      for (SuccessFactor factor : FactorCatalogs.allianceSalesScorecard().factors()) {
        categories[catalog.indexOf(factor.code())] = factor.category().ordinal();
      }
    } else {
      for (int column = 0; column < width; column++) {
        categories[column] = factors.get(column).category().ordinal();
      }
    }
    double sum = 0.0;
    double[] areaSums = new double[AREAS.length];
    boolean[] present = new boolean[AREAS.length];
    List<String> considered = new ArrayList<>();
    for (int column = 0; column < width; column++) {
      if (categories[column] >= 0) {
        double weight = weights.factorWeight(factors.get(column).code());
        columnWeights[column] = weight;
        sum += weight;
        areaSums[categories[column]] += weight;
        present[categories[column]] = true;
        considered.add(factors.get(column).code());
      }
    }
    checkArgument(
        sum > 0,
        "weights of all %s factors scored in catalog %s are 0 (%s); at least one must be greater"
            + " than 0",
        considered.size(),
        catalog.name(),
        abbreviate(considered));
    checkArgument(
        Double.isFinite(sum),
        "weights of the factors scored in catalog %s sum to %s; the sum must be a finite number",
        catalog.name(),
        sum);
    double[] categoryWeights = null;
    if (weights.hasCategoryWeights()) {
      categoryWeights = new double[AREAS.length];
      double areaSum = 0.0;
      Map<FactorCategory, Double> scoredAreas = new EnumMap<>(FactorCategory.class);
      for (FactorCategory area : AREAS) {
        if (present[area.ordinal()]) {
          double weight = weights.categoryWeight(area).getAsDouble();
          categoryWeights[area.ordinal()] = weight;
          areaSum += weight;
          scoredAreas.put(area, weight);
          checkArgument(
              weight == 0 || areaSums[area.ordinal()] > 0,
              "area %s has weight %s but all its factors scored in catalog %s weigh 0; give the"
                  + " area weight 0 or one of its factors a positive weight",
              area,
              weight,
              catalog.name());
        }
      }
      checkArgument(
          areaSum > 0,
          "weights of all areas scored in catalog %s are 0 (%s); at least one must be greater"
              + " than 0",
          catalog.name(),
          scoredAreas);
      checkArgument(
          Double.isFinite(areaSum),
          "weights of the areas scored in catalog %s sum to %s; the sum must be a finite number",
          catalog.name(),
          areaSum);
    }
    return ScoreKernel.of(categories, columnWeights, categoryWeights, policy, margin);
  }

  private static void checkFitsScorecard(FactorCatalog catalog) {
    List<String> missing = new ArrayList<>();
    for (SuccessFactor factor : FactorCatalogs.allianceSalesScorecard().factors()) {
      if (!catalog.contains(factor.code())) {
        missing.add(factor.code());
      }
    }
    checkArgument(
        missing.isEmpty(),
        "catalog %s does not fit the Alliance Sales Balanced Scorecard: it lacks the codes %s",
        catalog.name(),
        missing);
    for (SuccessFactor factor : FactorCatalogs.allianceSalesScorecard().factors()) {
      FactorCategory category = catalog.get(factor.code()).category();
      checkArgument(
          category == factor.category(),
          "catalog %s does not fit the Alliance Sales Balanced Scorecard: it puts %s in %s, not %s",
          catalog.name(),
          factor.code(),
          category,
          factor.category());
    }
  }

  private static String abbreviate(List<String> codes) {
    if (codes.size() <= LISTED_CODES) {
      return String.join(", ", codes);
    }
    return String.join(", ", codes.subList(0, LISTED_CODES)) + ", ...";
  }

  @Override
  public Score score(Assessment assessment) {
    checkNotNull(assessment, "assessment");
    FactorCatalog catalog = assessment.catalog();
    ScoreKernel kernel = kernel(catalog);
    int width = catalog.size();
    double[] values = new double[width];
    Arrays.fill(values, Double.NaN);
    RatingScale scale = assessment.scale();
    for (Rating rating : assessment.ratings()) {
      if (rating.isKnown()) {
        values[catalog.indexOf(rating.code())] = scale.normalize(rating.value().getAsDouble());
      }
    }
    double[] areaScores = new double[ScoreKernel.AREAS];
    double[] areaWeights = new double[ScoreKernel.AREAS];
    double[] areaMeans = new double[ScoreKernel.AREAS];
    double overall = kernel.score(values, 0, areaScores, 0, areaWeights, areaMeans);
    checkArgument(
        !Double.isNaN(overall),
        "assessment %s has nothing to score under %s: no factor of positive weight in an area of"
            + " positive weight has a known rating",
        assessment.id(),
        this);

    int[] rated = new int[ScoreKernel.AREAS];
    ImmutableList.Builder<FactorScore> factorScores = ImmutableList.builder();
    ImmutableList<SuccessFactor> factors = catalog.factors();
    for (int column = 0; column < width; column++) {
      if (!kernel.considers(column)) {
        continue;
      }
      SuccessFactor factor = factors.get(column);
      int area = factor.category().ordinal();
      double weight = kernel.weight(column);
      double value = values[column];
      if (!Double.isNaN(value)) {
        rated[area]++;
        factorScores.add(
            FactorScore.of(
                factor.code(), factor.category(), OptionalDouble.of(value), false, weight));
      } else {
        OptionalDouble imputed = imputed(areaMeans[area]);
        factorScores.add(
            FactorScore.of(factor.code(), factor.category(), imputed, imputed.isPresent(), weight));
      }
    }
    Score.Builder score =
        Score.builder()
            .relationship(assessment.relationship())
            .date(assessment.date())
            .catalog(catalog.name())
            .overall(overall)
            .factors(factorScores.build())
            .coverage(assessment.coverage());
    for (FactorCategory area : AREAS) {
      int a = area.ordinal();
      if (!Double.isNaN(areaScores[a])) {
        score.addCategory(
            CategoryScore.of(area, areaScores[a], areaWeights[a], rated[a], kernel.areaSize(a)));
      }
    }
    return score.build();
  }

  private OptionalDouble imputed(double areaMean) {
    switch (policy) {
      case SCALE_MINIMUM:
        return OptionalDouble.of(0.0);
      case AREA_MEAN:
        return Double.isNaN(areaMean) ? OptionalDouble.empty() : OptionalDouble.of(areaMean);
      case IGNORE:
      default:
        return OptionalDouble.empty();
    }
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof StandardRule that
        && kind == that.kind
        && weights.equals(that.weights)
        && Double.compare(margin, that.margin) == 0
        && policy == that.policy;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, weights, margin, policy);
  }

  /**
   * Returns the factory call that makes this rule, such as {@code weightedAverage(Weights.equal(),
   * IGNORE)} or {@code weakestLink(Weights.equal(), margin=0.1, AREA_MEAN)}.
   */
  @Override
  public String toString() {
    switch (kind) {
      case ALLIANCE_SALES_SCORECARD:
        return "allianceSalesScorecard(" + policy + ")";
      case WEAKEST_LINK:
        return "weakestLink(" + weights + ", margin=" + margin + ", " + policy + ")";
      case WEIGHTED_AVERAGE:
      default:
        return "weightedAverage(" + weights + ", " + policy + ")";
    }
  }
}

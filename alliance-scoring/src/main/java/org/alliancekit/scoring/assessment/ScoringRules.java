package org.alliancekit.scoring.assessment;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The standard {@link ScoringRule}s.
 *
 * <p>Every standard rule first normalises each known rating to [0, 1] with its assessment's {@link
 * org.alliancekit.model.assessment.RatingScale#normalize(double) scale} and then works in two
 * steps:
 *
 * <ol>
 *   <li><b>Area scores.</b> Each alignment area's score is the weighted mean of the values of its
 *       factors, with the rule's {@link MissingRatingPolicy} deciding about factors that have no
 *       known rating: {@link MissingRatingPolicy#IGNORE IGNORE} leaves them out, {@link
 *       MissingRatingPolicy#SCALE_MINIMUM SCALE_MINIMUM} counts them as 0 and {@link
 *       MissingRatingPolicy#AREA_MEAN AREA_MEAN} gives them the weighted mean of the area's known
 *       values (so the area's score equals the IGNORE score).
 *   <li><b>Overall score.</b> The weighted mean of the scored areas' scores, each area weighing its
 *       explicit weight from {@link Weights} or, without explicit area weights, the summed weight
 *       of its factors that take part: under IGNORE only the rated ones, under the other two
 *       policies all of them.
 * </ol>
 *
 * <p>Worked example on a 1..5 scale with equal weights: commercial factors rated 5 and 3 (values 1
 * and 0.5) and a third commercial factor unknown, one technical factor rated 2 (0.25). Under IGNORE
 * commercial scores 0.75 with weight 2 and technical 0.25 with weight 1, overall {@code (2 x 0.75 +
 * 0.25) / 3 = 0.5833}. Under SCALE_MINIMUM commercial scores {@code 1.5 / 3 = 0.5} with weight 3,
 * overall {@code (1.5 + 0.25) / 4 = 0.4375}. Under AREA_MEAN commercial scores 0.75 with weight 3,
 * overall {@code (2.25 + 0.25) / 4 = 0.625}.
 *
 * <p>An area is scored when it has a weighted mean (IGNORE and AREA_MEAN need a known rating of
 * positive weight) and a weight greater than zero. Scoring an assessment with no scored area throws
 * {@link IllegalArgumentException} naming the assessment; so does scoring with weights that are all
 * zero for what the rule would score in the assessment's catalog. Every rule reports the
 * assessment's {@link org.alliancekit.model.assessment.Assessment#coverage() coverage} and lists
 * every factor it considers in catalog order, marking imputed values.
 *
 * <p>The rules are immutable and thread-safe, compare by value, and print as the call that makes
 * them. The same arithmetic runs in the columnar {@code org.alliancekit.scoring.portfolio} path,
 * which gives bit-identical scores. A standard rule's {@link Score} keeps the scale point of each
 * factor (not the assessment) and makes its area and factor lists from them when first asked.
 * {@link ScoringRule#scoreAll} scores many assessments of one catalog and scale faster than one at
 * a time.
 */
@API(status = STABLE, since = "0.1")
public final class ScoringRules {
  private static final ScoringRule WEIGHTED_AVERAGE =
      StandardRule.weightedAverage(Weights.equal(), MissingRatingPolicy.IGNORE);

  private ScoringRules() {}

  /**
   * Returns the weighted-average rule with the given weights and policy.
   *
   * <p>Weights that are negative, NaN or infinite cannot be built; weights that are all zero for
   * what is scored are rejected when an assessment is scored.
   */
  public static ScoringRule weightedAverage(Weights weights, MissingRatingPolicy policy) {
    return StandardRule.weightedAverage(checkNotNull(weights, "weights"), policy);
  }

  /**
   * Returns the weighted-average rule with {@link Weights#equal() equal weights} that ignores
   * factors without a known rating: a flat mean of every known value.
   */
  public static ScoringRule weightedAverage() {
    return WEIGHTED_AVERAGE;
  }

  /**
   * Returns the Alliance Sales Balanced Scorecard rule: the 25 factors of {@link
   * org.alliancekit.model.factor.FactorCatalogs#allianceSalesScorecard()}, five per area, each area
   * weighing the same whatever the number of its rated factors, and the factors of an area weighing
   * the same.
   *
   * <p>The rule scores any assessment whose catalog holds all 25 scorecard codes, each in its
   * scorecard area: the scorecard catalog itself, or the 52 best practices, of which it then scores
   * only those 25 (coverage is still the share of all 52 that are rated). For any other catalog
   * {@link ScoringRule#score} throws {@link IllegalArgumentException} naming the catalog and the
   * codes it lacks.
   */
  public static ScoringRule allianceSalesScorecard(MissingRatingPolicy policy) {
    return StandardRule.allianceSalesScorecard(policy);
  }

  /**
   * Returns the Alliance Sales Balanced Scorecard rule that ignores factors without a known rating;
   * see {@link #allianceSalesScorecard(MissingRatingPolicy)}.
   */
  public static ScoringRule allianceSalesScorecard() {
    return allianceSalesScorecard(MissingRatingPolicy.IGNORE);
  }

  /**
   * Returns the weakest-link rule: an area can be no better than its worst factor plus {@code
   * margin}. The area score is {@code min(weighted mean, lowest value + margin)}, where the lowest
   * value is taken over the area's factors of positive weight (a missing one counting 0 under
   * SCALE_MINIMUM, and an imputed area mean never being the lowest under AREA_MEAN); the overall
   * score is the weighted average of the area scores as for {@link #weightedAverage(Weights,
   * MissingRatingPolicy)}. A margin of 0 scores each area at its worst factor; a margin of 1 is the
   * weighted average. The rule is monotone: raising a rating never lowers a score.
   *
   * @throws IllegalArgumentException if {@code margin} is not a number between 0 and 1
   */
  public static ScoringRule weakestLink(
      Weights weights, double margin, MissingRatingPolicy policy) {
    return StandardRule.weakestLink(checkNotNull(weights, "weights"), margin, policy);
  }
}

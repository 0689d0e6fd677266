package org.alliancekit.testkit;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.apiguardian.api.API;

/**
 * The laws {@link ScoringRuleLaws} checks, one property each. A rule that does not claim a law
 * switches it off by listing it in {@link ScoringRuleLaws#disabledLaws()}; the property then shows
 * as skipped, with the reason, rather than passing unchecked.
 *
 * <p>Scores are compared with an absolute tolerance of {@value ScoringRuleLaws#TOLERANCE} wherever
 * a law allows two computations to reach the same number by different sums; {@link #DETERMINISTIC}
 * compares exactly.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum ScoringLaw {
  /** The overall score, every area score, every factor value and the coverage lie in [0, 1]. */
  SCORES_IN_UNIT_INTERVAL("scoresLieBetweenZeroAndOne"),

  /**
   * The score names the assessment's relationship, date and catalog; its coverage is the
   * assessment's; it lists factors of the catalog, in catalog order, each once and in its own area;
   * a factor counts as rated exactly when the assessment has a known rating for it, and its value
   * is then that rating normalised by the scale; each area counts its factors and rated factors
   * correctly.
   */
  SCORE_DESCRIBES_ASSESSMENT("scoreDescribesTheAssessment"),

  /**
   * Scoring the same assessment twice, or an equal copy of it, or both in one {@link
   * org.alliancekit.scoring.assessment.ScoringRule#scoreAll scoreAll}, gives equal scores, exactly.
   */
  DETERMINISTIC("sameAssessmentGivesEqualScores"),

  /** Shuffling the order of the ratings changes no score. */
  INDEPENDENT_OF_RATING_ORDER("ratingOrderDoesNotMatter"),

  /**
   * Raising one known rating on its scale lowers neither the overall score nor any area score, and
   * no area loses its score. Checked only for rules whose {@link
   * org.alliancekit.scoring.assessment.ScoringRule#isMonotone()} is true; for the others the
   * property is skipped with that reason.
   */
  MONOTONE_IN_EACH_RATING("raisingOneRatingLowersNoScore"),

  /**
   * Missing ratings are treated as the rule's {@link
   * org.alliancekit.scoring.assessment.MissingRatingPolicy} says. Under every policy a factor rated
   * as unknown scores exactly like a factor not rated at all, and an area is scored only if one of
   * its factors has a value. Then, for a factor whose known rating is taken away:
   *
   * <ul>
   *   <li>{@code IGNORE}: the factor gets no value and is not imputed; its area, if still scored,
   *       keeps its score when the factor is rated exactly at that score (a missing rating neither
   *       pulls the area down nor up);
   *   <li>{@code SCALE_MINIMUM}: the factor is imputed at 0, its area is scored, and every score
   *       equals the score with the factor rated at the bottom of the scale when the bottom
   *       normalises to 0 (always on a numeric scale; on an anchored scale when the lowest anchor
   *       is worth 0);
   *   <li>{@code AREA_MEAN}: the factor is imputed at the weighted mean of the known values of its
   *       area, and the overall score and the area's score equal those with the factor rated at the
   *       area's score.
   * </ul>
   *
   * <p>"Rated at the area's score" needs a scale value that normalises to it: any score on a
   * numeric scale, only an anchor's fraction on an anchored one; otherwise that comparison is left
   * out for the case at hand.
   */
  MISSING_RATINGS_FOLLOW_POLICY("missingRatingsFollowThePolicy"),

  /**
   * A score has at least one area score, and the overall score lies between the lowest and the
   * highest of them.
   */
  OVERALL_BETWEEN_AREA_SCORES("overallLiesBetweenAreaScores"),

  /**
   * The overall score is the mean of the area scores weighted by the areas' stated {@linkplain
   * org.alliancekit.scoring.assessment.CategoryScore#weight() weights}.
   */
  OVERALL_IS_WEIGHTED_MEAN_OF_AREAS("overallIsWeightedMeanOfAreas");

  private final String propertyName;

  ScoringLaw(String propertyName) {
    this.propertyName = propertyName;
  }

  /** The name of the {@link ScoringRuleLaws} property method that checks this law. */
  public String propertyName() {
    return propertyName;
  }

  /**
   * Returns the law checked by the {@link ScoringRuleLaws} property with the given name, if any.
   */
  public static Optional<ScoringLaw> ofProperty(String propertyName) {
    checkNotNull(propertyName, "propertyName");
    for (ScoringLaw law : values()) {
      if (law.propertyName.equals(propertyName)) {
        return Optional.of(law);
      }
    }
    return Optional.empty();
  }
}

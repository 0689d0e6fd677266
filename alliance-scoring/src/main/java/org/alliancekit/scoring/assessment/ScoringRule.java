package org.alliancekit.scoring.assessment;

import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.assessment.Assessment;
import org.apiguardian.api.API;

/**
 * Turns an assessment into a best-practice {@link Score}. Implementations are pure functions:
 * immutable, thread-safe, and giving the same score for the same assessment every time, whatever
 * the order of its ratings.
 *
 * <p>The standard rules come from {@code ScoringRules}. Users may write their own and check them
 * against the laws of the testkit module.
 */
@API(status = STABLE, since = "0.1")
public interface ScoringRule {

  /**
   * Scores an assessment.
   *
   * @throws IllegalArgumentException if the rule cannot score the assessment: a catalog it does not
   *     apply to, or no factor with a value to score
   */
  Score score(Assessment assessment);

  /** What the rule does with factors that have no known rating. */
  MissingRatingPolicy missingRatingPolicy();

  /**
   * Whether raising any one rating never lowers the overall score or any area score. True for the
   * standard rules.
   */
  default boolean isMonotone() {
    return true;
  }
}

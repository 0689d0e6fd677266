package org.alliancekit.scoring.assessment;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.List;
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

  /**
   * Scores many assessments: the score of each, in the order given, equal to {@link
   * #score(Assessment) score} of it. A rule may score a batch faster than one assessment at a time;
   * the standard rules do. Like {@code score}, a pure function of the assessments.
   *
   * @throws IllegalArgumentException for the first assessment in the list that {@code score}
   *     refuses, with the message {@code score} gives
   * @throws NullPointerException if the list or an assessment in it is null
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  default ImmutableList<Score> scoreAll(List<Assessment> assessments) {
    checkNotNull(assessments, "assessments");
    ImmutableList.Builder<Score> scores = ImmutableList.builderWithExpectedSize(assessments.size());
    for (Assessment assessment : assessments) {
      scores.add(score(checkNotNull(assessment, "assessment")));
    }
    return scores.build();
  }

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

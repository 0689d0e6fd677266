package org.alliancekit.report.scoring;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.OptionalDouble;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.assessment.CategoryScore;
import org.alliancekit.scoring.assessment.Score;
import org.apiguardian.api.API;

/**
 * The default score of one relationship, a row of the report's {@code scores.csv}: the overall
 * score, the score of each of the five alignment areas that has a rated factor, and the coverage,
 * all fractions in [0, 1].
 *
 * <p>Immutable and thread-safe.
 *
 * @param relationship the relationship scored
 * @param score the score of the relationship's assessments combined into one
 * @param assessments how many assessments were combined; at least 1
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ScoreRow(RelationshipId relationship, Score score, int assessments) {

  /** Validates that the score is of the relationship and that at least one assessment counted. */
  public ScoreRow {
    checkNotNull(relationship, "relationship");
    checkNotNull(score, "score");
    checkArgument(
        score.relationship().equals(relationship),
        "score of relationship %s cannot be the score of relationship %s",
        score.relationship(),
        relationship);
    checkArgument(
        assessments >= 1,
        "number of assessments %s of relationship %s must be at least 1",
        assessments,
        relationship);
  }

  /** The overall score, in [0, 1]: the mean of the scores of the areas that have a rated factor. */
  public double overall() {
    return score.overall();
  }

  /**
   * The score of an alignment area, in [0, 1]: the mean of its rated factors; empty when none of
   * its factors has a known rating.
   */
  public OptionalDouble area(FactorCategory category) {
    checkNotNull(category, "category");
    return score
        .category(category)
        .map(CategoryScore::score)
        .map(OptionalDouble::of)
        .orElseGet(OptionalDouble::empty);
  }

  /** The share of the catalog's factors with at least one known rating, in [0, 1]. */
  public double coverage() {
    return score.coverage();
  }
}

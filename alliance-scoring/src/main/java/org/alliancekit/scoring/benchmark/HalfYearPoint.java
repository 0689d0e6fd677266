package org.alliancekit.scoring.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.OptionalDouble;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.alliancekit.scoring.assessment.Score;
import org.apiguardian.api.API;

/**
 * One half-year of a {@link HalfYearTrend}: the relationship's score from the assessments of that
 * half-year and the change of the overall score since the immediately preceding half-year.
 *
 * <p>Immutable and thread-safe.
 *
 * @param half the half-year ({@link RevenuePeriod.Length#HALF_YEAR}) of the fiscal year, as the
 *     trend's fiscal year start places it
 * @param score the score of the half-year's assessments, combined into one
 * @param change the overall score minus the overall score of the immediately preceding half-year,
 *     from -1 to 1; empty when that half-year has no point (and for the first point)
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record HalfYearPoint(RevenuePeriod half, Score score, OptionalDouble change) {

  /** Validates that the period is a half-year and that the change is a possible one. */
  public HalfYearPoint {
    HalfYears.checkHalf(checkNotNull(half, "half"));
    checkNotNull(score, "score");
    checkNotNull(change, "change");
    if (change.isPresent()) {
      double value = change.getAsDouble();
      checkArgument(
          value >= -1 && value <= 1,
          "change %s of half-year %s must be between -1 and 1",
          value,
          half);
    }
  }

  /** The overall score of the half-year, in [0, 1]: {@code score().overall()}. */
  public double overall() {
    return score.overall();
  }
}

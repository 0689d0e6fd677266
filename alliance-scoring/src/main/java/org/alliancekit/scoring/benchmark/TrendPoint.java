package org.alliancekit.scoring.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.Year;
import java.util.OptionalDouble;
import org.alliancekit.scoring.assessment.Score;
import org.apiguardian.api.API;

/**
 * One year of a {@link Trend}: the relationship's score that year and the change of the overall
 * score since the previous point.
 *
 * <p>Immutable and thread-safe.
 *
 * @param year the calendar year; the year of the score's date
 * @param score the score of the year's latest assessment
 * @param change the overall score minus the previous point's overall score, from -1 to 1; empty for
 *     the first point
 */
@API(status = STABLE, since = "0.1")
public record TrendPoint(Year year, Score score, OptionalDouble change) {

  /** Validates that the score is of the year and that the change is a possible one. */
  public TrendPoint {
    checkNotNull(year, "year");
    checkNotNull(score, "score");
    checkNotNull(change, "change");
    checkArgument(
        Year.from(score.date()).equals(year),
        "score dated %s does not belong to year %s",
        score.date(),
        year);
    if (change.isPresent()) {
      double value = change.getAsDouble();
      checkArgument(
          value >= -1 && value <= 1, "change %s of year %s must be between -1 and 1", value, year);
    }
  }

  /** The overall score of the year, in [0, 1]: {@code score().overall()}. */
  public double overall() {
    return score.overall();
  }
}

package org.alliancekit.scoring.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.math.Quantiles;
import com.google.common.math.Stats;
import java.util.Arrays;
import java.util.Map;
import org.apiguardian.api.API;

/**
 * How a set of scores is spread, such as the overall scores of a portfolio or its scores in one
 * area: count, mean, standard deviation, minimum, quartiles and maximum.
 *
 * <p>The standard deviation is the population one (the portfolio is the whole population, not a
 * sample of it), so one score has a deviation of 0. Quartiles interpolate linearly between the
 * sorted scores, as Guava's {@link Quantiles} does (the same definition as R's default type 7 and
 * spreadsheets' {@code PERCENTILE.INC}): for 0.2, 0.5, 0.5 and 0.8 the lower quartile is 0.425, the
 * median 0.5 and the upper quartile 0.575.
 *
 * <p>Immutable and thread-safe.
 *
 * @param count how many scores; at least 1
 * @param mean the mean
 * @param standardDeviation the population standard deviation; 0 or more
 * @param min the lowest score
 * @param lowerQuartile the 25th percentile
 * @param median the median
 * @param upperQuartile the 75th percentile
 * @param max the highest score
 */
@API(status = STABLE, since = "0.1")
public record ScoreDistribution(
    int count,
    double mean,
    double standardDeviation,
    double min,
    double lowerQuartile,
    double median,
    double upperQuartile,
    double max) {

  /** Validates the figures: all finite, quartiles ordered from min to max. */
  public ScoreDistribution {
    checkArgument(count >= 1, "a score distribution needs at least 1 score, not %s", count);
    double[] figures = {mean, standardDeviation, min, lowerQuartile, median, upperQuartile, max};
    for (double figure : figures) {
      checkArgument(
          Double.isFinite(figure), "score distribution figures must be finite numbers: %s", figure);
    }
    checkArgument(
        standardDeviation >= 0, "standard deviation %s must not be negative", standardDeviation);
    checkArgument(
        min <= lowerQuartile
            && lowerQuartile <= median
            && median <= upperQuartile
            && upperQuartile <= max,
        "min %s, lower quartile %s, median %s, upper quartile %s and max %s must be in"
            + " increasing order",
        min,
        lowerQuartile,
        median,
        upperQuartile,
        max);
    checkArgument(
        min <= mean && mean <= max, "mean %s must be between min %s and max %s", mean, min, max);
  }

  /**
   * Returns the distribution of the given scores, using Guava's {@link Stats} and {@link
   * Quantiles}. The scores are sorted first, so the result does not depend on their order, not even
   * in the last bit of the mean.
   *
   * @throws IllegalArgumentException if there are no scores or one is not a finite number
   */
  public static ScoreDistribution of(double... scores) {
    checkNotNull(scores, "scores");
    checkArgument(scores.length >= 1, "a score distribution needs at least 1 score, not 0");
    for (double score : scores) {
      checkArgument(Double.isFinite(score), "score %s must be a finite number", score);
    }
    double[] sorted = scores.clone();
    Arrays.sort(sorted);
    Stats stats = Stats.of(sorted);
    Map<Integer, Double> quartiles = Quantiles.quartiles().indexes(1, 2, 3).computeInPlace(sorted);
    double mean = Math.max(stats.min(), Math.min(stats.max(), stats.mean()));
    return new ScoreDistribution(
        scores.length,
        mean,
        stats.populationStandardDeviation(),
        stats.min(),
        quartiles.get(1),
        quartiles.get(2),
        quartiles.get(3),
        stats.max());
  }
}

package org.alliancekit.scoring.assessment;

import static com.google.common.base.Strings.lenientFormat;
import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.factor.FactorCategory;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The score of one alignment area: the aggregated value of the area's factors, in [0, 1], and the
 * weight the area carries in the overall score.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class CategoryScore {
  CategoryScore() {}

  /** The alignment area. */
  @Value.Parameter
  public abstract FactorCategory category();

  /** The area's score in [0, 1]. */
  @Value.Parameter
  public abstract double score();

  /** The weight of the area in the overall score; greater than zero. */
  @Value.Parameter
  public abstract double weight();

  /** Number of the area's factors with a known rating. */
  @Value.Parameter
  public abstract int rated();

  /** Number of the area's factors the rule considers. */
  @Value.Parameter
  public abstract int factors();

  /** Returns the score of one area. */
  public static CategoryScore of(
      FactorCategory category, double score, double weight, int rated, int factors) {
    return ImmutableCategoryScore.of(category, score, weight, rated, factors);
  }

  /** The area's score as a percentage, 0 to 100. */
  public double percent() {
    return score() * 100;
  }

  @Value.Check
  void check() {
    check(category(), score(), weight(), rated(), factors());
  }

  /**
   * Checks the attributes of an area's score, as {@link #of} does, for scores that keep them
   * without making the object.
   *
   * @throws IllegalArgumentException naming the area and the attribute that breaks its rule
   */
  static void check(FactorCategory category, double score, double weight, int rated, int factors) {
    if (!(score >= 0 && score <= 1)) {
      throw new IllegalArgumentException(
          lenientFormat("score %s of area %s must be between 0 and 1", score, category));
    }
    if (!(weight > 0 && Double.isFinite(weight))) {
      throw new IllegalArgumentException(
          lenientFormat(
              "weight %s of area %s must be a finite number greater than 0", weight, category));
    }
    if (!(rated >= 0 && rated <= factors)) {
      throw new IllegalArgumentException(
          lenientFormat("area %s has %s rated factors out of %s", category, rated, factors));
    }
  }
}

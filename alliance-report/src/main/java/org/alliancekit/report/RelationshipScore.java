package org.alliancekit.report;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.money.MonetaryAmount;
import org.alliancekit.model.factor.FactorCategory;
import org.apiguardian.api.API;

/**
 * What a {@link ReportScoring} says about one relationship: its overall score, the score of each
 * alignment area that has a rated factor, the share of the catalog's factors that are rated, the
 * score it could attain, and the extra alliance revenue that would bring.
 *
 * <p>Scores and coverage are fractions from 0 to 1 (0.5 is 50%). The uplift is in the
 * relationship's own currency; it is empty when it is undefined (for instance when the current
 * score is zero, so no ratio to it exists).
 *
 * <p>Immutable and thread-safe.
 *
 * @param overall the overall score, from 0 to 1
 * @param areas the score of each area with at least one rated factor, in {@link FactorCategory}
 *     order; each from 0 to 1
 * @param coverage the share of the catalog's factors with a known rating, from 0 to 1
 * @param attainable the score the relationship could reach, from 0 to 1
 * @param uplift the extra alliance revenue at the attainable score, in the relationship's currency;
 *     empty when undefined
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RelationshipScore(
    double overall,
    ImmutableMap<FactorCategory, Double> areas,
    double coverage,
    double attainable,
    Optional<MonetaryAmount> uplift) {

  /** Validates the fractions and puts the areas in category order. */
  public RelationshipScore {
    checkFraction("overall score", overall);
    checkFraction("coverage", coverage);
    checkFraction("attainable score", attainable);
    checkNotNull(areas, "areas");
    checkNotNull(uplift, "uplift");
    ImmutableMap.Builder<FactorCategory, Double> ordered = ImmutableMap.builder();
    for (FactorCategory category : FactorCategory.values()) {
      Double score = areas.get(category);
      if (score != null) {
        checkFraction(category.name().toLowerCase(Locale.ROOT) + " score", score);
        ordered.put(category, score);
      }
    }
    areas = ordered.buildOrThrow();
  }

  /**
   * Returns a score.
   *
   * @throws IllegalArgumentException if a score or the coverage is not a number from 0 to 1
   */
  public static RelationshipScore of(
      double overall,
      Map<FactorCategory, Double> areas,
      double coverage,
      double attainable,
      Optional<MonetaryAmount> uplift) {
    return new RelationshipScore(overall, ImmutableMap.copyOf(areas), coverage, attainable, uplift);
  }

  /** The score of one area, if it has one. */
  public Optional<Double> area(FactorCategory category) {
    checkNotNull(category, "category");
    return Optional.ofNullable(areas.get(category));
  }

  private static void checkFraction(String name, double value) {
    checkArgument(value >= 0 && value <= 1, "%s %s must be a number from 0 to 1", name, value);
  }
}

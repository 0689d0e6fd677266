package org.alliancekit.scoring.benchmark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import java.util.Map;
import java.util.OptionalDouble;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * Where one relationship stands in a portfolio: its percentile rank by overall score and by the
 * score of each alignment area it was scored in.
 *
 * <p>A percentile rank is the share of the portfolio that scores strictly lower, plus half the
 * share that scores the same (the relationship itself included), times 100: {@code 100 x (below +
 * equal / 2) / n}. In a portfolio of four scoring 20%, 50%, 50% and 80% the ranks are 12.5, 50, 50
 * and 87.5. A rank is always above 0 and below 100 (a portfolio of one ranks 50), ties get equal
 * ranks, and the ranks do not depend on the order of the portfolio. Per area, {@code n} counts only
 * the relationships scored in that area.
 *
 * <p>Immutable and thread-safe.
 *
 * @param relationship the ranked relationship
 * @param overall the rank by overall score, from 0 to 100
 * @param areas the rank by each scored area's score, from 0 to 100, keys in {@link FactorCategory}
 *     order
 */
@API(status = STABLE, since = "0.1")
public record PercentileRank(
    RelationshipId relationship, double overall, ImmutableMap<FactorCategory, Double> areas) {

  /** Validates the ranks and puts the areas in {@link FactorCategory} order. */
  public PercentileRank {
    checkNotNull(relationship, "relationship");
    checkNotNull(areas, "areas");
    checkRank(relationship, "overall", overall);
    for (Map.Entry<FactorCategory, Double> area : areas.entrySet()) {
      checkRank(relationship, area.getKey(), area.getValue());
    }
    areas = Maps.immutableEnumMap(areas);
  }

  /**
   * Returns the ranks of one relationship.
   *
   * @throws IllegalArgumentException if a rank is not between 0 and 100
   */
  public static PercentileRank of(
      RelationshipId relationship, double overall, Map<FactorCategory, Double> areas) {
    return new PercentileRank(relationship, overall, ImmutableMap.copyOf(areas));
  }

  /** The rank by the score of the given area; empty if the relationship has no score there. */
  public OptionalDouble area(FactorCategory category) {
    Double rank = areas.get(checkNotNull(category, "category"));
    return rank == null ? OptionalDouble.empty() : OptionalDouble.of(rank);
  }

  private static void checkRank(RelationshipId relationship, Object what, double rank) {
    checkArgument(
        rank >= 0 && rank <= 100,
        "%s percentile rank %s of relationship %s must be between 0 and 100",
        what,
        rank,
        relationship);
  }
}

package org.alliancekit.scoring.evidence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import javax.money.MonetaryAmount;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.potential.PotentialModel;
import org.alliancekit.scoring.potential.SalesPotential;
import org.apiguardian.api.API;

/**
 * The uplift a relationship's attainable score is worth, priced two ways: by the proportional rule
 * of {@link SalesPotential} (revenue grows in proportion to the score) and by a portfolio's own
 * estimate (revenue grows by {@code exp(slope * gain) - 1}, the gain in percentage points), at the
 * 10th, 50th and 90th percentile of the estimate's bootstrap slopes. Each amount is exact and
 * rounded once to the currency's minor unit, half to even.
 *
 * <p>Immutable and thread-safe.
 *
 * @param relationship the relationship
 * @param proportional the proportional rule's uplift; empty when it is undefined (a score of zero)
 * @param p10 the uplift at the 10th percentile slope
 * @param p50 the uplift at the median slope
 * @param p90 the uplift at the 90th percentile slope
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record CalibratedUplift(
    RelationshipId relationship,
    Optional<MonetaryAmount> proportional,
    MonetaryAmount p10,
    MonetaryAmount p50,
    MonetaryAmount p90) {
  /** Checks the values. */
  public CalibratedUplift {
    checkNotNull(relationship, "relationship");
    checkNotNull(proportional, "proportional");
    checkNotNull(p10, "p10");
    checkNotNull(p50, "p50");
    checkNotNull(p90, "p90");
  }

  /**
   * Prices the gain from {@code current} to {@code attainable} on {@code revenue}.
   *
   * @param estimate a defined estimate, normally the lag-1 within one
   * @throws IllegalArgumentException if the estimate is undefined, a score is outside 0 to 1, the
   *     attainable score is below the current one, or the revenue is negative
   */
  public static CalibratedUplift of(
      RelationshipId relationship,
      MonetaryAmount revenue,
      double current,
      double attainable,
      ElasticityEstimate estimate) {
    checkNotNull(relationship, "relationship");
    checkNotNull(revenue, "revenue");
    checkNotNull(estimate, "estimate");
    checkArgument(
        estimate.isDefined(),
        "the estimate cannot price an uplift: %s",
        estimate.reason().orElse(""));
    checkArgument(
        current >= 0 && attainable <= 1 && current <= attainable,
        "scores must satisfy 0 <= current %s <= attainable %s <= 1",
        current,
        attainable);
    checkArgument(!revenue.isNegative(), "revenue %s must not be negative", revenue);
    return new CalibratedUplift(
        relationship,
        SalesPotential.of(revenue, current, attainable).uplift(),
        priced(revenue, current, attainable, estimate.slopeP10().getAsDouble()),
        priced(revenue, current, attainable, estimate.slopeP50().getAsDouble()),
        priced(revenue, current, attainable, estimate.slopeP90().getAsDouble()));
  }

  private static MonetaryAmount priced(
      MonetaryAmount revenue, double current, double attainable, double slope) {
    return SalesPotential.of(revenue, current, attainable)
        .withPotentialModel(PotentialModel.elasticity(slope))
        .uplift()
        .orElseThrow();
  }
}

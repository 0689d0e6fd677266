package org.alliancekit.scoring.potential;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import javax.money.MonetaryAmount;
import org.apiguardian.api.API;

/**
 * How revenue responds to a better best-practice score: the rule that prices the move from a
 * relationship's current score to its attainable one. {@link SalesPotential} and {@link
 * PotentialTriage} price and rank with {@link #proportional()} unless given another model, such as
 * {@link #elasticity(double)} with a slope a portfolio's own history supports (see {@code
 * org.alliancekit.scoring.evidence.SalesEvidence}).
 *
 * <p>An implementation must be pure and immutable, return the uplift in the revenue's currency
 * rounded once to its minor unit, and have value equality (two potentials are equal only if their
 * models are).
 */
@API(status = EXPERIMENTAL, since = "0.1")
public interface PotentialModel {

  /**
   * The extra revenue the move from {@code current} to {@code attainable} is worth, in the
   * revenue's currency, or empty when the model cannot price it (the proportional rule at a zero
   * score). Called only with a revenue of zero or more, scores between 0 and 1, and {@code
   * attainable != current} (no change in score is no change in revenue for every model).
   */
  Optional<MonetaryAmount> uplift(MonetaryAmount revenue, double current, double attainable);

  /** The rule in a few words, for reports, such as {@code proportional}. */
  String describe();

  /**
   * Revenue grows in proportion to the score: the uplift is {@code revenue x (attainable / current
   * - 1)}, undefined at a zero current score with revenue. The default, and the rule of the
   * benchmark report in the sources.
   */
  static PotentialModel proportional() {
    return ProportionalModel.INSTANCE;
  }

  /**
   * Revenue grows by {@code exp(slope x gain) - 1}, where the gain is {@code (attainable - current)
   * x 100}, in percentage points of the score: the log-linear rule whose slope a regression of log
   * revenue on the score estimates. Defined at every score.
   *
   * @param slopePerPoint the change in log revenue per percentage point of score (0.0125 is about
   *     1.26% more revenue per point)
   * @throws IllegalArgumentException if the slope is not a finite number
   */
  static PotentialModel elasticity(double slopePerPoint) {
    return new ElasticityModel(slopePerPoint);
  }
}

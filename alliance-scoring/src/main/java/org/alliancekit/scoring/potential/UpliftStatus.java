package org.alliancekit.scoring.potential;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Whether a {@link SalesPotential} has an uplift, and if not, why not. */
@API(status = STABLE, since = "0.1")
public enum UpliftStatus {
  /** The uplift is known; it may be zero. */
  DEFINED,

  /**
   * The current score is zero while the attainable score is higher and the revenue is not zero: the
   * growth ratio {@code attainable / current} is undefined, so no uplift can be computed.
   */
  UNDEFINED_ZERO_SCORE
}

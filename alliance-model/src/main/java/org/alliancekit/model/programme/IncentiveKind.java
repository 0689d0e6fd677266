package org.alliancekit.model.programme;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What an {@link Incentive} pays for. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum IncentiveKind {
  /**
   * A percentage of a partner's whole won revenue in a calendar quarter, paid when that revenue
   * reaches the incentive's threshold.
   */
  REBATE,
  /** A percentage of each won deal the partner sourced. */
  REFERRAL_FEE
}

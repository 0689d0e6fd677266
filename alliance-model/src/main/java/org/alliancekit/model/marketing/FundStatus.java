package org.alliancekit.model.marketing;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Where a {@link FundRequest} stands. */
@API(status = STABLE, since = "0.1")
public enum FundStatus {
  /** Asked for, not yet decided. */
  PENDING,
  /** Granted: the amount is taken from the budget. */
  APPROVED,
  /** Turned down. */
  REJECTED
}

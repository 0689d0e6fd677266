package org.alliancekit.model.marketing;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Where a {@link FundClaim} stands. */
@API(status = STABLE, since = "0.1")
public enum ClaimStatus {
  /** Submitted, not yet decided. */
  PENDING,
  /** Accepted, not yet paid. */
  APPROVED,
  /** Turned down. */
  REJECTED,
  /** Accepted and paid out. */
  PAID;

  /** Whether the claim was accepted: {@link #APPROVED} or {@link #PAID}. */
  public boolean isApproved() {
    return this == APPROVED || this == PAID;
  }
}

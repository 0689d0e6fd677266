package org.alliancekit.model.pipeline;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Where a {@link DealRegistration} stands in the registering programme's approval process. */
@API(status = STABLE, since = "0.1")
public enum RegistrationStatus {
  /** Submitted and awaiting a decision. */
  PENDING,
  /** Accepted: the registering party holds the registration's protection and benefits. */
  APPROVED,
  /** Turned down, for example because another party had already registered the deal. */
  REJECTED,
  /** Once approved or pending, now lapsed without the deal closing in time. */
  EXPIRED
}

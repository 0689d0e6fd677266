package org.alliancekit.scoring.relationship;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Whether one side of a relationship pays the other for access to its market or customers, as a
 * supplier pays a channel through a margin, a fee or a listing charge.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum AccessPayment {
  /** Neither side pays the other for access. */
  NONE,

  /** The host pays the partner for access: the partner is the host's route to market. */
  HOST_PAYS_PARTNER,

  /** The partner pays the host for access: the host is the partner's route to market. */
  PARTNER_PAYS_HOST
}

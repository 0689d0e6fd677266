package org.alliancekit.attribution.credit;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** How an opportunity came about, for crediting: by a partner, with partners, or directly. */
@API(status = STABLE, since = "0.1")
public enum CreditMotion {
  /** A partner brought the opportunity; that one partner gets sourced credit. */
  PARTNER_SOURCED,
  /** Partners took part in an opportunity they did not bring; each gets influenced credit. */
  PARTNER_INFLUENCED,
  /** No partner brought or took part in the opportunity. */
  DIRECT
}

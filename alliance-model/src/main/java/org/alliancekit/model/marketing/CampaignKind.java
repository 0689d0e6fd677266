package org.alliancekit.model.marketing;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Whom a {@link Campaign} addresses. */
@API(status = STABLE, since = "0.1")
public enum CampaignKind {
  /** Internal: to the partner's field teams, so that they know and sell the joint offer. */
  PUSH,
  /** External: to customers, so that they ask for the joint offer. */
  PULL
}

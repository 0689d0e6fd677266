package org.alliancekit.model.pipeline;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * What a party puts into a {@link Solution}. A systems integrator that combines several kinds
 * across its partners, for instance resale of an ISV's product, joint go-to-market with that ISV
 * and joint go-to-market with the platform vendor underneath, offers more than any one of those
 * relationships would alone: this is value stacking.
 */
@API(status = STABLE, since = "0.1")
public enum ContributionKind {
  /** The party's product is resold in the deal, so a resale margin flows to the seller. */
  RESALE,
  /** The party markets and sells the solution jointly with the others. */
  JOINT_GO_TO_MARKET,
  /** The party provides the platform the solution is built on or runs on. */
  PLATFORM,
  /** The party provides services: design, implementation, integration, operation. */
  SERVICES
}

package org.alliancekit.pipeline.velocity;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * The route by which a deal is sold, for comparing how fast and how well each route sells. {@link
 * Segmentation#standard()} says which opportunity falls in which segment.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Segment {
  /** Sell-with: a partner sells alongside the owner or brought the deal in. */
  ALLIANCE,
  /** Sell-through: a reseller or distributor is the route to the customer. */
  CHANNEL,
  /** The owner sells alone, with no partner involved. */
  DIRECT
}

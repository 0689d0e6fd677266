package org.alliancekit.planning;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** How an objective is doing, from its projection to the end of the period. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum AttainmentStatus {
  /** The projection reaches the target. */
  ON_TRACK,
  /** The projection reaches 80% of the target but not the target. */
  AT_RISK,
  /** The projection falls short of 80% of the target. */
  OFF_TRACK
}

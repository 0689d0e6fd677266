package org.alliancekit.scoring.relationship;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/** What a {@link Finding} is about. */
@API(status = EXPERIMENTAL, since = "0.1")
public enum FindingKind {
  /**
   * The host's direct sellers and an alliance partner work the same account or the same
   * opportunity.
   */
  CHANNEL_CONFLICT,

  /** The two sides of an alliance are a David-and-Goliath pair: very different in size. */
  SIZE_IMBALANCE,

  /** Every firm commitment of an alliance comes from one side. */
  ONE_SIDED_COMMITMENT,

  /** One side of an alliance puts in many times the money the other does, in one currency. */
  COMMITMENT_IMBALANCE,

  /** One side of a relationship has no executive sponsor. */
  NO_EXECUTIVE_SPONSOR,

  /** One side of a relationship has no dedicated alliance manager. */
  NO_ALLIANCE_MANAGER,

  /** A relationship behaves as another sales motion than the one it was declared with. */
  MOTION_MISMATCH
}

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
  MOTION_MISMATCH,

  // Findings from the records of one relationship or partner on an as-of date.

  /**
   * A David-and-Goliath alliance in which only the smaller side makes firm commitments: the larger
   * side makes none.
   */
  UNBALANCED_ALLIANCE,

  /** One side of a relationship has an executive sponsor and the other side has none. */
  MISSING_SPONSOR,

  /** One side of a relationship has an alliance manager and the other side has none. */
  MISSING_ALLIANCE_MANAGER,

  /** A relationship with an agreed review cadence has gone past the day its next review was due. */
  REVIEW_OVERDUE,

  /** A certified competency of a partner expired before the as-of date. */
  COMPETENCY_EXPIRED,

  /** A certified competency of a partner expires soon after the as-of date. */
  COMPETENCY_EXPIRING,

  /** A deal registration the registration desk rejects, with its reason. */
  REGISTRATION_REJECTED,

  /**
   * The fiscal years of a relationship's two parties start in different months, so a joint
   * marketing budget has to be agreed before the earlier of the two next fiscal years starts; the
   * sentence names that deadline.
   */
  BUDGET_CYCLE_MISALIGNED,

  /**
   * A partner of the partner programme qualifies for a lower tier than the one assigned to it, or
   * for none, on the as-of date: it is at risk of losing its tier.
   */
  TIER_AT_RISK
}

package org.alliancekit.model.pipeline;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * Where a co-sell opportunity stands in the review of the partner programme it was shared with: a
 * partner drafts it, submits it, the programme reviews it and approves it, rejects it, or sends it
 * back for more information.
 *
 * <p>The allowed moves are in {@link #transitions()}:
 *
 * <table>
 *   <caption>Allowed review status moves</caption>
 *   <tr><th>from</th><th>to</th></tr>
 *   <tr><td>PENDING_SUBMISSION</td><td>SUBMITTED</td></tr>
 *   <tr><td>SUBMITTED</td><td>IN_REVIEW</td></tr>
 *   <tr><td>IN_REVIEW</td><td>APPROVED, REJECTED, ACTION_REQUIRED</td></tr>
 *   <tr><td>ACTION_REQUIRED</td>
 *       <td>SUBMITTED (sent again once the requested changes are made)</td></tr>
 *   <tr><td>APPROVED</td><td>none: final</td></tr>
 *   <tr><td>REJECTED</td><td>none: final</td></tr>
 * </table>
 */
@API(status = STABLE, since = "0.1")
public enum ReviewStatus {
  /** Drafted by the partner but not yet sent for review. */
  PENDING_SUBMISSION,
  /** Sent for review and waiting to be picked up. */
  SUBMITTED,
  /** Being reviewed. */
  IN_REVIEW,
  /** Accepted by the review; the opportunity is shared. */
  APPROVED,
  /** Turned down by the review; final. */
  REJECTED,
  /** Returned to the partner, who must change or complete it and submit it again. */
  ACTION_REQUIRED;

  private static final StatusTransitions<ReviewStatus> TRANSITIONS =
      StatusTransitions.builder("Review status", ReviewStatus.class)
          .allow(PENDING_SUBMISSION, SUBMITTED)
          .allow(SUBMITTED, IN_REVIEW)
          .allow(IN_REVIEW, APPROVED, REJECTED, ACTION_REQUIRED)
          .allow(ACTION_REQUIRED, SUBMITTED)
          .build();

  /** The table of allowed moves, named "Review status". */
  public static StatusTransitions<ReviewStatus> transitions() {
    return TRANSITIONS;
  }

  /** Whether the review may move from this status to {@code next}. */
  public boolean canMoveTo(ReviewStatus next) {
    return TRANSITIONS.isAllowed(this, next);
  }

  /**
   * Returns {@code next} if the review may move there from this status.
   *
   * @throws IllegalArgumentException naming both statuses if the move is not allowed
   */
  public ReviewStatus moveTo(ReviewStatus next) {
    return TRANSITIONS.transition(this, next);
  }

  /** Whether no move leads out of this status: {@link #APPROVED} and {@link #REJECTED}. */
  public boolean isFinal() {
    return TRANSITIONS.isFinal(this);
  }
}

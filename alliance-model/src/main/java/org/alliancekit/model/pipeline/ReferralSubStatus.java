package org.alliancekit.model.pipeline;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * The detailed state of a referral, a lifecycle common to the referral tools of partner programmes.
 * Each sub-status belongs to one {@link ReferralStatus} ({@link #status()}).
 *
 * <p>The allowed moves are in {@link #transitions()}:
 *
 * <table>
 *   <caption>Allowed referral moves</caption>
 *   <tr><th>from</th><th>to</th></tr>
 *   <tr><td>NEW/PENDING</td>
 *       <td>NEW/RECEIVED, ACTIVE/ACCEPTED, CLOSED/DECLINED, CLOSED/EXPIRED</td></tr>
 *   <tr><td>NEW/RECEIVED</td><td>ACTIVE/ACCEPTED, CLOSED/DECLINED, CLOSED/EXPIRED</td></tr>
 *   <tr><td>ACTIVE/ACCEPTED</td><td>CLOSED/WON, CLOSED/LOST</td></tr>
 *   <tr><td>CLOSED/WON, CLOSED/LOST, CLOSED/DECLINED, CLOSED/EXPIRED</td>
 *       <td>none: final</td></tr>
 * </table>
 *
 * <p>A referral cannot be won or lost before it is accepted, and an accepted referral no longer
 * expires or is declined: it ends as won or lost.
 */
@API(status = STABLE, since = "0.1")
public enum ReferralSubStatus {
  /** Sent by the referring party, not yet seen by the receiver. */
  PENDING(ReferralStatus.NEW),
  /** Seen by the receiver, who has not yet decided to take it up. */
  RECEIVED(ReferralStatus.NEW),
  /** Taken up by the receiver and being worked. */
  ACCEPTED(ReferralStatus.ACTIVE),
  /** Closed with a sale. */
  WON(ReferralStatus.CLOSED),
  /** Closed without a sale. */
  LOST(ReferralStatus.CLOSED),
  /** Turned down by the receiver. */
  DECLINED(ReferralStatus.CLOSED),
  /** Not taken up in time. */
  EXPIRED(ReferralStatus.CLOSED);

  private static final StatusTransitions<ReferralSubStatus> TRANSITIONS =
      StatusTransitions.builder("Referral", ReferralSubStatus.class)
          .describedBy(ReferralSubStatus::describe)
          .allow(PENDING, RECEIVED, ACCEPTED, DECLINED, EXPIRED)
          .allow(RECEIVED, ACCEPTED, DECLINED, EXPIRED)
          .allow(ACCEPTED, WON, LOST)
          .build();

  private final ReferralStatus status;

  ReferralSubStatus(ReferralStatus status) {
    this.status = status;
  }

  /** The status this sub-status belongs to. */
  public ReferralStatus status() {
    return status;
  }

  /** Status and sub-status as used in messages, such as {@code ACTIVE/ACCEPTED}. */
  public String describe() {
    return status + "/" + name();
  }

  /** The table of allowed moves between sub-statuses, named "Referral". */
  public static StatusTransitions<ReferralSubStatus> transitions() {
    return TRANSITIONS;
  }

  /** Whether a referral may move from this sub-status to {@code next}. */
  public boolean canMoveTo(ReferralSubStatus next) {
    return TRANSITIONS.isAllowed(this, next);
  }

  /**
   * Returns {@code next} if a referral may move there from this sub-status.
   *
   * @throws IllegalArgumentException naming both states if the move is not allowed
   */
  public ReferralSubStatus moveTo(ReferralSubStatus next) {
    return TRANSITIONS.transition(this, next);
  }

  /** Whether no move leads out of this sub-status: every closed sub-status. */
  public boolean isFinal() {
    return TRANSITIONS.isFinal(this);
  }
}

package org.alliancekit.pipeline.registration;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Why a registration claim was decided the way it was. */
@API(status = STABLE, since = "0.1")
public enum DecisionReason {
  /** Granted: the only valid claim on the target. */
  UNCONTESTED(Verdict.GRANTED),
  /** Granted: the first valid claim on the target; later ones conflict with it. */
  FIRST_TO_REGISTER(Verdict.GRANTED),
  /**
   * Granted: submitted after the protection window of the previous holder ended, so it took the
   * target over.
   */
  PROTECTION_LAPSED(Verdict.GRANTED),
  /** Denied: submitted while another party's registration of the target was protected. */
  CONFLICT(Verdict.DENIED),
  /** Denied: the same party already held a protected registration of the target. */
  DUPLICATE(Verdict.DENIED),
  /** Denied: its protection window ended and a later registration took the target over. */
  SUPERSEDED(Verdict.DENIED),
  /** Denied: no longer valid on the day of the decision, or marked expired by the programme. */
  EXPIRED(Verdict.DENIED),
  /** Denied: the programme rejected the registration. */
  REJECTED_BY_PROGRAMME(Verdict.DENIED),
  /** Waiting: pending, and the rules only let approved registrations hold a target. */
  AWAITING_APPROVAL(Verdict.WAITING);

  private final Verdict verdict;

  DecisionReason(Verdict verdict) {
    this.verdict = verdict;
  }

  /** The verdict this reason leads to. */
  public Verdict verdict() {
    return verdict;
  }

  /**
   * Whether a decision for this reason always names the competing claim that explains it: {@link
   * #CONFLICT}, {@link #DUPLICATE}, {@link #SUPERSEDED} and {@link #PROTECTION_LAPSED}.
   */
  boolean namesCompetitor() {
    return switch (this) {
      case CONFLICT, DUPLICATE, SUPERSEDED, PROTECTION_LAPSED -> true;
      default -> false;
    };
  }
}

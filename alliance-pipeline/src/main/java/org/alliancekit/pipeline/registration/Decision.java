package org.alliancekit.pipeline.registration;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * Where one registration record of a portfolio stands, as {@link RegistrationDesk#decideAll}
 * derives it. It follows from the {@link DecisionReason} the desk gives ({@link
 * #of(DecisionReason)}):
 *
 * <ul>
 *   <li>{@link #APPROVED}: the reason's verdict is {@link Verdict#GRANTED} ({@link
 *       DecisionReason#UNCONTESTED}, {@link DecisionReason#FIRST_TO_REGISTER}, {@link
 *       DecisionReason#PROTECTION_LAPSED});
 *   <li>{@link #EXPIRED}: the reason is {@link DecisionReason#EXPIRED};
 *   <li>{@link #REJECTED}: any other {@link Verdict#DENIED} reason ({@link
 *       DecisionReason#CONFLICT}, {@link DecisionReason#DUPLICATE}, {@link
 *       DecisionReason#SUPERSEDED}, {@link DecisionReason#REJECTED_BY_PROGRAMME});
 *   <li>{@link #PENDING}: the verdict is {@link Verdict#WAITING} ({@link
 *       DecisionReason#AWAITING_APPROVAL}).
 * </ul>
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Decision {
  /** The registration holds its opportunity under the rules. */
  APPROVED,
  /**
   * The registration does not hold its opportunity: the programme rejected it, another
   * registration's protection blocked it, or a later registration took the opportunity over.
   */
  REJECTED,
  /** The registration is past its last valid day, or the programme marked it expired. */
  EXPIRED,
  /** The registration awaits the programme's approval. */
  PENDING;

  /** Returns the decision that {@code reason} leads to, as listed above. */
  public static Decision of(DecisionReason reason) {
    checkNotNull(reason, "reason");
    if (reason == DecisionReason.EXPIRED) {
      return EXPIRED;
    }
    return switch (reason.verdict()) {
      case GRANTED -> APPROVED;
      case DENIED -> REJECTED;
      case WAITING -> PENDING;
    };
  }
}

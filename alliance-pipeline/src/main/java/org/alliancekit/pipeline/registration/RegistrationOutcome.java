package org.alliancekit.pipeline.registration;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.RegistrationId;
import org.apiguardian.api.API;

/**
 * The decision on one registration record of a portfolio, as {@link RegistrationDesk#decideAll}
 * derives it: which registration, of which opportunity, by which partner, the {@link Decision}, the
 * desk's {@link DecisionReason} behind it, a sentence saying why, and the competing registration
 * the sentence names, if any.
 *
 * <p>Rules: the message is not blank; the decision is {@link Decision#of(DecisionReason) the one
 * the reason leads to}; a reason that needs a competing registration ({@link
 * DecisionReason#CONFLICT}, {@link DecisionReason#DUPLICATE}, {@link DecisionReason#SUPERSEDED},
 * {@link DecisionReason#PROTECTION_LAPSED}) names one, and it is never the registration itself.
 *
 * <p>Immutable and thread-safe.
 *
 * @param registrationId the registration decided
 * @param opportunityId the opportunity it registers
 * @param partnerId the registering partner
 * @param decision where the registration stands
 * @param reason why, in the desk's terms
 * @param message why, in words, naming the competing registration's id and partner when there is
 *     one
 * @param competitor the registration it lost to, was taken over by, took over from, or waits
 *     behind, if one explains the decision
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record RegistrationOutcome(
    RegistrationId registrationId,
    OpportunityId opportunityId,
    PartnerId partnerId,
    Decision decision,
    DecisionReason reason,
    String message,
    Optional<RegistrationId> competitor) {

  /** Validates the rules above. */
  public RegistrationOutcome {
    checkNotNull(registrationId, "registrationId");
    checkNotNull(opportunityId, "opportunityId");
    checkNotNull(partnerId, "partnerId");
    checkNotNull(decision, "decision");
    checkNotNull(reason, "reason");
    checkNotNull(message, "message");
    checkNotNull(competitor, "competitor");
    checkArgument(
        !message.isBlank(),
        "message of the decision on registration %s must not be blank",
        registrationId);
    checkArgument(
        decision == Decision.of(reason),
        "registration %s is %s, but its reason %s leads to %s",
        registrationId,
        decision,
        reason,
        Decision.of(reason));
    checkArgument(
        !reason.namesCompetitor() || competitor.isPresent(),
        "registration %s is decided for %s, so it must name the competing registration",
        registrationId,
        reason);
    checkArgument(
        !competitor.equals(Optional.of(registrationId)),
        "registration %s must not name itself as its competitor",
        registrationId);
  }
}

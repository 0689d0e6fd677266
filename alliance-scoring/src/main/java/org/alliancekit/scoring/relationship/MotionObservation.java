package org.alliancekit.scoring.relationship;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * The sales motion a relationship's records show, next to the motion it was declared with: what
 * {@link MotionObserver} counted, what it read from the counts, and why. {@link
 * RelationshipChecks#motionMismatch} turns a difference into a finding.
 *
 * <p>Immutable and thread-safe.
 *
 * @param relationship the relationship observed
 * @param declared the kind of motion the relationship was declared with
 * @param evidence the counts the observation rests on
 * @param observed the motion the records show, or {@link ObservedMotion#UNDETERMINED}
 * @param channel the side that acts as the channel; present exactly when {@code observed} is {@link
 *     ObservedMotion#SELL_THROUGH}
 * @param reason one sentence naming the rule that decided and the counts; not blank
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record MotionObservation(
    RelationshipId relationship,
    MotionKind declared,
    MotionEvidence evidence,
    ObservedMotion observed,
    Optional<PartnerId> channel,
    String reason) {

  /** Validates that the channel fits the observed motion and that the reason is not blank. */
  public MotionObservation {
    checkNotNull(relationship, "relationship");
    checkNotNull(declared, "declared");
    checkNotNull(evidence, "evidence");
    checkNotNull(observed, "observed");
    checkNotNull(channel, "channel");
    checkNotNull(reason, "reason");
    checkArgument(
        channel.isPresent() == (observed == ObservedMotion.SELL_THROUGH),
        "channel of relationship %s must be given exactly when the observed motion is"
            + " sell-through, the motion is %s and the channel %s",
        relationship,
        observed.label(),
        channel.map(PartnerId::toString).orElse("absent"));
    checkArgument(
        !reason.isBlank(),
        "reason '%s' of relationship %s must not be blank",
        reason,
        relationship);
  }
}

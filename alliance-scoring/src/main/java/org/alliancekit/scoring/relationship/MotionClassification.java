package org.alliancekit.scoring.relationship;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The sales motion a relationship's behaviour shows, set against the motion it was declared with:
 * what {@link MotionClassifier} found, why, and whether the two differ.
 *
 * <p>Running a relationship declared as an alliance (sell-with) as a plain sale or as a channel is
 * the costly mismatch: the partner either treats the other side as one more vendor or refuses to be
 * somebody's channel. {@link #damagesAlliance()} singles it out.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class MotionClassification implements WithMotionClassification {
  MotionClassification() {}

  /** The relationship classified. */
  public abstract RelationshipId relationship();

  /** The motion the relationship was declared with. */
  public abstract MotionKind declared();

  /** The channel of the declared motion; present exactly when it is sell-through. */
  public abstract Optional<PartnerId> declaredChannel();

  /** The motion the behaviour shows. */
  public abstract MotionKind observed();

  /**
   * The side that acts as the channel in the observed behaviour; present exactly when {@link
   * #observed()} is sell-through.
   */
  public abstract Optional<PartnerId> observedChannel();

  /**
   * Why: first the rule that decided, then the observations it rests on, as sentences naming the
   * parties. Never empty.
   */
  public abstract ImmutableList<String> evidence();

  /**
   * Whether the behaviour differs from the declaration: another kind of motion, or a sell-through
   * motion in which the other side acts as the channel.
   */
  public boolean mismatch() {
    return declared() != observed() || !declaredChannel().equals(observedChannel());
  }

  /**
   * Whether a relationship declared as an alliance (sell-with) behaves as a sell-to or sell-through
   * relationship, the mismatch that damages an alliance.
   */
  public boolean damagesAlliance() {
    return declared() == MotionKind.SELL_WITH && observed() != MotionKind.SELL_WITH;
  }

  /** Returns a new builder; every attribute but the two channels is required. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link MotionClassification}; classifiers build them, users rarely need to. {@code
   * build()} throws {@link IllegalStateException} naming any missing attribute and {@link
   * IllegalArgumentException} for an inconsistent one.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableMotionClassification.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        declaredChannel().isPresent() == (declared() == MotionKind.SELL_THROUGH),
        "declared channel of relationship %s must be given exactly when the declared motion is"
            + " sell-through, the motion is %s and the channel %s",
        relationship(),
        declared().label(),
        declaredChannel().map(PartnerId::toString).orElse("absent"));
    checkArgument(
        observedChannel().isPresent() == (observed() == MotionKind.SELL_THROUGH),
        "observed channel of relationship %s must be given exactly when the observed motion is"
            + " sell-through, the motion is %s and the channel %s",
        relationship(),
        observed().label(),
        observedChannel().map(PartnerId::toString).orElse("absent"));
    checkArgument(
        !evidence().isEmpty(),
        "classification of relationship %s must give at least one piece of evidence",
        relationship());
    for (String line : evidence()) {
      checkArgument(
          !line.isBlank(),
          "evidence '%s' of relationship %s must not be blank",
          line,
          relationship());
    }
  }
}

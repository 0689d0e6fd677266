package org.alliancekit.pipeline.registration;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Optional;
import java.util.Set;
import org.alliancekit.model.AllianceStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The decisions on a set of registration claims on one day: one decision per claim, none left out,
 * ordered by target (see {@link RegistrationTarget#ORDER}) and, within a target, by the ranking
 * {@link RegistrationDesk} documents.
 *
 * <p>Rule: at most one granted claim per target.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class RegistrationDecisions implements WithRegistrationDecisions {
  RegistrationDecisions() {}

  /** The day the decisions were taken for. */
  public abstract LocalDate asOf();

  /** One decision per claim. */
  public abstract ImmutableList<RegistrationDecision> decisions();

  /** The decisions that grant a target, one per target that has a holder. */
  public ImmutableList<RegistrationDecision> granted() {
    return withVerdict(Verdict.GRANTED);
  }

  /** The decisions that wait for approval. */
  public ImmutableList<RegistrationDecision> waiting() {
    return withVerdict(Verdict.WAITING);
  }

  /** The decisions for expired claims. */
  public ImmutableList<RegistrationDecision> expired() {
    return withReason(DecisionReason.EXPIRED);
  }

  /**
   * The decisions for claims that lost to a competing claim: {@link DecisionReason#CONFLICT},
   * {@link DecisionReason#DUPLICATE} and {@link DecisionReason#SUPERSEDED}.
   */
  public ImmutableList<RegistrationDecision> conflicts() {
    return decisions().stream()
        .filter(
            decision ->
                decision.reason() == DecisionReason.CONFLICT
                    || decision.reason() == DecisionReason.DUPLICATE
                    || decision.reason() == DecisionReason.SUPERSEDED)
        .collect(ImmutableList.toImmutableList());
  }

  /** The decisions on one target, in ranking order. */
  public ImmutableList<RegistrationDecision> decisionsFor(RegistrationTarget target) {
    checkNotNull(target, "target");
    return decisions().stream()
        .filter(decision -> decision.claim().target().equals(target))
        .collect(ImmutableList.toImmutableList());
  }

  /** The claim that holds {@code target}, if any does. */
  public Optional<RegistrationClaim> holder(RegistrationTarget target) {
    return decisionsFor(target).stream()
        .filter(RegistrationDecision::isGranted)
        .map(RegistrationDecision::claim)
        .findFirst();
  }

  private ImmutableList<RegistrationDecision> withVerdict(Verdict verdict) {
    return decisions().stream()
        .filter(decision -> decision.verdict() == verdict)
        .collect(ImmutableList.toImmutableList());
  }

  private ImmutableList<RegistrationDecision> withReason(DecisionReason reason) {
    return decisions().stream()
        .filter(decision -> decision.reason() == reason)
        .collect(ImmutableList.toImmutableList());
  }

  /** Returns a new builder; the as-of date is required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RegistrationDecisions}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableRegistrationDecisions.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Set<RegistrationTarget> held = new HashSet<>();
    for (RegistrationDecision decision : decisions()) {
      if (decision.isGranted()) {
        checkArgument(
            held.add(decision.claim().target()),
            "%s is granted to more than one claim",
            decision.claim().target());
      }
    }
  }
}

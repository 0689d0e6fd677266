package org.alliancekit.pipeline.registration;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import java.util.Optional;
import org.alliancekit.model.AllianceStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The decision on one registration claim: its reason, a message saying why in words, the claim it
 * lost to, conflicts with or took over from (if any), and the last day it is valid under the rules.
 *
 * <p>Rules: the message is not blank; {@link DecisionReason#CONFLICT}, {@link
 * DecisionReason#DUPLICATE}, {@link DecisionReason#SUPERSEDED} and {@link
 * DecisionReason#PROTECTION_LAPSED} always name the competing claim.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class RegistrationDecision implements WithRegistrationDecision {
  RegistrationDecision() {}

  /** The claim decided. */
  public abstract RegistrationClaim claim();

  /** Why it was decided so. */
  public abstract DecisionReason reason();

  /** The decision in words, naming parties, target and dates. */
  public abstract String message();

  /** The competing claim that explains the decision, if one does. */
  public abstract Optional<RegistrationClaim> competitor();

  /** The last day the claim is valid: its expiry date, or the end of the validity period. */
  public abstract LocalDate validUntil();

  /** The verdict of the reason. */
  public Verdict verdict() {
    return reason().verdict();
  }

  /** Whether the claim holds its target. */
  public boolean isGranted() {
    return verdict() == Verdict.GRANTED;
  }

  /** Returns a new builder; claim, reason, message and validity are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RegistrationDecision}. */
  @API(status = STABLE, since = "0.1")
  public static final class Builder extends ImmutableRegistrationDecision.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(!message().isBlank(), "decision message for %s must not be blank", reason());
    checkArgument(
        !reason().namesCompetitor() || competitor().isPresent(),
        "a %s decision must name the competing claim",
        reason());
  }
}

package org.alliancekit.pipeline.comparison;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.pipeline.OpportunityId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A difference between compared pipelines worth acting on: each one is a set of live deals that
 * some of the parties are working and others are not, and so a chance to team, hand over, or
 * deliberately leave a deal with the party that has it.
 *
 * <p>Rule: the message is not blank.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Pointer implements WithPointer {
  Pointer() {}

  /** What was found. */
  @Value.Parameter
  public abstract PointerKind kind();

  /** What was found, in words, with counts and values. */
  @Value.Parameter
  public abstract String message();

  /** The pipelines concerned, in the order of the comparison. */
  public abstract ImmutableList<String> pipelines();

  /** The opportunities concerned, in id order; empty for a pointer about totals. */
  public abstract ImmutableList<OpportunityId> opportunities();

  /** Returns a pointer with no pipelines or opportunities attached. */
  public static Pointer of(PointerKind kind, String message) {
    return ImmutablePointer.of(kind, message);
  }

  /** Returns a new builder; kind and message are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Pointer}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutablePointer.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(!message().isBlank(), "pointer message of kind %s must not be blank", kind());
  }
}

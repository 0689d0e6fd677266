package org.alliancekit.pipeline.velocity;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.alliancekit.model.pipeline.Stage;
import org.apiguardian.api.API;

/**
 * How many opportunities that reached one stage went on to the next one of the model.
 *
 * <p>An opportunity has reached a stage when its history or its current stage is that stage or a
 * later one (skipping a stage counts as passing through it). Of the {@link #entered()}
 * opportunities that reached {@link #from()}, {@link #advanced()} also reached {@link #to()}, and
 * {@link #pending()} are still open with {@code from} as the furthest stage they reached: they have
 * not had their chance yet, so {@link #rate()} leaves them out.
 *
 * <p>Immutable and thread-safe.
 *
 * @param from the stage converted from
 * @param to the next stage of the model (open or won)
 * @param entered opportunities that reached {@code from}
 * @param advanced of those, the ones that reached {@code to}
 * @param pending of those, the open ones whose furthest stage is {@code from}
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record StageConversion(Stage from, Stage to, long entered, long advanced, long pending) {

  /** Validates the counts. */
  public StageConversion {
    checkNotNull(from, "from");
    checkNotNull(to, "to");
    checkArgument(
        entered >= 0 && advanced >= 0 && pending >= 0 && advanced + pending <= entered,
        "conversion from %s to %s: %s advanced and %s pending must not be negative and must not"
            + " exceed the %s entered",
        from.name(),
        to.name(),
        advanced,
        pending,
        entered);
  }

  /** Returns the conversion with the given counts. */
  public static StageConversion of(
      Stage from, Stage to, long entered, long advanced, long pending) {
    return new StageConversion(from, to, entered, advanced, pending);
  }

  /** The number of decided opportunities: those that reached {@code from} and are not pending. */
  public long decided() {
    return entered - pending;
  }

  /**
   * The share of decided opportunities that advanced, between 0 and 1; empty when none is decided.
   */
  public Optional<Double> rate() {
    return decided() == 0 ? Optional.empty() : Optional.of((double) advanced / decided());
  }
}

package org.alliancekit.model.pipeline;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.internal.Checks;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A step of a sales process, such as "Qualified" or "Closed Won", with the probability that an
 * opportunity in this step is eventually won.
 *
 * <p>An {@link StageKind#OPEN OPEN} stage has a probability between 0 and 1; a {@link StageKind#WON
 * WON} stage has probability 1 and a {@link StageKind#LOST LOST} stage probability 0. Stages
 * compare by name (case-sensitively), probability and kind; a probability of {@code -0.0} is stored
 * as {@code 0.0}. Stages are listed in order by a {@link StageModel}.
 *
 * <pre>{@code
 * Stage proposal = Stage.open("Proposal", 0.5);
 * Stage won = Stage.won("Closed Won");
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class Stage implements WithStage {
  Stage() {}

  /** The stage's name, unique within its stage model regardless of case. */
  @Value.Parameter
  public abstract String name();

  /** Probability between 0 and 1 that an opportunity in this stage is won. */
  @Value.Parameter
  public abstract double probability();

  /** Whether the stage is open, won or lost. */
  @Value.Parameter
  public abstract StageKind kind();

  /** Whether this stage closes the opportunity (won or lost). */
  public boolean isClosed() {
    return kind().isClosed();
  }

  /** Name, kind and probability for messages, such as {@code Proposal (OPEN, 0.5)}. */
  String describe() {
    return name() + " (" + kind() + ", " + probability() + ")";
  }

  /**
   * Returns a stage of the given kind.
   *
   * @throws IllegalArgumentException if the name is blank, the probability is outside 0..1, or the
   *     probability does not fit a closed kind (1 for won, 0 for lost)
   */
  public static Stage of(String name, double probability, StageKind kind) {
    return ImmutableStage.of(name, probability, kind);
  }

  /**
   * Returns an open stage with the given win probability.
   *
   * @throws IllegalArgumentException if the name is blank or the probability is outside 0..1
   */
  public static Stage open(String name, double probability) {
    return of(name, probability, StageKind.OPEN);
  }

  /**
   * Returns a won stage (probability 1).
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static Stage won(String name) {
    return of(name, 1.0, StageKind.WON);
  }

  /**
   * Returns a lost stage (probability 0).
   *
   * @throws IllegalArgumentException if the name is blank
   */
  public static Stage lost(String name) {
    return of(name, 0.0, StageKind.LOST);
  }

  @Value.Check
  Stage check() {
    Checks.name("stage name", name());
    double p = probability();
    checkArgument(
        p >= 0.0 && p <= 1.0,
        "probability %s of stage %s must be a number between 0 and 1",
        p,
        name());
    checkArgument(
        kind() != StageKind.WON || p == 1.0,
        "stage %s is WON, so its probability must be 1, not %s",
        name(),
        p);
    checkArgument(
        kind() != StageKind.LOST || p == 0.0,
        "stage %s is LOST, so its probability must be 0, not %s",
        name(),
        p);
    if (Double.doubleToRawLongBits(p) == Double.doubleToRawLongBits(-0.0)) {
      return ImmutableStage.of(name(), 0.0, kind());
    }
    return this;
  }
}

package org.alliancekit.model.pipeline;

import static org.apiguardian.api.API.Status.STABLE;

import java.time.LocalDate;
import org.alliancekit.model.AllianceStyle;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * One entry of an opportunity's stage history: on {@link #date()} the opportunity entered {@link
 * #stage()}.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class StageChange implements WithStageChange {
  StageChange() {}

  /** The day the opportunity entered the stage. */
  @Value.Parameter
  public abstract LocalDate date();

  /** The stage entered. */
  @Value.Parameter
  public abstract Stage stage();

  /** Returns the change into {@code stage} on {@code date}. */
  public static StageChange of(LocalDate date, Stage stage) {
    return ImmutableStageChange.of(date, stage);
  }
}

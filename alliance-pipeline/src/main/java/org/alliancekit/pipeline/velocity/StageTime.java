package org.alliancekit.pipeline.velocity;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.util.Optional;
import org.alliancekit.model.pipeline.Stage;
import org.apiguardian.api.API;

/**
 * How long opportunities stayed in one stage: the number of completed stays (entered, then left for
 * another stage, both recorded in the stage history) and their total length in days. A stay that
 * has not ended is not counted, since the analysis has no clock.
 *
 * <p>Immutable and thread-safe.
 *
 * @param stage the stage
 * @param stays the number of completed stays
 * @param totalDays their total length in days
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record StageTime(Stage stage, long stays, long totalDays) {

  /** Validates the counts. */
  public StageTime {
    checkNotNull(stage, "stage");
    checkArgument(
        stays >= 0 && totalDays >= 0,
        "time in stage %s: %s stays and %s days must not be negative",
        stage.name(),
        stays,
        totalDays);
    checkArgument(
        stays > 0 || totalDays == 0,
        "time in stage %s: %s days need at least one stay",
        stage.name(),
        totalDays);
  }

  /** Returns the time in stage with the given counts. */
  public static StageTime of(Stage stage, long stays, long totalDays) {
    return new StageTime(stage, stays, totalDays);
  }

  /** The average length of a stay in days; empty when there is no completed stay. */
  public Optional<Double> averageDays() {
    return stays == 0 ? Optional.empty() : Optional.of((double) totalDays / stays);
  }
}

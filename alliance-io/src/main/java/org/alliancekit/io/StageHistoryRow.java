package org.alliancekit.io;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.StageChange;
import org.apiguardian.api.API;

/**
 * A row of {@code stage_history.csv}: an opportunity entered a stage on a day. The rows of one
 * opportunity, in order, are its {@link org.alliancekit.model.pipeline.Opportunity#stageHistory()
 * stage history}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param opportunity the opportunity that entered the stage
 * @param change the stage entered and the day
 */
@API(status = STABLE, since = "0.1")
public record StageHistoryRow(OpportunityId opportunity, StageChange change) {

  /** Checks that the values are present. */
  public StageHistoryRow {
    checkNotNull(opportunity, "opportunity");
    checkNotNull(change, "change");
  }

  /** Returns the row of an opportunity's stage change. */
  public static StageHistoryRow of(OpportunityId opportunity, StageChange change) {
    return new StageHistoryRow(opportunity, change);
  }
}

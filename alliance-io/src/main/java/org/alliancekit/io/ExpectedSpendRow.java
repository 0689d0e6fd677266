package org.alliancekit.io;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import org.alliancekit.model.pipeline.ExpectedSpend;
import org.alliancekit.model.pipeline.OpportunityId;
import org.apiguardian.api.API;

/**
 * A row of {@code expected_spend.csv}: one expected customer spend of an opportunity. The rows of
 * one opportunity, in order, are its {@link
 * org.alliancekit.model.pipeline.Opportunity#expectedSpend() expected spend}.
 *
 * <p>Immutable and thread-safe.
 *
 * @param opportunity the opportunity the spend is expected from
 * @param spend the amount, how often it recurs and whom it goes to
 */
@API(status = STABLE, since = "0.1")
public record ExpectedSpendRow(OpportunityId opportunity, ExpectedSpend spend) {

  /** Checks that the values are present. */
  public ExpectedSpendRow {
    checkNotNull(opportunity, "opportunity");
    checkNotNull(spend, "spend");
  }
}

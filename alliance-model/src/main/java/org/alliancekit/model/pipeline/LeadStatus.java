package org.alliancekit.model.pipeline;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** Where a {@link Lead} stands with the parties it was shared with. */
@API(status = STABLE, since = "0.1")
public enum LeadStatus {
  /** Received and not yet looked at. */
  NEW,
  /** Judged worth pursuing, not yet an opportunity. */
  ACCEPTED,
  /** Judged not worth pursuing. */
  REJECTED,
  /** Turned into an opportunity, which the lead names. */
  CONVERTED
}

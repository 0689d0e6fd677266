package org.alliancekit.pipeline.sharing;

import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.apiguardian.api.API;

/**
 * How much of one kind of record (opportunities or leads) a viewer may see of another party's
 * pipeline. The levels are ordered: each shows everything the previous one shows, and more.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public enum Visibility {
  /** Nothing at all, not even how many records there are. */
  NOTHING,
  /** Only the number of records. */
  COUNTS_ONLY,
  /**
   * The number of records, and the records on accounts the viewer also has (the viewer's accounts
   * are given when the policy is applied); records on any other account stay out of the view.
   */
  OVERLAPPING_ACCOUNTS,
  /** The number of records and every record. */
  FULL;

  /** Whether the number of records is shown: every level from {@link #COUNTS_ONLY} up. */
  public boolean showsCounts() {
    return this != NOTHING;
  }

  /** Whether any records are shown: {@link #OVERLAPPING_ACCOUNTS} and {@link #FULL}. */
  public boolean showsRecords() {
    return this == OVERLAPPING_ACCOUNTS || this == FULL;
  }
}

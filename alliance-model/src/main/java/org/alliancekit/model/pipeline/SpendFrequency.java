package org.alliancekit.model.pipeline;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How often an {@link ExpectedSpend} recurs: the amount is spent every month, every quarter or
 * every year.
 */
@API(status = STABLE, since = "0.1")
public enum SpendFrequency {
  /** Spent every month: twelve times a year. */
  MONTHLY(12),
  /** Spent every quarter: four times a year. */
  QUARTERLY(4),
  /** Spent once a year. */
  ANNUAL(1);

  private final int timesAYear;

  SpendFrequency(int timesAYear) {
    this.timesAYear = timesAYear;
  }

  /** How many times a year the amount is spent: 12, 4 or 1. */
  public int timesAYear() {
    return timesAYear;
  }
}

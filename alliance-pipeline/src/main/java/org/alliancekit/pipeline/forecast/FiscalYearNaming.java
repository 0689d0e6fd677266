package org.alliancekit.pipeline.forecast;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/**
 * How a fiscal year that does not start in January is named: after the calendar year in which it
 * ends (a year from April 2024 to March 2025 is FY2025, the more common convention) or after the
 * one in which it starts (FY2024). A fiscal year that starts in January is named after its calendar
 * year either way.
 */
@API(status = STABLE, since = "0.1")
public enum FiscalYearNaming {
  /** Named after the calendar year in which the fiscal year ends. */
  END_YEAR,
  /** Named after the calendar year in which the fiscal year starts. */
  START_YEAR
}

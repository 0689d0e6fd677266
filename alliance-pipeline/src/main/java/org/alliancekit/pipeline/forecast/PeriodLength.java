package org.alliancekit.pipeline.forecast;

import static org.apiguardian.api.API.Status.STABLE;

import org.apiguardian.api.API;

/** The length of the periods a forecast is grouped into. */
@API(status = STABLE, since = "0.1")
public enum PeriodLength {
  /** Three months, counted from the first month of the (fiscal) year. */
  QUARTER,
  /** Twelve months, starting with the first month of the (fiscal) year. */
  YEAR
}

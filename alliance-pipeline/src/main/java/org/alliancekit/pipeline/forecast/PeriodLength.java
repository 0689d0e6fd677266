package org.alliancekit.pipeline.forecast;

/** The length of the periods a forecast is grouped into. */
public enum PeriodLength {
  /** Three months, counted from the first month of the (fiscal) year. */
  QUARTER,
  /** Twelve months, starting with the first month of the (fiscal) year. */
  YEAR
}

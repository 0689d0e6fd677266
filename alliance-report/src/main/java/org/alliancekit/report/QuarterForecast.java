package org.alliancekit.report;

import static com.google.common.base.Preconditions.checkNotNull;

import org.alliancekit.pipeline.forecast.ForecastFigures;

/**
 * The forecast of the opportunities expected to close in one calendar quarter, in one currency,
 * unconverted: one row of forecast.csv.
 *
 * <p>Immutable and thread-safe.
 *
 * @param quarter the calendar quarter of the expected close date, such as {@code 2026-Q1}
 * @param figures the figures of that quarter's opportunities in one currency, each amount rounded
 *     half-even to the currency's minor unit
 */
public record QuarterForecast(String quarter, ForecastFigures figures) {
  /** Checks that the values are present. */
  public QuarterForecast {
    checkNotNull(quarter, "quarter");
    checkNotNull(figures, "figures");
  }
}

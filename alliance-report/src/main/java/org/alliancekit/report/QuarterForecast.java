package org.alliancekit.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import org.alliancekit.pipeline.forecast.ForecastFigures;
import org.apiguardian.api.API;

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
@API(status = EXPERIMENTAL, since = "0.1")
public record QuarterForecast(String quarter, ForecastFigures figures) {
  /** Checks that the values are present. */
  public QuarterForecast {
    checkNotNull(quarter, "quarter");
    checkNotNull(figures, "figures");
  }
}

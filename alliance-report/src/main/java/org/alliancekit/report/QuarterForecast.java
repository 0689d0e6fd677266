package org.alliancekit.report;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.alliancekit.pipeline.forecast.Forecast;
import org.alliancekit.pipeline.forecast.ForecastFigures;
import org.alliancekit.pipeline.forecast.ForecastPeriod;
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

  /**
   * The rows of a forecast by calendar quarter, such as {@link
   * org.alliancekit.pipeline.forecast.Forecaster#byPeriod} by {@link
   * org.alliancekit.pipeline.forecast.PeriodScheme#calendarQuarters()}: in quarter order, then by
   * currency code, each quarter named by its first day ({@link Formats#quarter}) and each figure
   * rounded once to its currency's minor unit.
   */
  public static ImmutableList<QuarterForecast> rows(Map<ForecastPeriod, Forecast> byQuarter) {
    checkNotNull(byQuarter, "byQuarter");
    ImmutableList.Builder<QuarterForecast> rows = ImmutableList.builder();
    new TreeMap<>(byQuarter)
        .forEach(
            (period, forecast) -> {
              List<ForecastFigures> figures = new ArrayList<>(forecast.byCurrency().values());
              figures.sort(Comparator.comparing(f -> f.currency().getCurrencyCode()));
              for (ForecastFigures f : figures) {
                rows.add(new QuarterForecast(Formats.quarter(period.start()), f.rounded()));
              }
            });
    return rows.build();
  }

  /** The columns of the report's {@code forecast.csv}, in order. */
  public static final ImmutableList<String> COLUMNS =
      ImmutableList.of(
          "period", "currency", "count", "open_amount", "weighted_amount", "won_amount");

  /** The cells of this row of {@code forecast.csv}, in {@link #COLUMNS} order. */
  public ImmutableList<String> cells() {
    return ImmutableList.of(
        quarter,
        figures.currency().getCurrencyCode(),
        Long.toString(figures.count()),
        Formats.money(figures.open()),
        Formats.money(figures.weighted()),
        Formats.money(figures.won()));
  }
}

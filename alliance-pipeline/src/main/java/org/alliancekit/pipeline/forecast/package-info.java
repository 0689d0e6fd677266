/**
 * Forecasts of a pipeline: what its opportunities are worth weighted by the win probability of
 * their stages, and the best case, commit and closed views, in total or grouped by period, by
 * partner, by motion ({@link org.alliancekit.model.pipeline.Origin}) or by stage.
 *
 * <p>{@link org.alliancekit.pipeline.forecast.Forecaster} is the entry point. Periods are calendar
 * quarters or years, or the fiscal quarters or years of any party's {@link
 * org.alliancekit.pipeline.forecast.FiscalCalendar}, so that two partners whose budget years start
 * in different months can each see the shared pipeline in their own quarters.
 *
 * <p>Money is exact: a {@link org.alliancekit.pipeline.forecast.Forecast} keeps one unrounded
 * {@link org.alliancekit.pipeline.forecast.ForecastFigures} per currency, and converting it to one
 * currency asks the caller's {@link org.alliancekit.pipeline.forecast.ConversionRates} once per
 * currency and rounds once at the end. {@link org.alliancekit.pipeline.forecast.ForecastColumns} is
 * the columnar form for millions of opportunities; its forecasts equal the exact ones.
 */
@AllianceStyle
package org.alliancekit.pipeline.forecast;

import org.alliancekit.model.AllianceStyle;

/**
 * The forecast benchmark: a million opportunities in three currencies forecast per calendar quarter
 * and partner and reported in EUR, exact to the cent, by the library's columnar and object paths,
 * against a hand-written long-minor-units loop (the baseline) and a row-by-row conversion with
 * {@code Money}.
 *
 * <p>The opportunities come from a generator with a fixed seed ({@link
 * org.alliancekit.benchmarks.forecast.ForecastData}); before timing, every implementation must give
 * the baseline's counts and amounts in every quarter and partner group to the cent.
 */
package org.alliancekit.benchmarks.forecast;

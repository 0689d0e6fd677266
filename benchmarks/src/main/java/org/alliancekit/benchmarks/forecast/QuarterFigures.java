package org.alliancekit.benchmarks.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;
import java.util.Map;
import javax.money.MonetaryAmount;
import org.alliancekit.pipeline.forecast.Forecast;
import org.alliancekit.pipeline.forecast.ForecastFigures;
import org.alliancekit.pipeline.forecast.ForecastPeriod;
import org.alliancekit.pipeline.forecast.PeriodScheme;

/**
 * The result every forecast implementation gives: per calendar quarter, the counts of open, won
 * and lost opportunities and the open, committed, won and probability-weighted amounts converted
 * into EUR and rounded once, half to even, to the cent, as {@code long} cents.
 */
public final class QuarterFigures {
  /** Values per quarter: open, won and lost counts; open, committed, won and weighted cents. */
  static final int FIELDS = 7;

  static final int OPEN_COUNT = 0;
  static final int WON_COUNT = 1;
  static final int LOST_COUNT = 2;
  static final int OPEN = 3;
  static final int COMMITTED = 4;
  static final int WON = 5;
  static final int WEIGHTED = 6;

  private static final String[] NAMES = {
    "open count", "won count", "lost count", "open", "committed", "won", "weighted"
  };

  private QuarterFigures() {}

  /** A zero result for {@code quarters} quarters. */
  static long[] empty(int quarters) {
    return new long[quarters * FIELDS];
  }

  /** Exact EUR, rounded half to even to whole cents. */
  static long cents(BigDecimal euros) {
    return euros.setScale(2, RoundingMode.HALF_EVEN).movePointRight(2).longValueExact();
  }

  /** The result of the library's forecast per period, converted into EUR by its own method. */
  static long[] of(Map<ForecastPeriod, Forecast> byPeriod, ForecastData data) {
    long[] result = empty(ForecastData.QUARTERS);
    PeriodScheme scheme = PeriodScheme.calendarQuarters();
    for (int q = 0; q < ForecastData.QUARTERS; q++) {
      Forecast forecast = byPeriod.get(scheme.periodOf(ForecastData.FIRST_DAY.plusMonths(3L * q)));
      if (forecast == null) {
        continue;
      }
      ForecastFigures figures = forecast.convertedTo(ForecastData.EUR, data.rates());
      int at = q * FIELDS;
      result[at + OPEN_COUNT] = figures.openCount();
      result[at + WON_COUNT] = figures.wonCount();
      result[at + LOST_COUNT] = figures.lostCount();
      result[at + OPEN] = cents(figures.open());
      result[at + COMMITTED] = cents(figures.committed());
      result[at + WON] = cents(figures.won());
      result[at + WEIGHTED] = cents(figures.weighted());
    }
    return result;
  }

  private static long cents(MonetaryAmount amount) {
    return cents(amount.getNumber().numberValue(BigDecimal.class));
  }

  /**
   * Checks that {@code actual} equals {@code expected} to the cent in every quarter and field.
   *
   * @throws IllegalStateException naming the implementation, quarter and field of a difference
   */
  static void check(String implementation, long[] expected, long[] actual) {
    if (expected.length != actual.length) {
      throw new IllegalStateException(
          implementation + " gives " + actual.length + " values, not " + expected.length);
    }
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] != actual[i]) {
        throw new IllegalStateException(
            String.format(
                "%s: quarter %d, %s is %d, but the baseline's is %d",
                implementation, i / FIELDS, NAMES[i % FIELDS], actual[i], expected[i]));
      }
    }
    if (Arrays.stream(expected).allMatch(v -> v == 0)) {
      throw new IllegalStateException("the forecast of " + implementation + " is empty");
    }
  }
}

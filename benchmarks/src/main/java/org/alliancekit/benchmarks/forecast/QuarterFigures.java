package org.alliancekit.benchmarks.forecast;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.function.Function;
import javax.money.MonetaryAmount;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.pipeline.forecast.ConversionRates;
import org.alliancekit.pipeline.forecast.Forecast;
import org.alliancekit.pipeline.forecast.ForecastFigures;
import org.alliancekit.pipeline.forecast.ForecastPeriod;
import org.alliancekit.pipeline.forecast.PartnerForecast;
import org.alliancekit.pipeline.forecast.PeriodScheme;

/**
 * The result every forecast implementation gives: per calendar quarter and per partner, and per
 * quarter for all partners together, the counts of open, won and lost opportunities and the open,
 * committed, won and probability-weighted amounts converted into EUR and rounded once, half to
 * even, to the cent, as {@code long} cents. Group {@code g < partnerCount} of a quarter is partner
 * {@code p<g>}; group {@code partnerCount} is the quarter's total.
 */
public final class QuarterFigures {
  /** Values per group: open, won and lost counts; open, committed, won and weighted cents. */
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

  /** The number of groups per quarter: each partner, then the total. */
  static int groups(ForecastData data) {
    return data.partnerCount() + 1;
  }

  /** The index of the first value of quarter {@code q}, group {@code g}. */
  static int at(ForecastData data, int q, int g) {
    return (q * groups(data) + g) * FIELDS;
  }

  /** A zero result. */
  static long[] empty(ForecastData data) {
    return new long[ForecastData.QUARTERS * groups(data) * FIELDS];
  }

  /** Exact EUR, rounded half to even to whole cents. */
  static long cents(BigDecimal euros) {
    return euros.setScale(2, RoundingMode.HALF_EVEN).movePointRight(2).longValueExact();
  }

  /**
   * The result of the library's forecast per period and partner, each group converted into EUR by
   * the library's own {@link Forecast#convertedTo}.
   */
  static long[] of(Map<ForecastPeriod, PartnerForecast> byPeriod, ForecastData data) {
    ConversionRates rates = data.rates();
    return of(byPeriod, data, forecast -> forecast.convertedTo(ForecastData.EUR, rates));
  }

  /**
   * The result of the library's forecast per period and partner already converted into EUR ({@link
   * org.alliancekit.pipeline.forecast.Forecaster#byPeriodAndPartner(
   * org.alliancekit.pipeline.forecast.ForecastColumns, javax.money.CurrencyUnit,
   * ConversionRates)}).
   */
  static long[] converted(Map<ForecastPeriod, PartnerForecast> byPeriod, ForecastData data) {
    return of(byPeriod, data, forecast -> forecast.figures(ForecastData.EUR).orElseThrow(), false);
  }

  /**
   * As {@link #converted}, but each amount read as {@link MonetaryAmount} (one {@code Money} made
   * per amount) rather than in minor units.
   */
  static long[] convertedAsMoney(Map<ForecastPeriod, PartnerForecast> byPeriod, ForecastData data) {
    return of(byPeriod, data, forecast -> forecast.figures(ForecastData.EUR).orElseThrow(), true);
  }

  private static long[] of(
      Map<ForecastPeriod, PartnerForecast> byPeriod,
      ForecastData data,
      Function<Forecast, ForecastFigures> inEuros) {
    return of(byPeriod, data, inEuros, true);
  }

  private static long[] of(
      Map<ForecastPeriod, PartnerForecast> byPeriod,
      ForecastData data,
      Function<Forecast, ForecastFigures> inEuros,
      boolean asMoney) {
    long[] result = empty(data);
    PeriodScheme scheme = PeriodScheme.calendarQuarters();
    for (int q = 0; q < ForecastData.QUARTERS; q++) {
      PartnerForecast forecast =
          byPeriod.get(scheme.periodOf(ForecastData.FIRST_DAY.plusMonths(3L * q)));
      if (forecast == null) {
        continue;
      }
      if (!forecast.unpartnered().isEmpty()) {
        throw new IllegalStateException("every generated opportunity has a partner");
      }
      for (Map.Entry<PartnerId, Forecast> partner : forecast.partners().entrySet()) {
        int g = Integer.parseInt(partner.getKey().value().substring(1));
        put(result, at(data, q, g), inEuros.apply(partner.getValue()), asMoney);
      }
      put(result, at(data, q, data.partnerCount()), inEuros.apply(forecast.total()), asMoney);
    }
    return result;
  }

  private static void put(long[] result, int at, ForecastFigures figures, boolean asMoney) {
    result[at + OPEN_COUNT] = figures.openCount();
    result[at + WON_COUNT] = figures.wonCount();
    result[at + LOST_COUNT] = figures.lostCount();
    if (!asMoney) {
      result[at + OPEN] = figures.openMinorUnits();
      result[at + COMMITTED] = figures.committedMinorUnits();
      result[at + WON] = figures.wonMinorUnits();
      result[at + WEIGHTED] = figures.weightedMinorUnits();
      return;
    }
    result[at + OPEN] = cents(figures.open());
    result[at + COMMITTED] = cents(figures.committed());
    result[at + WON] = cents(figures.won());
    result[at + WEIGHTED] = cents(figures.weighted());
  }

  private static long cents(MonetaryAmount amount) {
    return cents(amount.getNumber().numberValue(BigDecimal.class));
  }

  /**
   * Checks that {@code actual} equals {@code expected} to the cent in every quarter, group and
   * field.
   *
   * @throws IllegalStateException naming the implementation, quarter, group and field of a
   *     difference
   */
  static void check(String implementation, long[] expected, long[] actual, ForecastData data) {
    if (expected.length != actual.length) {
      throw new IllegalStateException(
          implementation + " gives " + actual.length + " values, not " + expected.length);
    }
    int groups = groups(data);
    for (int i = 0; i < expected.length; i++) {
      if (expected[i] != actual[i]) {
        int group = i / FIELDS % groups;
        throw new IllegalStateException(
            String.format(
                "%s: quarter %d, %s, %s is %d, but the baseline's is %d",
                implementation,
                i / FIELDS / groups,
                group == data.partnerCount() ? "total" : "partner p" + group,
                NAMES[i % FIELDS],
                actual[i],
                expected[i]));
      }
    }
    long rows = 0;
    for (int q = 0; q < ForecastData.QUARTERS; q++) {
      int at = at(data, q, data.partnerCount());
      rows += expected[at + OPEN_COUNT] + expected[at + WON_COUNT] + expected[at + LOST_COUNT];
    }
    if (rows != data.size()) {
      throw new IllegalStateException(
          "the baseline's quarters count " + rows + " opportunities, not " + data.size());
    }
  }
}

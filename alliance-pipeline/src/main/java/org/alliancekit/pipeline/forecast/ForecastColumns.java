package org.alliancekit.pipeline.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.money.CurrencyUnit;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Stage;
import org.apiguardian.api.API;

/**
 * Opportunities as columns, for forecasting millions of them without an object per row: per row, a
 * non-negative amount in minor units of its currency (cents for EUR, yen for JPY), and indexes into
 * three small tables: its currency, its stage, and its period.
 *
 * <p>{@link Forecaster#byPeriod(ForecastColumns)} forecasts the columns in one pass that adds minor
 * units per period, currency and stage in {@code long}s (moving to {@link BigInteger} only for a
 * cell that would overflow), and then multiplies each stage's sum by its probability once. Since
 * exact multiplication distributes over exact addition, the result equals, to the last digit, the
 * forecast {@link Forecaster#byPeriod(Iterable, PeriodScheme)} computes from the opportunities
 * themselves; rounded figures therefore agree to the minor unit.
 *
 * <p>The arrays given are copied, so later changes to them do not affect the columns. Immutable and
 * thread-safe.
 */
@API(status = EXPERIMENTAL)
public final class ForecastColumns {
  private final ImmutableList<CurrencyUnit> currencies;
  private final ImmutableList<Stage> stages;
  private final ImmutableList<ForecastPeriod> periods;
  private final long[] minorUnits;
  private final int[] currencyIndex;
  private final int[] stageIndex;
  private final int[] periodIndex;

  private ForecastColumns(
      ImmutableList<CurrencyUnit> currencies,
      ImmutableList<Stage> stages,
      ImmutableList<ForecastPeriod> periods,
      long[] minorUnits,
      int[] currencyIndex,
      int[] stageIndex,
      int[] periodIndex) {
    this.currencies = currencies;
    this.stages = stages;
    this.periods = periods;
    this.minorUnits = minorUnits;
    this.currencyIndex = currencyIndex;
    this.stageIndex = stageIndex;
    this.periodIndex = periodIndex;
  }

  /**
   * Returns columns over the given tables and row arrays, which must all have the same length.
   *
   * @param currencies the currency table; no currency twice, each with default fraction digits
   * @param stages the stage table; its stages need not come from one model
   * @param periods the period table; no period twice
   * @param minorUnits each row's amount in minor units of its currency; not negative
   * @param currencyIndex each row's index into {@code currencies}
   * @param stageIndex each row's index into {@code stages}
   * @param periodIndex each row's index into {@code periods}
   * @throws IllegalArgumentException naming the row, the column and the value for an index out of
   *     range or a negative amount, or naming the table for a duplicate entry
   */
  public static ForecastColumns of(
      List<CurrencyUnit> currencies,
      List<Stage> stages,
      List<ForecastPeriod> periods,
      long[] minorUnits,
      int[] currencyIndex,
      int[] stageIndex,
      int[] periodIndex) {
    ImmutableList<CurrencyUnit> currencyTable = ImmutableList.copyOf(currencies);
    ImmutableList<Stage> stageTable = ImmutableList.copyOf(stages);
    ImmutableList<ForecastPeriod> periodTable = ImmutableList.copyOf(periods);
    checkArgument(
        currencyTable.stream().distinct().count() == currencyTable.size(),
        "forecast columns list a currency twice in %s",
        currencyTable);
    checkArgument(
        periodTable.stream().distinct().count() == periodTable.size(),
        "forecast columns list a period twice in %s",
        periodTable);
    for (CurrencyUnit currency : currencyTable) {
      checkArgument(
          currency.getDefaultFractionDigits() >= 0,
          "forecast columns need minor units, but currency %s has no default fraction digits",
          currency);
    }
    long[] amounts = checkNotNull(minorUnits, "minorUnits").clone();
    int[] currency = checkNotNull(currencyIndex, "currencyIndex").clone();
    int[] stage = checkNotNull(stageIndex, "stageIndex").clone();
    int[] period = checkNotNull(periodIndex, "periodIndex").clone();
    int rows = amounts.length;
    checkArgument(
        currency.length == rows && stage.length == rows && period.length == rows,
        "forecast columns must have the same length, not %s amounts, %s currency indexes,"
            + " %s stage indexes and %s period indexes",
        rows,
        currency.length,
        stage.length,
        period.length);
    for (int row = 0; row < rows; row++) {
      checkArgument(
          amounts[row] >= 0,
          "row %s: amount of %s minor units must not be negative",
          row,
          amounts[row]);
      checkIndex(row, "currency", currency[row], currencyTable.size());
      checkIndex(row, "stage", stage[row], stageTable.size());
      checkIndex(row, "period", period[row], periodTable.size());
    }
    return new ForecastColumns(
        currencyTable, stageTable, periodTable, amounts, currency, stage, period);
  }

  private static void checkIndex(int row, String column, int index, int size) {
    if (index < 0 || index >= size) {
      throw new IllegalArgumentException(
          String.format(
              "row %s: %s index %s is outside the %s table, whose indexes run from 0 to %s",
              row, column, index, column, size - 1));
    }
  }

  /**
   * Returns the opportunities as columns, each in the period of {@code scheme} that contains its
   * expected close date. The tables list currencies, stages and periods in order of first
   * appearance.
   *
   * @throws IllegalArgumentException naming the opportunity if its amount has more decimal places
   *     than its currency's minor unit, does not fit a {@code long} of minor units, or is in a
   *     currency without default fraction digits
   */
  public static ForecastColumns from(Iterable<Opportunity> opportunities, PeriodScheme scheme) {
    checkNotNull(opportunities, "opportunities");
    checkNotNull(scheme, "scheme");
    Map<CurrencyUnit, Integer> currencyTable = new LinkedHashMap<>();
    Map<Stage, Integer> stageTable = new LinkedHashMap<>();
    Map<ForecastPeriod, Integer> periodTable = new LinkedHashMap<>();
    List<Opportunity> rows = new ArrayList<>();
    opportunities.forEach(rows::add);
    long[] amounts = new long[rows.size()];
    int[] currency = new int[rows.size()];
    int[] stage = new int[rows.size()];
    int[] period = new int[rows.size()];
    for (int row = 0; row < rows.size(); row++) {
      Opportunity opportunity = checkNotNull(rows.get(row), "opportunity at row %s", row);
      amounts[row] = minorUnits(opportunity);
      currency[row] = indexOf(currencyTable, opportunity.currency());
      stage[row] = indexOf(stageTable, opportunity.stage());
      period[row] = indexOf(periodTable, scheme.periodOf(opportunity.expectedClose()));
    }
    return new ForecastColumns(
        ImmutableList.copyOf(currencyTable.keySet()),
        ImmutableList.copyOf(stageTable.keySet()),
        ImmutableList.copyOf(periodTable.keySet()),
        amounts,
        currency,
        stage,
        period);
  }

  private static <K> int indexOf(Map<K, Integer> table, K key) {
    return table.computeIfAbsent(key, k -> table.size());
  }

  private static long minorUnits(Opportunity opportunity) {
    CurrencyUnit currency = opportunity.currency();
    int digits = currency.getDefaultFractionDigits();
    checkArgument(
        digits >= 0,
        "opportunity %s is in %s, which has no minor unit",
        opportunity.id(),
        currency);
    BigDecimal minor = Amounts.number(opportunity.amount()).movePointRight(digits);
    checkArgument(
        minor.stripTrailingZeros().scale() <= 0,
        "amount %s of opportunity %s has more decimal places than the %s minor-unit digits of %s",
        opportunity.amount(),
        opportunity.id(),
        digits,
        currency);
    checkArgument(
        minor.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0,
        "amount %s of opportunity %s is too large for forecast columns",
        opportunity.amount(),
        opportunity.id());
    return minor.longValueExact();
  }

  /** The number of rows. */
  public int size() {
    return minorUnits.length;
  }

  /** The currency table. */
  public ImmutableList<CurrencyUnit> currencies() {
    return currencies;
  }

  /** The stage table. */
  public ImmutableList<Stage> stages() {
    return stages;
  }

  /** The period table. */
  public ImmutableList<ForecastPeriod> periods() {
    return periods;
  }

  /** The amount of row {@code row} in minor units of its currency. */
  public long minorUnits(int row) {
    return minorUnits[row];
  }

  /** The currency of row {@code row}. */
  public CurrencyUnit currency(int row) {
    return currencies.get(currencyIndex[row]);
  }

  /** The stage of row {@code row}. */
  public Stage stage(int row) {
    return stages.get(stageIndex[row]);
  }

  /** The period of row {@code row}. */
  public ForecastPeriod period(int row) {
    return periods.get(periodIndex[row]);
  }

  /** The forecast per period; see {@link Forecaster#byPeriod(ForecastColumns)}. */
  ImmutableSortedMap<ForecastPeriod, Forecast> forecast(double commitThreshold) {
    int stageCount = stages.size();
    int currencyCount = currencies.size();
    long cellCount = (long) periods.size() * currencyCount * stageCount;
    checkArgument(
        cellCount <= 1 << 26,
        "forecast columns have %s periods, %s currencies and %s stages: %s cells are too many",
        periods.size(),
        currencyCount,
        stageCount,
        cellCount);
    int cells = (int) cellCount;
    long[] sums = new long[cells];
    long[] counts = new long[cells];
    BigInteger[] carried = null;
    for (int row = 0; row < minorUnits.length; row++) {
      int cell =
          (periodIndex[row] * currencyCount + currencyIndex[row]) * stageCount + stageIndex[row];
      long before = sums[cell];
      long after = before + minorUnits[row];
      if (after < 0) {
        // Both terms are non-negative, so a negative sum is an overflow: carry the old sum.
        if (carried == null) {
          carried = new BigInteger[cells];
        }
        carried[cell] =
            carried[cell] == null
                ? BigInteger.valueOf(before)
                : carried[cell].add(BigInteger.valueOf(before));
        after = minorUnits[row];
      }
      sums[cell] = after;
      counts[cell]++;
    }
    ImmutableSortedMap.Builder<ForecastPeriod, Forecast> result = ImmutableSortedMap.naturalOrder();
    for (int p = 0; p < periods.size(); p++) {
      List<ForecastFigures> figures = new ArrayList<>();
      for (int c = 0; c < currencyCount; c++) {
        CurrencyUnit currency = currencies.get(c);
        int digits = currency.getDefaultFractionDigits();
        Tally tally = null;
        for (int s = 0; s < stageCount; s++) {
          int cell = (p * currencyCount + c) * stageCount + s;
          if (counts[cell] == 0) {
            continue;
          }
          BigInteger minor = BigInteger.valueOf(sums[cell]);
          if (carried != null && carried[cell] != null) {
            minor = minor.add(carried[cell]);
          }
          if (tally == null) {
            tally = new Tally(currency);
          }
          tally.add(stages.get(s), new BigDecimal(minor, digits), counts[cell], commitThreshold);
        }
        if (tally != null) {
          figures.add(tally.figures());
        }
      }
      if (!figures.isEmpty()) {
        result.put(periods.get(p), Forecast.of(figures));
      }
    }
    return result.build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ForecastColumns that
        && currencies.equals(that.currencies)
        && stages.equals(that.stages)
        && periods.equals(that.periods)
        && Arrays.equals(minorUnits, that.minorUnits)
        && Arrays.equals(currencyIndex, that.currencyIndex)
        && Arrays.equals(stageIndex, that.stageIndex)
        && Arrays.equals(periodIndex, that.periodIndex);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        currencies,
        stages,
        periods,
        Arrays.hashCode(minorUnits),
        Arrays.hashCode(currencyIndex),
        Arrays.hashCode(stageIndex),
        Arrays.hashCode(periodIndex));
  }

  @Override
  public String toString() {
    return "ForecastColumns{rows="
        + size()
        + ", currencies="
        + currencies
        + ", stages="
        + stages.size()
        + ", periods="
        + periods.size()
        + "}";
  }
}

package org.alliancekit.pipeline.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkElementIndex;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.math.LongMath;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.IntStream;
import javax.money.CurrencyUnit;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageKind;
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
 * <p>A bad row (a negative amount, an index outside its table, an opportunity that cannot be held
 * in minor units) does not stop the columns from being built: it stays at its index, is {@linkplain
 * #isValid(int) invalid}, takes no part in any forecast, and is reported by {@link #problems()}
 * with its row index. Arguments that are wrong as a whole (columns of different lengths, a table
 * that lists an entry twice) throw.
 *
 * <p>The arrays given are copied, so later changes to them do not affect the columns. Immutable and
 * thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ForecastColumns {
  private final ImmutableList<CurrencyUnit> currencies;
  private final ImmutableList<Stage> stages;
  private final ImmutableList<ForecastPeriod> periods;
  private final long[] minorUnits;
  private final int[] currencyIndex;
  private final int[] stageIndex;
  private final int[] periodIndex;
  private final ImmutableList<PartnerId> partners;
  // Null when the columns have no partner column; else each row's partner index, -1 for none.
  private final int[] partnerIndex;
  // The partner table's indexes in order of partner id, as forecasts by partner list them.
  private final int[] partnersById;
  // One per invalid row, in row order; an invalid row has period index -1 and amount 0.
  private final ImmutableList<Problem> problems;
  // The largest amount of any row, which bounds every sum of rows.
  private final long largestAmount;

  private ForecastColumns(
      ImmutableList<CurrencyUnit> currencies,
      ImmutableList<Stage> stages,
      ImmutableList<ForecastPeriod> periods,
      long[] minorUnits,
      int[] currencyIndex,
      int[] stageIndex,
      int[] periodIndex,
      ImmutableList<Problem> problems) {
    this(
        currencies,
        stages,
        periods,
        minorUnits,
        currencyIndex,
        stageIndex,
        periodIndex,
        ImmutableList.of(),
        null,
        new int[0],
        problems);
  }

  private ForecastColumns(
      ImmutableList<CurrencyUnit> currencies,
      ImmutableList<Stage> stages,
      ImmutableList<ForecastPeriod> periods,
      long[] minorUnits,
      int[] currencyIndex,
      int[] stageIndex,
      int[] periodIndex,
      ImmutableList<PartnerId> partners,
      int[] partnerIndex,
      int[] partnersById,
      ImmutableList<Problem> problems) {
    this.currencies = currencies;
    this.stages = stages;
    this.periods = periods;
    this.minorUnits = minorUnits;
    this.currencyIndex = currencyIndex;
    this.stageIndex = stageIndex;
    this.periodIndex = periodIndex;
    this.partners = partners;
    this.partnerIndex = partnerIndex;
    this.partnersById = partnersById;
    this.problems = problems;
    long largest = 0;
    for (long amount : minorUnits) {
      largest = Math.max(largest, amount);
    }
    this.largestAmount = largest;
  }

  /**
   * Returns columns over the given tables and row arrays, which must all have the same length. A
   * row with a negative amount ({@link ProblemKind#INVALID_VALUE}) or an index outside its table
   * ({@link ProblemKind#OUT_OF_RANGE}) is kept at its index as an invalid row and reported in
   * {@link #problems()}; the good rows are forecast as if it were not there.
   *
   * @param currencies the currency table; no currency twice, each with default fraction digits
   * @param stages the stage table; its stages need not come from one model
   * @param periods the period table; no period twice
   * @param minorUnits each row's amount in minor units of its currency; not negative
   * @param currencyIndex each row's index into {@code currencies}
   * @param stageIndex each row's index into {@code stages}
   * @param periodIndex each row's index into {@code periods}
   * @throws IllegalArgumentException if the row arrays differ in length, naming the table for a
   *     duplicate entry, or naming a currency without default fraction digits
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
    List<Problem> problems = new ArrayList<>();
    for (int row = 0; row < rows; row++) {
      Optional<Problem> problem =
          rowProblem(
              row,
              amounts[row],
              new int[] {currency[row], stage[row], period[row]},
              new int[] {currencyTable.size(), stageTable.size(), periodTable.size()});
      if (problem.isPresent()) {
        problems.add(problem.get());
        invalidate(row, amounts, currency, stage, period);
      }
    }
    return new ForecastColumns(
        currencyTable,
        stageTable,
        periodTable,
        amounts,
        currency,
        stage,
        period,
        ImmutableList.copyOf(problems));
  }

  private static void invalidate(int row, long[] amounts, int[]... indexes) {
    amounts[row] = 0;
    for (int[] index : indexes) {
      index[row] = -1;
    }
  }

  private static final List<String> INDEX_COLUMNS = List.of("currency", "stage", "period");

  /** The problem of a row: a negative amount, else its first index outside its table. */
  private static Optional<Problem> rowProblem(int row, long amount, int[] indexes, int[] sizes) {
    if (amount < 0) {
      return Optional.of(
          Problem.atRow(
              row,
              "",
              ProblemKind.INVALID_VALUE,
              String.format("row %s: amount of %s minor units must not be negative", row, amount)));
    }
    for (int i = 0; i < indexes.length; i++) {
      if (indexes[i] < 0 || indexes[i] >= sizes[i]) {
        return Optional.of(
            Problem.atRow(
                row,
                "",
                ProblemKind.OUT_OF_RANGE,
                indexMessage(row, INDEX_COLUMNS.get(i), indexes[i], sizes[i])));
      }
    }
    return Optional.empty();
  }

  private static String indexMessage(int row, String column, int index, int size) {
    return String.format(
        "row %s: %s index %s is outside the %s table, whose indexes run from 0 to %s",
        row, column, index, column, size - 1);
  }

  /**
   * Returns the opportunities as columns, each in the period of {@code scheme} that contains its
   * expected close date. The tables list currencies, stages and periods of the good rows in order
   * of first appearance.
   *
   * <p>An opportunity that is missing (null) is an invalid row with a {@link
   * ProblemKind#MISSING_VALUE} problem; one whose amount has more decimal places than its
   * currency's minor unit, does not fit a {@code long} of minor units, or is in a currency without
   * default fraction digits is an invalid row with an {@link ProblemKind#INVALID_VALUE} problem
   * keyed by its id. See {@link #problems()}.
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
    List<Problem> problems = new ArrayList<>();
    for (int row = 0; row < rows.size(); row++) {
      Opportunity opportunity = rows.get(row);
      if (opportunity == null) {
        problems.add(Problem.atRow(row, "", ProblemKind.MISSING_VALUE, "opportunity is missing"));
        invalidate(row, amounts, currency, stage, period);
        continue;
      }
      try {
        amounts[row] = minorUnits(opportunity);
      } catch (IllegalArgumentException e) {
        problems.add(
            Problem.atRow(
                row, opportunity.id().value(), ProblemKind.INVALID_VALUE, e.getMessage()));
        invalidate(row, amounts, currency, stage, period);
        continue;
      }
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
        period,
        ImmutableList.copyOf(problems));
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

  /**
   * Returns these columns with a partner column: each row's index into {@code partners}, or -1 for
   * a row with no partner. A row has at most one partner, so these columns stand for opportunities
   * with at most one partner each (see {@link Forecaster#byPeriodAndPartner(ForecastColumns)}). Any
   * partner column these columns had is replaced.
   *
   * <p>A good row whose partner index is neither -1 nor inside the table becomes an invalid row
   * with an {@link ProblemKind#OUT_OF_RANGE} problem naming the row and the index, as in {@link
   * #of}; the other rows are kept.
   *
   * @param partners the partner table; no partner twice
   * @param partnerIndex each row's index into {@code partners}, or -1; as long as the other columns
   * @throws IllegalArgumentException if the table lists a partner twice or the column's length
   *     differs from the number of rows
   */
  public ForecastColumns withPartners(List<PartnerId> partners, int[] partnerIndex) {
    ImmutableList<PartnerId> partnerTable = ImmutableList.copyOf(partners);
    checkArgument(
        partnerTable.stream().distinct().count() == partnerTable.size(),
        "forecast columns list a partner twice in %s",
        partnerTable);
    int[] partner = checkNotNull(partnerIndex, "partnerIndex").clone();
    checkArgument(
        partner.length == size(),
        "forecast columns have %s rows, but %s partner indexes",
        size(),
        partner.length);
    long[] amounts = minorUnits;
    int[] currency = currencyIndex;
    int[] stage = stageIndex;
    int[] period = periodIndex;
    List<Problem> added = new ArrayList<>();
    for (int row = 0; row < partner.length; row++) {
      if (partner[row] == -1 || (partner[row] >= 0 && partner[row] < partnerTable.size())) {
        continue;
      }
      if (isValid(row)) {
        if (added.isEmpty()) {
          amounts = amounts.clone();
          currency = currency.clone();
          stage = stage.clone();
          period = period.clone();
        }
        added.add(
            Problem.atRow(
                row,
                "",
                ProblemKind.OUT_OF_RANGE,
                indexMessage(row, "partner", partner[row], partnerTable.size())));
        invalidate(row, amounts, currency, stage, period);
      }
      partner[row] = -1;
    }
    ImmutableList<Problem> allProblems = problems;
    if (!added.isEmpty()) {
      List<Problem> merged = new ArrayList<>(problems);
      merged.addAll(added);
      merged.sort(Comparator.comparingLong(problem -> problem.row().orElse(Long.MAX_VALUE)));
      allProblems = ImmutableList.copyOf(merged);
    }
    return new ForecastColumns(
        currencies,
        stages,
        periods,
        amounts,
        currency,
        stage,
        period,
        partnerTable,
        partner,
        byId(partnerTable),
        allProblems);
  }

  /** The indexes of {@code partners} in order of partner id. */
  private static int[] byId(ImmutableList<PartnerId> partners) {
    return IntStream.range(0, partners.size())
        .boxed()
        .sorted(Comparator.comparing(partners::get))
        .mapToInt(Integer::intValue)
        .toArray();
  }

  /** Whether the columns have a partner column ({@link #withPartners}). */
  public boolean hasPartners() {
    return partnerIndex != null;
  }

  /** The partner table; empty without a partner column. */
  public ImmutableList<PartnerId> partners() {
    return partners;
  }

  /** The partner of row {@code row}; empty for a row without one or without a partner column. */
  public Optional<PartnerId> partner(int row) {
    checkElementIndex(row, size(), "row");
    if (partnerIndex == null || partnerIndex[row] < 0) {
      return Optional.empty();
    }
    return Optional.of(partners.get(partnerIndex[row]));
  }

  /**
   * Whether the given row is good; an invalid row has a problem in {@link #problems()} and takes no
   * part in any forecast.
   *
   * @throws IndexOutOfBoundsException if the row is out of range
   */
  public boolean isValid(int row) {
    checkElementIndex(row, size(), "row");
    return periodIndex[row] >= 0;
  }

  /** The rows that could not be used, one problem per row, in row order, each with its index. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /** Whether every row is good. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /** The number of rows, good or not. */
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

  /** The amount of row {@code row} in minor units of its currency; 0 for an invalid row. */
  public long minorUnits(int row) {
    return minorUnits[row];
  }

  /**
   * The currency of row {@code row}.
   *
   * @throws IllegalArgumentException if the row is invalid
   */
  public CurrencyUnit currency(int row) {
    checkValid(row);
    return currencies.get(currencyIndex[row]);
  }

  /**
   * The stage of row {@code row}.
   *
   * @throws IllegalArgumentException if the row is invalid
   */
  public Stage stage(int row) {
    checkValid(row);
    return stages.get(stageIndex[row]);
  }

  /**
   * The period of row {@code row}.
   *
   * @throws IllegalArgumentException if the row is invalid
   */
  public ForecastPeriod period(int row) {
    checkValid(row);
    return periods.get(periodIndex[row]);
  }

  private void checkValid(int row) {
    checkArgument(isValid(row), "row %s of the forecast columns is invalid; see problems()", row);
  }

  /** The forecast per period; see {@link Forecaster#byPeriod(ForecastColumns)}. */
  ImmutableSortedMap<ForecastPeriod, Forecast> forecast(double commitThreshold) {
    Sums sums = sumByPeriod();
    ImmutableSortedMap.Builder<ForecastPeriod, Forecast> result = ImmutableSortedMap.naturalOrder();
    int block = currencies.size() * stages.size();
    for (int p = 0; p < periods.size(); p++) {
      Forecast forecast = sums.forecast(p * block, commitThreshold);
      if (forecast != null) {
        result.put(periods.get(p), forecast);
      }
    }
    return result.build();
  }

  /**
   * The forecast per period and partner; see {@link
   * Forecaster#byPeriodAndPartner(ForecastColumns)}.
   */
  ImmutableSortedMap<ForecastPeriod, PartnerForecast> forecastByPartner(double commitThreshold) {
    return forecastByPartner((sums, first) -> sums.forecast(first, commitThreshold));
  }

  /**
   * The forecast per period and partner converted into {@code target}; see {@link
   * Forecaster#byPeriodAndPartner(ForecastColumns, CurrencyUnit, ConversionRates)}.
   */
  ImmutableSortedMap<ForecastPeriod, PartnerForecast> forecastByPartner(
      double commitThreshold, CurrencyUnit target, ConversionRates rates) {
    Conversion conversion = new Conversion(commitThreshold, target, rates);
    return forecastByPartner(conversion::forecast);
  }

  /** Turns the block of currency and stage cells of one group into its forecast, or null. */
  @FunctionalInterface
  private interface BlockForecast {
    Forecast of(Sums sums, int first);
  }

  private ImmutableSortedMap<ForecastPeriod, PartnerForecast> forecastByPartner(
      BlockForecast blockForecast) {
    checkArgument(
        partnerIndex != null,
        "forecast columns have no partner column to group by; add one with withPartners");
    int stageCount = stages.size();
    int block = currencies.size() * stageCount;
    // Group g < partners.size() is partner g; the last group holds the rows without a partner.
    int groups = partners.size() + 1;
    long cellCount = (long) periods.size() * groups * block;
    checkArgument(
        cellCount <= 1 << 26,
        "forecast columns have %s periods, %s partners, %s currencies and %s stages: %s cells"
            + " are too many",
        periods.size(),
        partners.size(),
        currencies.size(),
        stageCount,
        cellCount);
    Sums sums = new Sums((int) cellCount);
    int none = partners.size();
    // When all the rows together cannot overflow a long, no cell can: add without checking, in a
    // loop of its own so that the checks' code does not slow it.
    boolean unchecked = largestAmount == 0 || minorUnits.length <= Long.MAX_VALUE / largestAmount;
    if (unchecked) {
      long[] values = sums.values;
      for (int row = 0; row < minorUnits.length; row++) {
        int cell = cellOf(row, groups, block, stageCount, none);
        if (cell >= 0) {
          values[2 * cell] += minorUnits[row];
          values[2 * cell + 1]++;
        }
      }
    } else {
      for (int row = 0; row < minorUnits.length; row++) {
        int cell = cellOf(row, groups, block, stageCount, none);
        if (cell >= 0) {
          sums.add(cell, minorUnits[row]);
        }
      }
    }
    ImmutableSortedMap.Builder<ForecastPeriod, PartnerForecast> result =
        ImmutableSortedMap.naturalOrder();
    // Each period's total: its groups' cells added, exactly, while each group is forecast.
    Sums totals = new Sums(periods.size() * block);
    for (int p = 0; p < periods.size(); p++) {
      PartnerForecast.Builder byPartner = PartnerForecast.builder();
      // Partners in id order, as the object path keeps them.
      for (int g : partnersById) {
        int first = (p * groups + g) * block;
        totals.addBlock(p * block, sums, first, block, unchecked);
        Forecast partner = blockForecast.of(sums, first);
        if (partner != null) {
          byPartner.putPartner(partners.get(g), partner);
        }
      }
      int unpartneredFirst = (p * groups + none) * block;
      totals.addBlock(p * block, sums, unpartneredFirst, block, unchecked);
      Forecast total = blockForecast.of(totals, p * block);
      if (total == null) {
        continue;
      }
      Forecast unpartnered = blockForecast.of(sums, unpartneredFirst);
      result.put(
          periods.get(p),
          byPartner
              .total(total)
              .unpartnered(unpartnered == null ? Forecast.empty() : unpartnered)
              .build());
    }
    return result.build();
  }

  /**
   * The cell of row {@code row} among {@code groups} groups of {@code block} cells (currencies
   * times {@code stageCount} stages) per period, the rows without a partner in group {@code none};
   * -1 for an invalid row.
   */
  private int cellOf(int row, int groups, int block, int stageCount, int none) {
    int period = periodIndex[row];
    if (period < 0) {
      return -1;
    }
    int partner = partnerIndex[row];
    int g = partner < 0 ? none : partner;
    return (period * groups + g) * block + currencyIndex[row] * stageCount + stageIndex[row];
  }

  /** Adds the rows' minor units per period, currency and stage. */
  private Sums sumByPeriod() {
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
    Sums sums = new Sums((int) cellCount);
    for (int row = 0; row < minorUnits.length; row++) {
      if (periodIndex[row] < 0) {
        continue;
      }
      sums.add(
          (periodIndex[row] * currencyCount + currencyIndex[row]) * stageCount + stageIndex[row],
          minorUnits[row]);
    }
    return sums;
  }

  /**
   * Exact sums and counts per cell; a block is the currency and stage cells of one group. A cell's
   * sum and count lie side by side, so that adding a row touches one cache line.
   */
  private final class Sums {
    // Cell i's sum at 2i, its count at 2i + 1.
    private final long[] values;
    private BigInteger[] carried;

    Sums(int cells) {
      values = new long[2 * cells];
    }

    long sum(int cell) {
      return values[2 * cell];
    }

    long count(int cell) {
      return values[2 * cell + 1];
    }

    /** Whether part of the cell's sum is carried beyond a {@code long}. */
    boolean isCarried(int cell) {
      return carried != null && carried[cell] != null;
    }

    /**
     * Adds the {@code block} cells of {@code other} from {@code from} to the cells from {@code
     * first}; {@code unchecked} when no sum of the rows can overflow, so none was carried.
     */
    void addBlock(int first, Sums other, int from, int block, boolean unchecked) {
      if (unchecked) {
        for (int i = 0; i < 2 * block; i++) {
          values[2 * first + i] += other.values[2 * from + i];
        }
        return;
      }
      for (int k = 0; k < block; k++) {
        addCell(first + k, other, from + k);
      }
    }

    /** Adds cell {@code from} of {@code other}: its sum, any carried part, and its count. */
    void addCell(int cell, Sums other, int from) {
      long count = other.count(from);
      if (count == 0) {
        return;
      }
      add(cell, other.sum(from));
      values[2 * cell + 1] += count - 1;
      if (other.isCarried(from)) {
        carry(cell, other.carried[from]);
      }
    }

    void add(int cell, long amount) {
      int at = 2 * cell;
      long before = values[at];
      long after = before + amount;
      if (after < 0) {
        // Both terms are non-negative, so a negative sum is an overflow: carry the old sum.
        carry(cell, BigInteger.valueOf(before));
        after = amount;
      }
      values[at] = after;
      values[at + 1]++;
    }

    private void carry(int cell, BigInteger amount) {
      if (carried == null) {
        carried = new BigInteger[values.length / 2];
      }
      carried[cell] = carried[cell] == null ? amount : carried[cell].add(amount);
    }

    /**
     * The forecast of the block of currency and stage cells starting at {@code first}, or null when
     * no row is in it.
     */
    Forecast forecast(int first, double commitThreshold) {
      int stageCount = stages.size();
      List<ForecastFigures> figures = new ArrayList<>();
      for (int c = 0; c < currencies.size(); c++) {
        CurrencyUnit currency = currencies.get(c);
        int digits = currency.getDefaultFractionDigits();
        Tally tally = null;
        for (int s = 0; s < stageCount; s++) {
          int cell = first + c * stageCount + s;
          if (count(cell) == 0) {
            continue;
          }
          BigInteger minor = BigInteger.valueOf(sum(cell));
          if (isCarried(cell)) {
            minor = minor.add(carried[cell]);
          }
          if (tally == null) {
            tally = new Tally(currency);
          }
          tally.add(stages.get(s), new BigDecimal(minor, digits), count(cell), commitThreshold);
        }
        if (tally != null) {
          figures.add(tally.figures());
        }
      }
      return figures.isEmpty() ? null : Forecast.of(figures);
    }
  }

  /**
   * Converts the blocks of one call into one currency: each currency's factor asked once, on its
   * first use. A block's minor units are added per currency in {@code long}s (open, committed and
   * won as they are, weighted times the stages' probabilities at one common scale), each currency's
   * sums multiplied by its factor, and the products added and rounded once, half to even, to the
   * target's minor unit. Equal to {@link Forecast#convertedTo} of the block's forecast, which a
   * block whose values do not fit a {@code long} is converted by. Confined to one call.
   */
  private final class Conversion {
    private final double commitThreshold;
    private final CurrencyUnit target;
    private final ConversionRates rates;
    private final int targetDigits;
    private final int[] digits;
    // Per currency: the factor, once asked, as unscaled value and scale (-1 if it does not fit).
    private final BigDecimal[] factors;
    private final long[] factorUnscaled;
    private final int[] factorScale;
    // Per stage: its kind, whether it counts as committed, and its weight in the weighted sum as
    // an unscaled value at the common scale of all open stages' probabilities: an open stage's
    // probability, 1 for a won stage, 0 for a lost one; -1 if it does not fit a long.
    private final StageKind[] kinds;
    private final boolean[] committed;
    private final long[] weight;
    private final int probabilityScale;
    private final Forecast empty = Forecast.empty();
    private final LongDecimal open = new LongDecimal();
    private final LongDecimal committedSum = new LongDecimal();
    private final LongDecimal won = new LongDecimal();
    private final LongDecimal weighted = new LongDecimal();

    Conversion(double commitThreshold, CurrencyUnit target, ConversionRates rates) {
      this.commitThreshold = commitThreshold;
      this.target = checkNotNull(target, "target");
      this.rates = checkNotNull(rates, "rates");
      this.targetDigits = target.getDefaultFractionDigits();
      factors = new BigDecimal[currencies.size()];
      digits = new int[currencies.size()];
      for (int c = 0; c < digits.length; c++) {
        digits[c] = currencies.get(c).getDefaultFractionDigits();
      }
      factorUnscaled = new long[currencies.size()];
      factorScale = new int[currencies.size()];
      kinds = new StageKind[stages.size()];
      committed = new boolean[stages.size()];
      BigDecimal[] probabilities = new BigDecimal[stages.size()];
      int scale = 0;
      for (int s = 0; s < stages.size(); s++) {
        Stage stage = stages.get(s);
        kinds[s] = stage.kind();
        committed[s] = stage.probability() >= commitThreshold;
        // As Tally multiplies by it: the probability's shortest decimal form.
        probabilities[s] = BigDecimal.valueOf(stage.probability());
        if (kinds[s] == StageKind.OPEN) {
          scale = Math.max(scale, probabilities[s].scale());
        }
      }
      probabilityScale = scale;
      weight = new long[stages.size()];
      for (int s = 0; s < stages.size(); s++) {
        weight[s] =
            switch (kinds[s]) {
              case OPEN -> unscaled(probabilities[s], scale);
              case WON -> unscaled(BigDecimal.ONE, scale);
              case LOST -> 0;
            };
      }
    }

    /** {@code value} as an unscaled {@code long} at {@code scale}, or -1 if it does not fit. */
    private static long unscaled(BigDecimal value, int scale) {
      try {
        return value.setScale(scale).unscaledValue().longValueExact();
      } catch (ArithmeticException tooLarge) {
        return -1;
      }
    }

    Forecast forecast(Sums sums, int first) {
      if (targetDigits < 0) {
        return converted(sums, first);
      }
      int stageCount = stages.size();
      long openCount = 0;
      long wonCount = 0;
      long lostCount = 0;
      open.clear();
      committedSum.clear();
      won.clear();
      weighted.clear();
      boolean carries = sums.carried != null;
      try {
        for (int c = 0; c < currencies.size(); c++) {
          long openMinor = 0;
          long committedMinor = 0;
          long wonMinor = 0;
          long weightedMinor = 0;
          boolean any = false;
          int cells = first + c * stageCount;
          for (int s = 0; s < stageCount; s++) {
            long count = sums.count(cells + s);
            if (count == 0) {
              continue;
            }
            if (carries && sums.isCarried(cells + s) || weight[s] < 0) {
              return converted(sums, first);
            }
            any = true;
            long minor = sums.sum(cells + s);
            weightedMinor = Math.addExact(weightedMinor, Math.multiplyExact(minor, weight[s]));
            if (kinds[s] == StageKind.OPEN) {
              openCount += count;
              openMinor = Math.addExact(openMinor, minor);
              if (committed[s]) {
                committedMinor = Math.addExact(committedMinor, minor);
              }
            } else if (kinds[s] == StageKind.WON) {
              wonCount += count;
              wonMinor = Math.addExact(wonMinor, minor);
            } else {
              lostCount += count;
            }
          }
          if (!any) {
            continue;
          }
          int scale = factor(c) + digits[c];
          long unscaled = factorUnscaled[c];
          if (unscaled < 0) {
            return converted(sums, first);
          }
          open.add(Math.multiplyExact(openMinor, unscaled), scale);
          committedSum.add(Math.multiplyExact(committedMinor, unscaled), scale);
          won.add(Math.multiplyExact(wonMinor, unscaled), scale);
          weighted.add(Math.multiplyExact(weightedMinor, unscaled), scale + probabilityScale);
        }
        if (openCount + wonCount + lostCount == 0) {
          return null;
        }
        MinorUnitFigures figures =
            new MinorUnitFigures(
                target,
                openCount,
                wonCount,
                lostCount,
                open.rounded(targetDigits),
                committedSum.rounded(targetDigits),
                won.rounded(targetDigits),
                weighted.rounded(targetDigits));
        return empty.withByCurrency(ImmutableMap.of(target, figures));
      } catch (ArithmeticException tooLarge) {
        return converted(sums, first);
      }
    }

    /** The scale of currency {@code c}'s factor, asking the rates for it on first use. */
    private int factor(int c) {
      if (factors[c] == null) {
        BigDecimal factor = Forecast.factor(currencies.get(c), target, rates);
        factors[c] = factor;
        factorScale[c] = factor.scale();
        factorUnscaled[c] =
            factor.unscaledValue().bitLength() < Long.SIZE - 1
                ? factor.unscaledValue().longValue()
                : -1;
        if (factorScale[c] < 0) {
          // A whole factor such as 1E+2: as its value at scale 0 if that fits.
          factorUnscaled[c] = -1;
        }
      }
      return factorScale[c];
    }

    /** The block converted by the exact decimal path, with the factors already asked. */
    private Forecast converted(Sums sums, int first) {
      Forecast forecast = sums.forecast(first, commitThreshold);
      if (forecast == null) {
        return null;
      }
      ConversionRates asked =
          (from, to) -> {
            int c = currencies.indexOf(from);
            factor(c);
            return java.util.Optional.of(factors[c]);
          };
      return Forecast.builder().putByCurrency(target, forecast.convertedTo(target, asked)).build();
    }
  }

  /** An exact decimal sum in a {@code long} and a scale; throws ArithmeticException on overflow. */
  private static final class LongDecimal {
    private long unscaled;
    private int scale;

    void clear() {
      unscaled = 0;
      scale = 0;
    }

    void add(long value, int valueScale) {
      if (valueScale > scale) {
        unscaled = Math.multiplyExact(unscaled, power(valueScale - scale));
        scale = valueScale;
      } else if (valueScale < scale) {
        value = Math.multiplyExact(value, power(scale - valueScale));
      }
      unscaled = Math.addExact(unscaled, value);
    }

    /** The sum rounded half to even to {@code digits} decimal places, unscaled. */
    long rounded(int digits) {
      if (scale <= digits) {
        return Math.multiplyExact(unscaled, power(digits - scale));
      }
      long unit = power(scale - digits);
      long quotient = unscaled / unit;
      long twice = 2 * (unscaled - quotient * unit);
      if (twice > unit || (twice == unit && (quotient & 1) == 1)) {
        quotient++;
      }
      return quotient;
    }

    // 10^0 to 10^18, the powers of ten a long holds, asked of LongMath once.
    private static final long[] POWERS =
        IntStream.rangeClosed(0, 18).mapToLong(e -> LongMath.checkedPow(10, e)).toArray();

    /** 10^exponent; throws ArithmeticException beyond a long. */
    private static long power(int exponent) {
      return exponent < POWERS.length ? POWERS[exponent] : LongMath.checkedPow(10, exponent);
    }
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
        && Arrays.equals(periodIndex, that.periodIndex)
        && partners.equals(that.partners)
        && Arrays.equals(partnerIndex, that.partnerIndex)
        && problems.equals(that.problems);
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
        Arrays.hashCode(periodIndex),
        partners,
        Arrays.hashCode(partnerIndex),
        problems);
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
        + (partnerIndex == null ? "" : ", partners=" + partners.size())
        + (problems.isEmpty() ? "" : ", problems=" + problems.size())
        + "}";
  }
}

package org.alliancekit.scoring.potential;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import com.google.common.collect.Sets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.RandomAccess;
import java.util.Set;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import javax.money.MonetaryException;
import javax.money.convert.CurrencyConversion;
import org.alliancekit.model.batch.BatchResult;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.money.DecimalLimit;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.relationship.RelationshipId;
import org.apiguardian.api.API;

/**
 * Ranks a portfolio of relationships by alliance sales potential: the uplift each would gain from
 * the score its {@link ImprovementModel} says it can reach, largest first. Revenue alone does not
 * decide: a small relationship with a weak score can rank above a large one with a strong score.
 *
 * <pre>{@code
 * PotentialTriage triage = PotentialTriage.of(ImprovementModel.closeGap(0.5));
 * PotentialRanking ranking = triage.triage(List.of(
 *     PortfolioEntry.of(RelationshipId.of("small"), Money.of(1_000_000, "GBP"), 0.30),
 *     PortfolioEntry.of(RelationshipId.of("large"), Money.of(5_000_000, "GBP"), 0.70)));
 * ranking.ranked().get(0).relationship(); // small
 * }</pre>
 *
 * <p><b>Order.</b> Relationships with a defined uplift come first, largest uplift first, equal
 * uplifts in relationship id order; relationships whose uplift is undefined (a zero score with
 * revenue, see {@link SalesPotential}) follow in relationship id order, each with its reason. None
 * is dropped, and the result does not depend on the order of the input.
 *
 * <p><b>Currencies.</b> A triage without a conversion ranks portfolios in one currency and rejects
 * one that mixes currencies. A triage with a conversion first converts every revenue that is not in
 * the report currency, then computes the uplift in the report currency, so the uplift is rounded
 * once, after the conversion. Revenues already in the report currency are not converted.
 *
 * <p>Immutable and thread-safe when the conversion is.
 */
@API(status = STABLE, since = "0.1")
public final class PotentialTriage {
  private final ImprovementModel model;
  private final Optional<Conversion> conversion;
  private final PotentialModel potentialModel;

  private PotentialTriage(ImprovementModel model, Optional<Conversion> conversion) {
    this(model, conversion, PotentialModel.proportional());
  }

  private PotentialTriage(
      ImprovementModel model, Optional<Conversion> conversion, PotentialModel potentialModel) {
    this.model = model;
    this.potentialModel = potentialModel;
    this.conversion = conversion;
  }

  /** Returns a triage of single-currency portfolios under the given improvement model. */
  public static PotentialTriage of(ImprovementModel model) {
    return new PotentialTriage(checkNotNull(model, "model"), Optional.empty());
  }

  /**
   * Returns a triage that converts revenues with {@code conversion} into its currency, the report
   * currency.
   */
  public static PotentialTriage of(ImprovementModel model, CurrencyConversion conversion) {
    checkNotNull(model, "model");
    checkNotNull(conversion, "conversion");
    return new PotentialTriage(
        model, Optional.of(new Conversion(conversion.getCurrency(), conversion::apply)));
  }

  /**
   * Returns a triage that converts revenues into {@code reportCurrency} with the given function,
   * such as one that applies a fixed rate per currency. The function is only called for amounts in
   * other currencies and must return an amount in the report currency.
   */
  public static PotentialTriage of(
      ImprovementModel model,
      CurrencyUnit reportCurrency,
      Function<? super MonetaryAmount, ? extends MonetaryAmount> conversion) {
    checkNotNull(model, "model");
    checkNotNull(reportCurrency, "reportCurrency");
    checkNotNull(conversion, "conversion");
    return new PotentialTriage(model, Optional.of(new Conversion(reportCurrency, conversion)));
  }

  /**
   * Returns a triage that converts revenues into {@code reportCurrency} at the given fixed rates,
   * the library's one exchange-rate type ({@link ExchangeRates#convert}: a direct rate, else the
   * inverse of the opposite one; never through a third currency). A revenue whose currency has no
   * rate to {@code reportCurrency} is refused with {@link ProblemKind#CURRENCY_MISMATCH} naming
   * both currencies.
   */
  public static PotentialTriage of(
      ImprovementModel model, CurrencyUnit reportCurrency, ExchangeRates rates) {
    checkNotNull(rates, "rates");
    checkNotNull(reportCurrency, "reportCurrency");
    return of(
        model,
        reportCurrency,
        amount ->
            rates
                .convert(amount, reportCurrency)
                .orElseThrow(
                    () ->
                        new IllegalArgumentException(
                            "no exchange rate from "
                                + amount.getCurrency()
                                + " to "
                                + reportCurrency
                                + " for "
                                + amount)));
  }

  /** The improvement model that gives each relationship its attainable score. */
  public ImprovementModel model() {
    return model;
  }

  /** How each uplift is priced: {@link PotentialModel#proportional()} unless set. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public PotentialModel potentialModel() {
    return potentialModel;
  }

  /**
   * Returns a copy of this triage that prices every uplift with the given model (and converts, if
   * this one does, the same way).
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public PotentialTriage withPotentialModel(PotentialModel potentialModel) {
    return new PotentialTriage(model, conversion, checkNotNull(potentialModel, "potentialModel"));
  }

  /** The currency the results are reported in, when the triage converts; else empty. */
  public Optional<CurrencyUnit> reportCurrency() {
    return conversion.map(Conversion::currency);
  }

  /**
   * Returns the potential of one relationship, its revenue converted to the report currency if the
   * triage converts.
   *
   * @throws IllegalArgumentException if the conversion fails or returns an amount in another
   *     currency, or the model returns an invalid score
   */
  public RelationshipPotential potential(PortfolioEntry entry) {
    checkNotNull(entry, "entry");
    return priced(entry.relationship(), entry.revenue(), entry.score());
  }

  /** The potential of a revenue, converted if the triage converts, with its native potential. */
  private RelationshipPotential priced(RelationshipId id, MonetaryAmount revenue, double score) {
    MonetaryAmount converted = convert(revenue);
    SalesPotential potential = SalesPotential.estimate(converted, score, model, potentialModel);
    if (converted == revenue) {
      return RelationshipPotential.of(id, potential);
    }
    return RelationshipPotential.converted(
        id,
        potential,
        SalesPotential.of(revenue, potential.current(), potential.attainable())
            .withPotentialModel(potentialModel));
  }

  /**
   * Ranks a portfolio by uplift, as the class documentation says.
   *
   * @throws IllegalArgumentException if a relationship appears twice, or the revenues are in more
   *     than one currency and the triage has no conversion (the message names two of them), or a
   *     conversion fails
   */
  public PotentialRanking triage(Iterable<PortfolioEntry> portfolio) {
    checkNotNull(portfolio, "portfolio");
    List<RelationshipPotential> potentials = new ArrayList<>(sizeOf(portfolio));
    for (PortfolioEntry entry : portfolio) {
      potentials.add(potential(checkNotNull(entry, "portfolio entry")));
    }
    return rank(potentials);
  }

  /**
   * Returns the first {@code n} relationships of the portfolio's ranking: equal to the first {@code
   * n} of {@link #triage triage(portfolio)}{@code .all()}, or all of them when the portfolio is
   * smaller, without ranking the whole portfolio. Only the relationships that can reach the first
   * {@code n} are put in order, so a short list of a large portfolio prices few uplifts exactly.
   *
   * @throws IllegalArgumentException if {@code n} is negative, or for the reasons {@link #triage}
   *     gives, with the same messages
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public ImmutableList<RelationshipPotential> top(Iterable<PortfolioEntry> portfolio, int n) {
    checkNotNull(portfolio, "portfolio");
    checkArgument(n >= 0, "number of relationships %s must not be negative", n);
    if (conversion.isEmpty() && potentialModel == ProportionalModel.INSTANCE) {
      ImmutableList<RelationshipPotential> top = topByEstimate(portfolio, n);
      if (top != null) {
        return top;
      }
    }
    List<RelationshipPotential> potentials = new ArrayList<>(sizeOf(portfolio));
    for (PortfolioEntry entry : portfolio) {
      potentials.add(potential(checkNotNull(entry, "portfolio entry")));
    }
    if (!distinctInOneCurrency(potentials)) {
      // The full ranking refuses the portfolio, naming the same relationships as triage does.
      return first(rank(potentials).all(), n);
    }
    List<UpliftOrder> defined = new ArrayList<>(potentials.size());
    List<RelationshipPotential> undefined = new ArrayList<>();
    for (RelationshipPotential potential : potentials) {
      if (potential.potential().isDefined()) {
        defined.add(UpliftOrder.of(potential));
      } else {
        undefined.add(potential);
      }
    }
    ImmutableList.Builder<RelationshipPotential> top =
        ImmutableList.builderWithExpectedSize(Math.min(n, potentials.size()));
    for (UpliftOrder key : Ordering.natural().leastOf(defined, n)) {
      top.add(key.potential());
    }
    if (n > defined.size()) {
      top.addAll(
          Ordering.from(PotentialRanking.BY_RELATIONSHIP).leastOf(undefined, n - defined.size()));
    }
    return top.build();
  }

  /**
   * The first {@code n} of a single-currency portfolio of distinct relationships under the
   * proportional rule, pricing exactly only the relationships that can reach them; null for any
   * other portfolio, which {@link #top} then ranks as before (and refuses with the same messages).
   *
   * <p>Each entry's uplift is first estimated in doubles, with the bound {@link UpliftOrder} gives
   * on its distance from the exact, rounded uplift, so that each exact uplift lies in {@code
   * [estimate - bound, estimate + bound]}. A primitive heap finds the {@code n}-th largest lower
   * end; a relationship whose upper end lies below it has {@code n} relationships with larger exact
   * uplifts and cannot be among the first {@code n}. Only the others (and any entry without an
   * estimate) are made into potentials and ordered by {@link UpliftOrder}, as the full ranking
   * orders them. When fewer than {@code n} uplifts are defined, the undefined ones would be listed
   * too: that portfolio is left to {@link #top} as well.
   */
  private ImmutableList<RelationshipPotential> topByEstimate(
      Iterable<PortfolioEntry> portfolio, int n) {
    List<PortfolioEntry> entries;
    if (portfolio instanceof List<PortfolioEntry> list && list instanceof RandomAccess) {
      entries = list;
    } else {
      entries = new ArrayList<>(sizeOf(portfolio));
      portfolio.forEach(entries::add);
    }
    int size = entries.size();
    if (size == 0) {
      return ImmutableList.of();
    }
    // The entries' fields are read in passes of short loops, so that the reads of many entries,
    // each in its own place in memory, are under way at once; then the estimates from arrays.
    MonetaryAmount[] revenues = new MonetaryAmount[size];
    double[] scores = new double[size];
    for (int i = 0; i < size; i++) {
      PortfolioEntry entry = entries.get(i);
      if (entry == null) {
        return null;
      }
      revenues[i] = entry.revenue();
      scores[i] = entry.score();
    }
    if (!DistinctIds.allDistinct(entries)) {
      return null;
    }
    CurrencyUnit currency = revenues[0].getCurrency();
    double[] amounts = new double[size];
    for (int i = 0; i < size; i++) {
      MonetaryAmount revenue = revenues[i];
      if (!revenue.getCurrency().equals(currency) || !DecimalLimit.fits(revenue)) {
        return null;
      }
      // NaN marks a zero revenue
      amounts[i] = revenue.isZero() ? Double.NaN : revenue.getNumber().doubleValue();
    }
    int digits = currency.getDefaultFractionDigits();
    double[] low = new double[size];
    double[] high = new double[size];
    double[] heap = new double[n];
    int heapSize = 0;
    int defined = 0;
    for (int i = 0; i < size; i++) {
      double current = scores[i];
      double attainable = model.attainable(current);
      if (!(attainable >= 0.0 && attainable <= 1.0)) {
        return null;
      }
      double revenue = amounts[i];
      boolean zero = revenue != revenue;
      if (attainable != current && current == 0.0 && !zero) {
        // undefined: listed only when fewer than n are defined
        low[i] = Double.NEGATIVE_INFINITY;
        high[i] = Double.NEGATIVE_INFINITY;
        continue;
      }
      defined++;
      double amount = attainable == current || !(current > 0.0) || zero ? 0.0 : revenue;
      double estimate = UpliftOrder.estimate(amount, current, attainable, digits);
      double bound = UpliftOrder.bound(estimate, amount, current, attainable, digits);
      if (bound != bound) {
        // no estimate: always a candidate
        low[i] = Double.NaN;
        high[i] = Double.POSITIVE_INFINITY;
        continue;
      }
      double lower = estimate - bound;
      low[i] = lower;
      high[i] = estimate + bound;
      if (heapSize < n) {
        heap[heapSize] = lower;
        siftUp(heap, heapSize++);
      } else if (n > 0 && lower > heap[0]) {
        heap[0] = lower;
        siftDown(heap, heapSize);
      }
    }
    if (defined < n) {
      return null;
    }
    if (n == 0) {
      return ImmutableList.of();
    }
    double threshold = heapSize == n ? heap[0] : Double.NEGATIVE_INFINITY;
    List<UpliftOrder> candidates = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      if (high[i] >= threshold && high[i] != Double.NEGATIVE_INFINITY) {
        PortfolioEntry entry = entries.get(i);
        candidates.add(
            UpliftOrder.of(
                RelationshipPotential.of(
                    entry.relationship(),
                    SalesPotential.estimate(
                        entry.revenue(), entry.score(), model, potentialModel))));
      }
    }
    ImmutableList.Builder<RelationshipPotential> top = ImmutableList.builderWithExpectedSize(n);
    for (UpliftOrder key : Ordering.natural().leastOf(candidates, n)) {
      top.add(key.potential());
    }
    return top.build();
  }

  /**
   * Whether the entries name distinct relationships, found with an open-addressing table of each
   * relationship's hash and index in the list: one array and no object per relationship, which a
   * hash set of ids would make. Two ids are compared with {@code equals} only when their hashes are
   * equal. The hashes are read in a loop of their own, so that the reads of many ids overlap.
   */
  private static final class DistinctIds {
    private DistinctIds() {}

    static boolean allDistinct(List<PortfolioEntry> entries) {
      int size = entries.size();
      int[] hashes = new int[size];
      for (int i = 0; i < size; i++) {
        hashes[i] = entries.get(i).relationship().hashCode();
      }
      int bits = Math.max(4, 33 - Integer.numberOfLeadingZeros(Math.max(1, size)));
      int shift = 32 - bits;
      int mask = (1 << bits) - 1;
      // per slot: the hash in the high half, one more than the entry's index in the low; 0 empty
      long[] slots = new long[1 << bits];
      for (int i = 0; i < size; i++) {
        int hash = hashes[i];
        // Fibonacci hashing: the high bits of the product pick the slot
        for (int slot = (hash * 0x9E3779B9) >>> shift; ; slot = (slot + 1) & mask) {
          long held = slots[slot];
          if (held == 0L) {
            slots[slot] = ((long) hash << 32) | (i + 1L);
            break;
          }
          if ((int) (held >>> 32) == hash
              && entries.get((int) held - 1).relationship().equals(entries.get(i).relationship())) {
            return false;
          }
        }
      }
      return true;
    }
  }

  /** Moves the element at {@code at} of a min-heap up to its place. */
  private static void siftUp(double[] heap, int at) {
    double value = heap[at];
    while (at > 0) {
      int parent = (at - 1) >>> 1;
      if (heap[parent] <= value) {
        break;
      }
      heap[at] = heap[parent];
      at = parent;
    }
    heap[at] = value;
  }

  /** Moves the root of a min-heap of {@code size} elements down to its place. */
  private static void siftDown(double[] heap, int size) {
    double value = heap[0];
    int at = 0;
    while (true) {
      int child = 2 * at + 1;
      if (child >= size) {
        break;
      }
      if (child + 1 < size && heap[child + 1] < heap[child]) {
        child++;
      }
      if (heap[child] >= value) {
        break;
      }
      heap[at] = heap[child];
      at = child;
    }
    heap[at] = value;
  }

  /** Whether the potentials name distinct relationships and share one revenue currency. */
  private static boolean distinctInOneCurrency(List<RelationshipPotential> potentials) {
    Set<RelationshipId> seen = Sets.newHashSetWithExpectedSize(potentials.size());
    CurrencyUnit currency = potentials.isEmpty() ? null : currencyOf(potentials.get(0));
    for (RelationshipPotential potential : potentials) {
      if (!seen.add(potential.relationship()) || !currencyOf(potential).equals(currency)) {
        return false;
      }
    }
    return true;
  }

  /** The first {@code n} elements of a list, or all of them when it is shorter. */
  private static ImmutableList<RelationshipPotential> first(
      ImmutableList<RelationshipPotential> list, int n) {
    return list.subList(0, Math.min(n, list.size()));
  }

  /**
   * Ranks potentials computed elsewhere, such as the good rows of {@link #potentials}, or
   * potentials from different improvement models. When the triage converts, potentials in other
   * currencies are recomputed from their converted revenue, their two scores and their own {@link
   * PotentialModel}.
   *
   * @throws IllegalArgumentException if a relationship appears twice, or the revenues are in more
   *     than one currency and the triage has no conversion (the message names two of them), or a
   *     conversion fails
   */
  public PotentialRanking rank(Iterable<RelationshipPotential> potentials) {
    checkNotNull(potentials, "potentials");
    List<RelationshipPotential> all = new ArrayList<>(sizeOf(potentials));
    for (RelationshipPotential potential : potentials) {
      all.add(inReportCurrency(checkNotNull(potential, "potential")));
    }
    all.sort(PotentialRanking.BY_RELATIONSHIP);
    for (int i = 1; i < all.size(); i++) {
      RelationshipPotential previous = all.get(i - 1);
      RelationshipPotential current = all.get(i);
      checkArgument(
          !previous.relationship().equals(current.relationship()),
          "relationship %s appears more than once in the portfolio",
          current.relationship());
    }
    if (!all.isEmpty()) {
      RelationshipPotential first = all.get(0);
      CurrencyUnit currency = currencyOf(first);
      for (RelationshipPotential potential : all) {
        checkArgument(
            currencyOf(potential).equals(currency),
            "revenues in %s (relationship %s) and %s (relationship %s) cannot be ranked together"
                + " without a conversion to one report currency",
            currency,
            first.relationship(),
            currencyOf(potential),
            potential.relationship());
      }
    }
    List<RelationshipPotential> ranked = new ArrayList<>();
    List<RelationshipPotential> undefined = new ArrayList<>();
    for (RelationshipPotential potential : all) {
      (potential.potential().isDefined() ? ranked : undefined).add(potential);
    }
    // The lists are checked above and in order: the ranking need not check them again.
    return PotentialRanking.trusted(byUplift(ranked), undefined);
  }

  /** The size of a collection, to size a list for its elements; 10 for another iterable. */
  private static int sizeOf(Iterable<?> elements) {
    return elements instanceof Collection<?> collection ? collection.size() : 10;
  }

  /**
   * Sorts potentials with defined uplifts as {@link PotentialRanking#BY_UPLIFT} does, pricing an
   * uplift exactly only when an estimate cannot decide a comparison ({@link UpliftOrder}). The
   * relationships are distinct, so the order is total and the result is the same.
   */
  private static List<RelationshipPotential> byUplift(List<RelationshipPotential> potentials) {
    UpliftOrder[] keyed = new UpliftOrder[potentials.size()];
    for (int i = 0; i < keyed.length; i++) {
      keyed[i] = UpliftOrder.of(potentials.get(i));
    }
    Arrays.sort(keyed);
    List<RelationshipPotential> sorted = new ArrayList<>(keyed.length);
    for (UpliftOrder entry : keyed) {
      sorted.add(entry.potential());
    }
    return sorted;
  }

  /**
   * Computes the potential of every row of a portfolio given as columns, reporting each bad row
   * instead of failing the whole batch. Row {@code i} is relationship {@code relationships.get(i)}
   * with revenue {@code revenues.get(i)} and score {@code scores[i]}. Rank the good rows with
   * {@link #rank}.
   *
   * <p>A row is bad when its id or revenue is missing ({@link ProblemKind#MISSING_VALUE}), its id
   * already appeared in an earlier row ({@link ProblemKind#DUPLICATE}), its score is not a number
   * ({@link ProblemKind#INVALID_VALUE}) or lies outside [0, 1] ({@link ProblemKind#OUT_OF_RANGE}),
   * its revenue is negative ({@link ProblemKind#INVALID_VALUE}), or its revenue cannot be brought
   * into the portfolio's currency ({@link ProblemKind#CURRENCY_MISMATCH}). Without a conversion,
   * the portfolio's currency is that of the first row with no other problem; with one, it is the
   * report currency. A row whose uplift is undefined is a good row: its result says why.
   *
   * @return the potentials of the good rows in input order, and a problem for every bad row
   * @throws IllegalArgumentException if the three columns differ in length
   */
  public BatchResult<RelationshipPotential> potentials(
      List<RelationshipId> relationships,
      List<? extends MonetaryAmount> revenues,
      double[] scores) {
    checkNotNull(relationships, "relationships");
    checkNotNull(revenues, "revenues");
    checkNotNull(scores, "scores");
    checkArgument(
        relationships.size() == revenues.size() && revenues.size() == scores.length,
        "relationships (%s), revenues (%s) and scores (%s) must have the same length",
        relationships.size(),
        revenues.size(),
        scores.length);
    List<RelationshipPotential> results = new ArrayList<>();
    List<Problem> problems = new ArrayList<>();
    Map<RelationshipId, Integer> firstRow = new HashMap<>();
    Optional<CurrencyUnit> portfolioCurrency = reportCurrency();
    for (int row = 0; row < scores.length; row++) {
      RelationshipId id = relationships.get(row);
      MonetaryAmount revenue = revenues.get(row);
      double score = scores[row];
      if (id == null) {
        problems.add(
            Problem.atRow(row, "", ProblemKind.MISSING_VALUE, "relationship id is missing"));
        continue;
      }
      Integer earlier = firstRow.putIfAbsent(id, row);
      if (earlier != null) {
        problems.add(
            Problem.atRow(
                row,
                id.value(),
                ProblemKind.DUPLICATE,
                "relationship " + id + " appears more than once, first in row " + earlier));
        continue;
      }
      if (revenue == null) {
        problems.add(
            Problem.atRow(
                row,
                id.value(),
                ProblemKind.MISSING_VALUE,
                "revenue of relationship " + id + " is missing"));
        continue;
      }
      if (!PortfolioEntry.validScore(score)) {
        problems.add(
            Problem.atRow(
                row,
                id.value(),
                Double.isNaN(score) ? ProblemKind.INVALID_VALUE : ProblemKind.OUT_OF_RANGE,
                PortfolioEntry.badScore(id, score)));
        continue;
      }
      if (revenue.isNegative()) {
        problems.add(
            Problem.atRow(
                row,
                id.value(),
                ProblemKind.INVALID_VALUE,
                PortfolioEntry.negativeRevenue(id, revenue)));
        continue;
      }
      MonetaryAmount converted;
      try {
        converted = convert(revenue);
      } catch (IllegalArgumentException e) {
        problems.add(Problem.atRow(row, id.value(), ProblemKind.CURRENCY_MISMATCH, e.getMessage()));
        continue;
      }
      CurrencyUnit currency = converted.getCurrency();
      if (portfolioCurrency.isPresent() && !portfolioCurrency.get().equals(currency)) {
        problems.add(
            Problem.atRow(
                row,
                id.value(),
                ProblemKind.CURRENCY_MISMATCH,
                "revenue "
                    + revenue
                    + " of relationship "
                    + id
                    + " is not in "
                    + portfolioCurrency.get()
                    + ", the currency of the portfolio's first good row, and no conversion was"
                    + " given"));
        continue;
      }
      try {
        SalesPotential potential = SalesPotential.estimate(converted, score, model, potentialModel);
        results.add(
            converted == revenue
                ? RelationshipPotential.of(id, potential)
                : RelationshipPotential.converted(
                    id,
                    potential,
                    SalesPotential.of(revenue, potential.current(), potential.attainable())
                        .withPotentialModel(potentialModel)));
      } catch (IllegalArgumentException e) {
        problems.add(Problem.atRow(row, id.value(), ProblemKind.INVALID_VALUE, e.getMessage()));
        continue;
      }
      portfolioCurrency = Optional.of(currency);
    }
    return BatchResult.of(results, problems);
  }

  private RelationshipPotential inReportCurrency(RelationshipPotential potential) {
    SalesPotential original = potential.potential();
    MonetaryAmount converted = convert(original.revenue());
    if (converted == original.revenue()) {
      return potential;
    }
    return RelationshipPotential.converted(
        potential.relationship(), original.withRevenue(converted), original);
  }

  private MonetaryAmount convert(MonetaryAmount amount) {
    if (conversion.isEmpty() || amount.getCurrency().equals(conversion.get().currency())) {
      return amount;
    }
    CurrencyUnit target = conversion.get().currency();
    MonetaryAmount converted;
    try {
      converted = conversion.get().function().apply(amount);
    } catch (MonetaryException e) {
      throw new IllegalArgumentException(
          "conversion of " + amount + " to " + target + " failed: " + e.getMessage(), e);
    }
    checkArgument(converted != null, "conversion of %s to %s returned nothing", amount, target);
    checkArgument(
        converted.getCurrency().equals(target),
        "conversion of %s to %s returned %s",
        amount,
        target,
        converted);
    return converted;
  }

  private static CurrencyUnit currencyOf(RelationshipPotential potential) {
    return potential.potential().revenue().getCurrency();
  }

  @Override
  public String toString() {
    return "PotentialTriage{model="
        + model
        + (potentialModel.equals(PotentialModel.proportional())
            ? ""
            : ", potentialModel=" + potentialModel)
        + conversion.map(c -> ", reportCurrency=" + c.currency()).orElse("")
        + "}";
  }

  /** A conversion to one report currency. */
  private record Conversion(
      CurrencyUnit currency, Function<? super MonetaryAmount, ? extends MonetaryAmount> function) {}
}

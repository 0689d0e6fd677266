package org.alliancekit.scoring.evidence;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.SplittableRandom;
import java.util.function.Function;
import javax.money.CurrencyUnit;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Outcome;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.relationship.PeriodRevenue;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.alliancekit.model.relationship.SalesProcess;
import org.alliancekit.scoring.benchmark.HalfYearRevenues;
import org.apiguardian.api.API;

/**
 * Compares relationships with an agreed alliance sales process ({@link SalesProcess#AGREED}) and
 * those without ({@link SalesProcess#NONE}); relationships whose records do not say are left out.
 *
 * <p>Each measure is first taken per relationship, then averaged over the relationships of a group
 * that have it:
 *
 * <ul>
 *   <li>{@value #REVENUE_GROWTH}: the mean growth of alliance revenue per half-year, in percent,
 *       from the first to the last half-year with revenue: {@code 100 * ((last / first)^(1 / k) -
 *       1)} over the {@code k} half-years between them; needs two half-years and a first revenue
 *       above zero, all of the relationship's revenue in one currency;
 *   <li>{@value #WIN_RATE}: won deals over closed deals (won or lost), 0 to 1, over the
 *       opportunities the partner is involved in;
 *   <li>{@value #AVERAGE_WON_DEAL}: the mean amount of the won deals, converted into {@code
 *       currency} with the portfolio's rates (a deal no rate converts is left out);
 *   <li>{@value #CYCLE_DAYS}: the mean days from creation to close of the won deals.
 * </ul>
 *
 * <p>The interval of each difference is the 5th to 95th percentile over {@code resamples} bootstrap
 * resamples that draw each group's relationships again with replacement, from a {@link
 * SplittableRandom} seeded with {@code seed}. These are summary statistics, so amounts enter as
 * {@code double}s; the money itself is never rounded by them. A difference between the groups shows
 * what went together in this portfolio, not what an agreed process would cause.
 *
 * <p>A stateless utility.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SalesProcessComparison {
  /** The measure of revenue growth per half-year, in percent. */
  public static final String REVENUE_GROWTH = "revenue_growth";

  /** The measure of the share of closed deals won. */
  public static final String WIN_RATE = "win_rate";

  /** The measure of the mean won deal, in the comparison's currency. */
  public static final String AVERAGE_WON_DEAL = "average_won_deal";

  /** The measure of the mean days from creation to close of won deals. */
  public static final String CYCLE_DAYS = "cycle_days";

  private SalesProcessComparison() {}

  /**
   * Compares the groups on the four measures, in the order listed above, with {@value
   * SalesEvidence#DEFAULT_RESAMPLES} resamples and seed {@value SalesEvidence#DEFAULT_SEED}.
   */
  public static ImmutableList<GroupComparison> of(
      AlliancePortfolio portfolio, CurrencyUnit currency) {
    return of(portfolio, currency, SalesEvidence.DEFAULT_RESAMPLES, SalesEvidence.DEFAULT_SEED);
  }

  /**
   * Compares the groups on the four measures, in the order listed above.
   *
   * @throws IllegalArgumentException if {@code resamples} is below 1
   */
  public static ImmutableList<GroupComparison> of(
      AlliancePortfolio portfolio, CurrencyUnit currency, int resamples, long seed) {
    checkNotNull(portfolio, "portfolio");
    checkNotNull(currency, "currency");
    checkArgument(resamples >= 1, "number of resamples %s must be at least 1", resamples);
    Map<SalesProcess, List<Relationship>> groups = new EnumMap<>(SalesProcess.class);
    for (SalesProcess process : SalesProcess.values()) {
      groups.put(process, new ArrayList<>());
    }
    portfolio.relationships().stream()
        .sorted((a, b) -> a.id().value().compareTo(b.id().value()))
        .forEach(r -> r.salesProcess().ifPresent(p -> groups.get(p).add(r)));
    Map<PartnerId, List<Opportunity>> deals = new HashMap<>();
    for (Opportunity deal : portfolio.opportunities()) {
      for (PartnerId partner : deal.partners()) {
        deals.computeIfAbsent(partner, p -> new ArrayList<>()).add(deal);
      }
    }
    Map<RelationshipId, List<PeriodRevenue>> revenues = new HashMap<>();
    for (PeriodRevenue revenue : portfolio.revenues()) {
      revenues.computeIfAbsent(revenue.relationship(), r -> new ArrayList<>()).add(revenue);
    }
    Function<Relationship, List<Opportunity>> dealsOf =
        r -> deals.getOrDefault(r.partner(), List.of());
    List<Function<Relationship, OptionalDouble>> measures =
        List.of(
            r -> growth(revenues.getOrDefault(r.id(), List.of()), r),
            r -> winRate(dealsOf.apply(r)),
            r -> averageWon(dealsOf.apply(r), portfolio.rates(), currency),
            r -> cycleDays(dealsOf.apply(r)));
    List<String> names = List.of(REVENUE_GROWTH, WIN_RATE, AVERAGE_WON_DEAL, CYCLE_DAYS);
    ImmutableList.Builder<GroupComparison> result = ImmutableList.builder();
    SplittableRandom random = new SplittableRandom(seed);
    for (int m = 0; m < measures.size(); m++) {
      double[] agreed = values(groups.get(SalesProcess.AGREED), measures.get(m));
      double[] none = values(groups.get(SalesProcess.NONE), measures.get(m));
      result.add(compare(names.get(m), agreed, none, resamples, random.split()));
    }
    return result.build();
  }

  private static double[] values(
      List<Relationship> group, Function<Relationship, OptionalDouble> measure) {
    return group.stream()
        .map(measure)
        .filter(OptionalDouble::isPresent)
        .mapToDouble(OptionalDouble::getAsDouble)
        .toArray();
  }

  private static GroupComparison compare(
      String name, double[] agreed, double[] none, int resamples, SplittableRandom random) {
    OptionalDouble meanAgreed = mean(agreed);
    OptionalDouble meanNone = mean(none);
    if (meanAgreed.isEmpty() || meanNone.isEmpty()) {
      return new GroupComparison(
          name,
          meanAgreed,
          meanNone,
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          OptionalDouble.empty(),
          agreed.length,
          none.length);
    }
    double[] differences = new double[resamples];
    for (int r = 0; r < resamples; r++) {
      differences[r] = resampledMean(agreed, random) - resampledMean(none, random);
    }
    Arrays.sort(differences);
    return new GroupComparison(
        name,
        meanAgreed,
        meanNone,
        OptionalDouble.of(meanAgreed.getAsDouble() - meanNone.getAsDouble()),
        OptionalDouble.of(SalesEvidence.percentile(differences, 0.05)),
        OptionalDouble.of(SalesEvidence.percentile(differences, 0.95)),
        agreed.length,
        none.length);
  }

  private static double resampledMean(double[] values, SplittableRandom random) {
    double sum = 0;
    for (int i = 0; i < values.length; i++) {
      sum += values[random.nextInt(values.length)];
    }
    return sum / values.length;
  }

  private static OptionalDouble mean(double[] values) {
    return values.length == 0 ? OptionalDouble.empty() : Arrays.stream(values).average();
  }

  private static OptionalDouble growth(List<PeriodRevenue> own, Relationship relationship) {
    if (own.isEmpty() || own.stream().map(r -> r.amount().getCurrency()).distinct().count() != 1) {
      return OptionalDouble.empty();
    }
    HalfYearRevenues booked = HalfYearRevenues.of(own, own.get(0).amount().getCurrency());
    List<RevenuePeriod> halves = booked.halves(relationship.id());
    if (halves.size() < 2) {
      return OptionalDouble.empty();
    }
    RevenuePeriod first = halves.get(0);
    RevenuePeriod last = halves.get(halves.size() - 1);
    BigDecimal from = booked.revenue(relationship.id(), first).orElseThrow();
    BigDecimal to = booked.revenue(relationship.id(), last).orElseThrow();
    if (from.signum() <= 0) {
      return OptionalDouble.empty();
    }
    int steps = 2 * (last.year() - first.year()) + last.number() - first.number();
    double ratio = to.doubleValue() / from.doubleValue();
    return OptionalDouble.of(100 * Math.expm1(Math.log(ratio) / steps));
  }

  private static OptionalDouble winRate(List<Opportunity> deals) {
    long won = 0;
    long closed = 0;
    for (Opportunity deal : deals) {
      if (deal.outcome() != Outcome.OPEN) {
        closed++;
        if (deal.outcome() == Outcome.WON) {
          won++;
        }
      }
    }
    return closed == 0 ? OptionalDouble.empty() : OptionalDouble.of((double) won / closed);
  }

  private static OptionalDouble averageWon(
      List<Opportunity> deals, ExchangeRates rates, CurrencyUnit currency) {
    return deals.stream()
        .filter(deal -> deal.outcome() == Outcome.WON)
        .map(deal -> rates.convert(deal.amount(), currency))
        .flatMap(Optional::stream)
        .map(Amounts::number)
        .mapToDouble(BigDecimal::doubleValue)
        .average();
  }

  private static OptionalDouble cycleDays(List<Opportunity> deals) {
    return deals.stream()
        .filter(deal -> deal.outcome() == Outcome.WON)
        .mapToDouble(deal -> ChronoUnit.DAYS.between(deal.created(), deal.closeDate()))
        .average();
  }
}

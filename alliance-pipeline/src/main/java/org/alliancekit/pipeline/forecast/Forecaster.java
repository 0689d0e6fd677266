package org.alliancekit.pipeline.forecast;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageModel;
import org.apiguardian.api.API;

/**
 * Forecasts sets of opportunities: in total, by period, by partner, by motion and by stage, exact
 * per currency (see {@link Forecast} and {@link ForecastFigures} for the figures and the rounding).
 *
 * <p>An opportunity's period is the one that contains its expected close date (for a closed deal,
 * the day it closed). An open opportunity counts toward the commit view when its stage's
 * probability is at least the commit threshold, 0.9 for {@link #standard()}; in the co-sell
 * lifecycle that is the Committed stage.
 *
 * <pre>{@code
 * Forecaster forecaster = Forecaster.standard();
 * PeriodScheme partnerQuarters =
 *     PeriodScheme.fiscalQuarters(FiscalCalendar.startingIn(Month.JULY));
 * ImmutableSortedMap<ForecastPeriod, Forecast> quarters =
 *     forecaster.byPeriod(pipeline.opportunities(), partnerQuarters);
 * ForecastFigures inEuro = forecaster.total(pipeline.opportunities()).convertedTo(EUR, rates);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class Forecaster {
  /** The commit threshold of {@link #standard()}. */
  public static final double DEFAULT_COMMIT_THRESHOLD = 0.9;

  private static final Forecaster STANDARD = new Forecaster(DEFAULT_COMMIT_THRESHOLD);

  private final double commitThreshold;

  private Forecaster(double commitThreshold) {
    this.commitThreshold = commitThreshold;
  }

  /** A forecaster whose commit threshold is {@value #DEFAULT_COMMIT_THRESHOLD}. */
  public static Forecaster standard() {
    return STANDARD;
  }

  /**
   * A forecaster that counts an open opportunity as committed when its stage's probability is at
   * least {@code threshold}.
   *
   * @throws IllegalArgumentException if the threshold is not a number above 0 and at most 1
   */
  public static Forecaster of(double threshold) {
    checkArgument(
        threshold > 0.0 && threshold <= 1.0,
        "commit threshold %s must be a number above 0 and at most 1",
        threshold);
    return new Forecaster(threshold);
  }

  /** The least stage probability at which an open opportunity counts as committed. */
  public double commitThreshold() {
    return commitThreshold;
  }

  /** The forecast of all the opportunities. */
  public Forecast total(Iterable<Opportunity> opportunities) {
    checkNotNull(opportunities, "opportunities");
    Map<CurrencyUnit, Tally> tallies = new HashMap<>();
    for (Opportunity opportunity : opportunities) {
      add(tallies, checkNotNull(opportunity, "opportunity"));
    }
    return forecast(tallies);
  }

  /**
   * The forecast per period of {@code scheme}, in period order; only periods in which at least one
   * opportunity closes appear.
   */
  public ImmutableSortedMap<ForecastPeriod, Forecast> byPeriod(
      Iterable<Opportunity> opportunities, PeriodScheme scheme) {
    checkNotNull(scheme, "scheme");
    Map<ForecastPeriod, Map<CurrencyUnit, Tally>> groups = new TreeMap<>();
    for (Opportunity opportunity : checkNotNull(opportunities, "opportunities")) {
      checkNotNull(opportunity, "opportunity");
      add(
          groups.computeIfAbsent(
              scheme.periodOf(opportunity.expectedClose()), period -> new HashMap<>()),
          opportunity);
    }
    return ImmutableSortedMap.copyOf(forecasts(groups));
  }

  /**
   * The forecast per period of opportunities given as columns: equal, to the last digit, to {@link
   * #byPeriod(Iterable, PeriodScheme)} over the same opportunities. Only periods that some row
   * falls in appear.
   *
   * @throws IllegalArgumentException if the tables have more than 2<sup>26</sup> period, currency
   *     and stage combinations
   */
  public ImmutableSortedMap<ForecastPeriod, Forecast> byPeriod(ForecastColumns columns) {
    checkNotNull(columns, "columns");
    return columns.forecast(commitThreshold);
  }

  /**
   * The forecast per period of {@code scheme} and, within each period, by partner: for each period
   * in which at least one opportunity closes, {@link #byPartner} of the opportunities closing in
   * it.
   */
  public ImmutableSortedMap<ForecastPeriod, PartnerForecast> byPeriodAndPartner(
      Iterable<Opportunity> opportunities, PeriodScheme scheme) {
    checkNotNull(opportunities, "opportunities");
    checkNotNull(scheme, "scheme");
    Map<ForecastPeriod, List<Opportunity>> groups = new TreeMap<>();
    for (Opportunity opportunity : opportunities) {
      checkNotNull(opportunity, "opportunity");
      groups
          .computeIfAbsent(scheme.periodOf(opportunity.expectedClose()), p -> new ArrayList<>())
          .add(opportunity);
    }
    ImmutableSortedMap.Builder<ForecastPeriod, PartnerForecast> result =
        ImmutableSortedMap.naturalOrder();
    groups.forEach((period, members) -> result.put(period, byPartner(members)));
    return result.build();
  }

  /**
   * The forecast per period and partner of columns with a partner column ({@link
   * ForecastColumns#withPartners}), in one pass over the rows: equal, to the last digit, to {@link
   * #byPeriodAndPartner(Iterable, PeriodScheme)} over the same opportunities when each has at most
   * one partner, the one in its row. Only periods that some row falls in appear; within a period,
   * only partners with a row in it.
   *
   * @throws IllegalArgumentException if the columns have no partner column, or more than
   *     2<sup>26</sup> combinations of period, partner (or none), currency and stage
   */
  public ImmutableSortedMap<ForecastPeriod, PartnerForecast> byPeriodAndPartner(
      ForecastColumns columns) {
    checkNotNull(columns, "columns");
    return columns.forecastByPartner(commitThreshold);
  }

  /**
   * The forecast per period and partner of columns with a partner column, converted into {@code
   * target}: {@link #byPeriodAndPartner(ForecastColumns)} with each forecast that is not empty
   * replaced by the forecast holding only its {@link Forecast#convertedTo(CurrencyUnit,
   * ConversionRates) converted} figures, equal to them to the last digit (rounded once, half to
   * even, to {@code target}'s default fraction digits). An empty unpartnered forecast stays empty.
   *
   * <p>Each group's sums stay whole minor units in {@code long}s; each currency's factor is asked
   * from {@code rates} once for the whole call, on its first use, and money is made only for the
   * figures returned. A group whose products do not fit a {@code long} is converted in exact
   * decimals instead, with the same result.
   *
   * <p>Converted figures are rounded, so unlike exact forecasts they do not add up: a period's
   * total is converted from its exact sums, not added from its partners' rounded figures.
   *
   * @throws IllegalArgumentException if the columns have no partner column, have too many
   *     combinations (as {@link #byPeriodAndPartner(ForecastColumns)}), or {@code rates} has no
   *     positive factor for a currency some row is in
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public ImmutableSortedMap<ForecastPeriod, PartnerForecast> byPeriodAndPartner(
      ForecastColumns columns, CurrencyUnit target, ConversionRates rates) {
    checkNotNull(columns, "columns");
    checkNotNull(target, "target");
    checkNotNull(rates, "rates");
    return columns.forecastByPartner(commitThreshold, target, rates);
  }

  /** The forecast of all rows of the columns, equal to {@link #total(Iterable)} of them. */
  public Forecast total(ForecastColumns columns) {
    return byPeriod(columns).values().stream().reduce(Forecast.empty(), Forecast::plus);
  }

  /**
   * The forecast by partner: see {@link PartnerForecast}. An opportunity's partners are the parties
   * involved in it other than its owner ({@link Opportunity#partners()}).
   */
  public PartnerForecast byPartner(Iterable<Opportunity> opportunities) {
    checkNotNull(opportunities, "opportunities");
    Map<PartnerId, Map<CurrencyUnit, Tally>> partners = new TreeMap<>();
    Map<CurrencyUnit, Tally> unpartnered = new HashMap<>();
    Map<CurrencyUnit, Tally> total = new HashMap<>();
    for (Opportunity opportunity : opportunities) {
      checkNotNull(opportunity, "opportunity");
      add(total, opportunity);
      if (opportunity.partners().isEmpty()) {
        add(unpartnered, opportunity);
      }
      for (PartnerId partner : opportunity.partners()) {
        add(partners.computeIfAbsent(partner, p -> new HashMap<>()), opportunity);
      }
    }
    return PartnerForecast.builder()
        .putAllPartners(forecasts(partners))
        .unpartnered(forecast(unpartnered))
        .total(forecast(total))
        .build();
  }

  /**
   * The forecast by motion, the {@link Origin} of each opportunity: every origin appears, in
   * declaration order, with an empty forecast if no opportunity has it.
   */
  public ImmutableMap<Origin, Forecast> byMotion(Iterable<Opportunity> opportunities) {
    checkNotNull(opportunities, "opportunities");
    Map<Origin, Map<CurrencyUnit, Tally>> groups = new EnumMap<>(Origin.class);
    for (Origin origin : Origin.values()) {
      groups.put(origin, new HashMap<>());
    }
    for (Opportunity opportunity : opportunities) {
      checkNotNull(opportunity, "opportunity");
      add(groups.get(opportunity.origin()), opportunity);
    }
    return forecasts(groups);
  }

  /**
   * The forecast by stage of {@code model}: every stage of the model appears, in model order, with
   * an empty forecast if no opportunity is in it.
   *
   * @throws IllegalArgumentException naming the opportunity, its stage and the model if an
   *     opportunity's stage is not in the model
   */
  public ImmutableMap<Stage, Forecast> byStage(
      Iterable<Opportunity> opportunities, StageModel model) {
    checkNotNull(opportunities, "opportunities");
    checkNotNull(model, "model");
    Map<Stage, Map<CurrencyUnit, Tally>> groups = new LinkedHashMap<>();
    for (Stage stage : model.stages()) {
      groups.put(stage, new HashMap<>());
    }
    for (Opportunity opportunity : opportunities) {
      checkNotNull(opportunity, "opportunity");
      Stage stage = opportunity.stage();
      checkArgument(
          model.contains(stage),
          "opportunity %s is at stage %s (%s, %s), which is not in stage model %s",
          opportunity.id(),
          stage.name(),
          stage.kind(),
          stage.probability(),
          model.name());
      add(groups.get(stage), opportunity);
    }
    return forecasts(groups);
  }

  /**
   * Forecasts a batch of opportunities per period and in total, converted into {@code target}. Each
   * currency's factor is asked of {@code rates} once. An opportunity in a currency that {@code
   * rates} cannot convert (no factor, or a factor that is not positive) is left out and reported as
   * a {@link Problem} of kind {@link ProblemKind#CURRENCY_MISMATCH} with its row index and id; a
   * missing (null) row is reported as {@link ProblemKind#MISSING_VALUE}. The batch never fails as a
   * whole.
   */
  public ForecastReport report(
      List<Opportunity> opportunities,
      PeriodScheme scheme,
      CurrencyUnit target,
      ConversionRates rates) {
    checkNotNull(opportunities, "opportunities");
    checkNotNull(scheme, "scheme");
    checkNotNull(target, "target");
    checkNotNull(rates, "rates");
    Map<CurrencyUnit, Optional<BigDecimal>> factors = new HashMap<>();
    Map<CurrencyUnit, String> refusals = new HashMap<>();
    List<Problem> problems = new ArrayList<>();
    List<Opportunity> included = new ArrayList<>();
    for (int row = 0; row < opportunities.size(); row++) {
      Opportunity opportunity = opportunities.get(row);
      if (opportunity == null) {
        problems.add(Problem.atRow(row, "", ProblemKind.MISSING_VALUE, "opportunity is missing"));
        continue;
      }
      CurrencyUnit currency = opportunity.currency();
      Optional<BigDecimal> factor =
          factors.computeIfAbsent(
              currency,
              c -> {
                try {
                  return Optional.of(Forecast.factor(c, target, rates));
                } catch (IllegalArgumentException e) {
                  refusals.put(c, e.getMessage());
                  return Optional.empty();
                }
              });
      if (factor.isPresent()) {
        included.add(opportunity);
      } else {
        problems.add(
            Problem.atRow(
                row,
                opportunity.id().value(),
                ProblemKind.CURRENCY_MISMATCH,
                String.format(
                    "opportunity %s is in %s: %s",
                    opportunity.id(), currency, refusals.get(currency))));
      }
    }
    ConversionRates known = (from, to) -> factors.getOrDefault(from, Optional.empty());
    ForecastReport.Builder report =
        ForecastReport.builder()
            .currency(target)
            .total(total(included).convertedTo(target, known))
            .problems(problems)
            .rowCount(opportunities.size());
    byPeriod(included, scheme)
        .forEach(
            (period, forecast) -> report.putByPeriod(period, forecast.convertedTo(target, known)));
    return report.build();
  }

  private void add(Map<CurrencyUnit, Tally> tallies, Opportunity opportunity) {
    tallies
        .computeIfAbsent(opportunity.currency(), Tally::new)
        .add(opportunity.stage(), Amounts.number(opportunity.amount()), 1, commitThreshold);
  }

  private static Forecast forecast(Map<CurrencyUnit, Tally> tallies) {
    List<ForecastFigures> figures = new ArrayList<>();
    for (Tally tally : tallies.values()) {
      figures.add(tally.figures());
    }
    return Forecast.of(figures);
  }

  private static <K> ImmutableMap<K, Forecast> forecasts(Map<K, Map<CurrencyUnit, Tally>> groups) {
    ImmutableMap.Builder<K, Forecast> result = ImmutableMap.builder();
    groups.forEach((key, tallies) -> result.put(key, forecast(tallies)));
    return result.build();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Forecaster that
        && Double.compare(commitThreshold, that.commitThreshold) == 0;
  }

  @Override
  public int hashCode() {
    return Double.hashCode(commitThreshold);
  }

  @Override
  public String toString() {
    return "Forecaster{commitThreshold=" + commitThreshold + "}";
  }
}

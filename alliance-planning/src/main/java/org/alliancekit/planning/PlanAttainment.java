package org.alliancekit.planning;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.money.MinorUnits;
import org.alliancekit.model.party.Competency;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Outcome;
import org.alliancekit.model.planning.BusinessPlan;
import org.alliancekit.model.planning.Objective;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.relationship.Relationship;
import org.apiguardian.api.API;

/**
 * Measures the objectives of a joint business plan as of a date.
 *
 * <p>Only records dated in the <em>elapsed part</em> of the period count: from its first day to the
 * as-of date or its last day, whichever is earlier (nothing before the period starts). The actual
 * of each metric, for the plan's relationship and its two parties:
 *
 * <ul>
 *   <li>{@code WON_REVENUE}: won opportunities whose {@linkplain Opportunity#closeDate() close
 *       date} is in the elapsed part and that involve both parties (as owner or involved party),
 *       their amounts converted exactly into the target's currency, summed, then rounded once to
 *       its minor unit;
 *   <li>{@code PIPELINE_CREATED}: the same for opportunities created in the elapsed part, whatever
 *       their outcome;
 *   <li>{@code JOINT_OPPORTUNITIES}: the number of those opportunities;
 *   <li>{@code LEADS_SHARED}: leads received in the elapsed part whose source is one party and that
 *       were shared with the other; only those the accountable party sourced when one is named;
 *   <li>{@code CERTIFICATIONS}: the accountable party's competencies (both parties' for a joint
 *       objective) whose first valid day is in the elapsed part;
 *   <li>{@code CAMPAIGNS_RUN}: the relationship's campaigns that start in the elapsed part.
 * </ul>
 *
 * <p>Then: elapsed fraction = elapsed days / days of the period (both ends included); attainment =
 * actual / target; projection = actual / elapsed fraction (the actual itself while nothing has
 * elapsed); status {@code ON_TRACK} when the projection reaches the target, {@code AT_RISK} when it
 * reaches 80% of it, else {@code OFF_TRACK}. The status is decided on exact numbers, before any
 * rounding. Stateless.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PlanAttainment {
  private static final BigDecimal AT_RISK_SHARE = new BigDecimal("0.8");
  private static final int RATIO_DIGITS = 4;
  private static final int COUNT_DIGITS = 2;

  private PlanAttainment() {}

  /**
   * Returns each objective of the plan as of {@code asOf}, in the plan's order.
   *
   * @param plan the plan
   * @param portfolio where the relationship, its parties' competencies, the opportunities, leads
   *     and campaigns are looked up
   * @param asOf the date the plan is measured on
   * @param rates the rates money is converted with
   * @throws IllegalArgumentException if the plan's relationship is not in the portfolio, or no rate
   *     converts an amount that counts into the target's currency
   */
  public static ImmutableList<ObjectiveAttainment> of(
      BusinessPlan plan, AlliancePortfolio portfolio, LocalDate asOf, ExchangeRates rates) {
    checkNotNull(plan, "plan");
    checkNotNull(portfolio, "portfolio");
    checkNotNull(asOf, "asOf");
    checkNotNull(rates, "rates");
    Relationship relationship =
        portfolio
            .relationship(plan.relationship())
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "plan "
                            + plan.id()
                            + " is for relationship "
                            + plan.relationship()
                            + ", which is not in the portfolio"));
    ImmutableList.Builder<ObjectiveAttainment> result = ImmutableList.builder();
    for (Objective objective : plan.objectives()) {
      result.add(measure(plan, relationship, objective, portfolio, asOf, rates));
    }
    return result.build();
  }

  /**
   * The number of days of the plan's period elapsed on {@code asOf}: 0 before it starts, all its
   * days after it ends.
   */
  public static long elapsedDays(BusinessPlan plan, LocalDate asOf) {
    checkNotNull(plan, "plan");
    checkNotNull(asOf, "asOf");
    if (asOf.isBefore(plan.periodStart())) {
      return 0;
    }
    LocalDate last = asOf.isAfter(plan.periodEnd()) ? plan.periodEnd() : asOf;
    return ChronoUnit.DAYS.between(plan.periodStart(), last) + 1;
  }

  /**
   * The status of an actual against a target after {@code elapsed} of {@code days} days, decided
   * exactly: compares actual x days with target x elapsed (and with 80% of it).
   *
   * @throws IllegalArgumentException if {@code elapsed} is negative or more than {@code days}
   */
  public static AttainmentStatus status(
      BigDecimal actual, BigDecimal target, long elapsed, long days) {
    checkNotNull(actual, "actual");
    checkNotNull(target, "target");
    checkArgument(
        elapsed >= 0 && elapsed <= days, "elapsed days %s must be from 0 to %s", elapsed, days);
    BigDecimal projected = elapsed == 0 ? actual : actual.multiply(BigDecimal.valueOf(days));
    BigDecimal due = elapsed == 0 ? target : target.multiply(BigDecimal.valueOf(elapsed));
    if (projected.compareTo(due) >= 0) {
      return AttainmentStatus.ON_TRACK;
    }
    if (projected.compareTo(due.multiply(AT_RISK_SHARE)) >= 0) {
      return AttainmentStatus.AT_RISK;
    }
    return AttainmentStatus.OFF_TRACK;
  }

  private static ObjectiveAttainment measure(
      BusinessPlan plan,
      Relationship relationship,
      Objective objective,
      AlliancePortfolio portfolio,
      LocalDate asOf,
      ExchangeRates rates) {
    long elapsed = elapsedDays(plan, asOf);
    long days = plan.days();
    Window window = new Window(plan.periodStart(), plan.periodStart().plusDays(elapsed - 1));
    BigDecimal actual = actual(objective, relationship, window, portfolio, rates, plan);
    BigDecimal target = objective.target();
    Optional<CurrencyUnit> currency = objective.currency();
    BigDecimal projectedExact = elapsed == 0 ? actual : actual.multiply(BigDecimal.valueOf(days));
    BigDecimal projected =
        elapsed == 0
            ? actual
            : currency.isPresent()
                ? MinorUnits.divide(projectedExact, BigDecimal.valueOf(elapsed), currency.get())
                : projectedExact.divide(
                    BigDecimal.valueOf(elapsed), COUNT_DIGITS, RoundingMode.HALF_EVEN);
    return new ObjectiveAttainment(
        plan.id(),
        plan.relationship(),
        objective.id(),
        objective.metric(),
        objective.party(),
        currency,
        target,
        actual,
        actual.divide(target, RATIO_DIGITS, RoundingMode.HALF_EVEN),
        projected,
        BigDecimal.valueOf(elapsed)
            .divide(BigDecimal.valueOf(days), RATIO_DIGITS, RoundingMode.HALF_EVEN),
        status(actual, target, elapsed, days));
  }

  private static BigDecimal actual(
      Objective objective,
      Relationship relationship,
      Window window,
      AlliancePortfolio portfolio,
      ExchangeRates rates,
      BusinessPlan plan) {
    switch (objective.metric()) {
      case WON_REVENUE:
        return money(objective, relationship, window, portfolio, rates, plan, true);
      case PIPELINE_CREATED:
        return money(objective, relationship, window, portfolio, rates, plan, false);
      case JOINT_OPPORTUNITIES:
        return count(
            portfolio.opportunities().stream()
                .filter(o -> involvesBoth(o, relationship) && window.contains(o.created()))
                .count());
      case LEADS_SHARED:
        return count(
            portfolio.leads().stream()
                .filter(lead -> window.contains(lead.received()))
                .filter(lead -> sharedBetween(lead, relationship))
                .filter(lead -> objective.party().map(lead.source()::equals).orElse(true))
                .count());
      case CERTIFICATIONS:
        Set<PartnerId> parties =
            objective.party().map(Set::of).orElse(Set.copyOf(relationship.parties()));
        long certifications = 0;
        for (Partner partner : portfolio.partners()) {
          if (parties.contains(partner.id())) {
            for (Competency competency : partner.competencies()) {
              if (competency.validFrom().map(window::contains).orElse(false)) {
                certifications++;
              }
            }
          }
        }
        return count(certifications);
      case CAMPAIGNS_RUN:
        return count(
            portfolio.campaigns().stream()
                .filter(campaign -> campaign.relationship().equals(relationship.id()))
                .filter(campaign -> window.contains(campaign.start()))
                .count());
    }
    throw new AssertionError(objective.metric());
  }

  private static BigDecimal money(
      Objective objective,
      Relationship relationship,
      Window window,
      AlliancePortfolio portfolio,
      ExchangeRates rates,
      BusinessPlan plan,
      boolean won) {
    CurrencyUnit currency = objective.currency().orElseThrow();
    BigDecimal sum = BigDecimal.ZERO;
    for (Opportunity opportunity : portfolio.opportunities()) {
      if (!involvesBoth(opportunity, relationship)) {
        continue;
      }
      boolean counts =
          won
              ? opportunity.outcome() == Outcome.WON && window.contains(opportunity.closeDate())
              : window.contains(opportunity.created());
      if (counts) {
        sum =
            sum.add(
                Conversion.number(
                    opportunity.amount(),
                    currency,
                    rates,
                    "opportunity " + opportunity.id() + " in plan " + plan.id()));
      }
    }
    return MinorUnits.round(sum, currency);
  }

  /** Whether both parties of the relationship own or are involved in the opportunity. */
  static boolean involvesBoth(Opportunity opportunity, Relationship relationship) {
    return involves(opportunity, relationship.host())
        && involves(opportunity, relationship.partner());
  }

  private static boolean involves(Opportunity opportunity, PartnerId party) {
    if (opportunity.owner().equals(party)) {
      return true;
    }
    for (Involvement involvement : opportunity.involvements()) {
      if (involvement.party().equals(party)) {
        return true;
      }
    }
    return false;
  }

  private static boolean sharedBetween(Lead lead, Relationship relationship) {
    PartnerId source = lead.source();
    return relationship.parties().contains(source)
        && lead.sharedWith().contains(relationship.counterpart(source));
  }

  private static BigDecimal count(long count) {
    return BigDecimal.valueOf(count);
  }

  /** The elapsed part of a period, both ends included; empty when {@code last} is before first. */
  private record Window(LocalDate first, LocalDate last) {
    boolean contains(LocalDate date) {
      return !date.isBefore(first) && !date.isAfter(last);
    }
  }
}

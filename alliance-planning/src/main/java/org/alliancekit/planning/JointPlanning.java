package org.alliancekit.planning;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import org.alliancekit.model.marketing.MarketingBudget;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.planning.BusinessPlan;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.relationship.Relationship;
import org.apiguardian.api.API;

/**
 * Runs every joint planning verb over a whole portfolio as of a date: {@link PlanAttainment} for
 * each plan (by plan id), {@link BudgetCycles} for each relationship whose two parties are listed
 * (by relationship id), {@link FundsLedger} for each budget (by budget id), {@link CampaignResults}
 * and {@link MindShare}. Stateless.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JointPlanning {
  private JointPlanning() {}

  /**
   * Analyses with the default planning lead time, seed and number of permutations.
   *
   * @throws IllegalArgumentException as {@link #analyse(AlliancePortfolio, LocalDate,
   *     ExchangeRates, int, long, int)} does
   */
  public static JointPlanningResult analyse(
      AlliancePortfolio portfolio, LocalDate asOf, ExchangeRates rates) {
    return analyse(
        portfolio,
        asOf,
        rates,
        BudgetCycles.DEFAULT_LEAD_MONTHS,
        MindShare.DEFAULT_SEED,
        MindShare.DEFAULT_PERMUTATIONS);
  }

  /**
   * Analyses the portfolio's plans, budget cycles, funds, campaigns and surveys as of a date.
   *
   * @param rates the rates money is converted with
   * @param leadMonths the planning lead time before a fiscal year starts, 0 to 12 months
   * @param seed the seed of the mind-share permutation tests
   * @param permutations the number of permutations per test; at least 1
   * @throws IllegalArgumentException if a plan's relationship is not in the portfolio, no rate
   *     converts an amount that must be converted, or an argument is out of range
   */
  public static JointPlanningResult analyse(
      AlliancePortfolio portfolio,
      LocalDate asOf,
      ExchangeRates rates,
      int leadMonths,
      long seed,
      int permutations) {
    checkNotNull(portfolio, "portfolio");
    checkNotNull(asOf, "asOf");
    checkNotNull(rates, "rates");
    ImmutableList.Builder<ObjectiveAttainment> attainment = ImmutableList.builder();
    for (BusinessPlan plan :
        ImmutableList.sortedCopyOf(Comparator.comparing(BusinessPlan::id), portfolio.plans())) {
      attainment.addAll(PlanAttainment.of(plan, portfolio, asOf, rates));
    }
    ImmutableList.Builder<BudgetCycleAlignment> cycles = ImmutableList.builder();
    for (Relationship relationship :
        ImmutableList.sortedCopyOf(
            Comparator.comparing(Relationship::id), portfolio.relationships())) {
      if (portfolio.partner(relationship.host()).isPresent()
          && portfolio.partner(relationship.partner()).isPresent()) {
        cycles.add(BudgetCycles.align(relationship, portfolio, asOf, leadMonths));
      }
    }
    ImmutableList.Builder<FundLedger> funds = ImmutableList.builder();
    for (MarketingBudget budget :
        ImmutableList.sortedCopyOf(
            Comparator.comparing(MarketingBudget::id), portfolio.budgets())) {
      funds.add(FundsLedger.of(budget, portfolio.fundRequests(), portfolio.fundClaims()));
    }
    ImmutableList<CampaignResult> campaigns =
        CampaignResults.of(portfolio.campaigns(), portfolio.opportunities(), rates);
    return new JointPlanningResult(
        asOf,
        attainment.build(),
        cycles.build(),
        funds.build(),
        campaigns,
        CampaignResults.compare(campaigns),
        MindShare.results(portfolio.surveys(), portfolio.campaigns(), seed, permutations));
  }
}

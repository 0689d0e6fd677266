package org.alliancekit.planning;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.Map;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.marketing.Campaign;
import org.alliancekit.model.marketing.MarketingBudget;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.planning.BusinessPlan;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.alliancekit.model.relationship.Relationship;
import org.apiguardian.api.API;

/**
 * Runs every joint planning verb over a whole portfolio as of a date: {@link PlanAttainment} for
 * each plan (by plan id), {@link BudgetCycles} for each relationship whose two parties are listed
 * (by relationship id), {@link FundsLedger} for each budget (by budget id), {@link CampaignResults}
 * and {@link MindShare}. A plan or campaign the verbs cannot measure (its relationship is missing,
 * or no rate converts an amount it counts into the currency needed) is left out and reported in
 * {@link JointPlanningResult#problems()}, so that one record never stops the rest. Stateless.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class JointPlanning {
  private JointPlanning() {}

  /**
   * Analyses with the default planning lead time, seed and number of permutations.
   *
   * @throws IllegalArgumentException never for the records: see {@link #analyse(AlliancePortfolio,
   *     LocalDate, ExchangeRates, int, long, int)}
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
   * @throws IllegalArgumentException if an argument is out of range
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
    ImmutableList.Builder<Problem> problems = ImmutableList.builder();
    ImmutableList.Builder<ObjectiveAttainment> attainment = ImmutableList.builder();
    for (BusinessPlan plan :
        ImmutableList.sortedCopyOf(Comparator.comparing(BusinessPlan::id), portfolio.plans())) {
      if (portfolio.relationship(plan.relationship()).isEmpty()) {
        problems.add(
            Problem.of(
                ProblemKind.UNKNOWN_REFERENCE,
                "plan "
                    + plan.id()
                    + " is for relationship "
                    + plan.relationship()
                    + ", which is not in the portfolio; the plan is left out"));
        continue;
      }
      try {
        attainment.addAll(PlanAttainment.of(plan, portfolio, asOf, rates));
      } catch (IllegalArgumentException e) {
        problems.add(
            Problem.of(ProblemKind.CURRENCY_MISMATCH, e.getMessage() + "; the plan is left out"));
      }
    }
    ImmutableList.Builder<BudgetCycleAlignment> cycles = ImmutableList.builder();
    Map<PartnerId, Partner> partners = new HashMap<>();
    for (Partner partner : portfolio.partners()) {
      partners.putIfAbsent(partner.id(), partner);
    }
    for (Relationship relationship :
        ImmutableList.sortedCopyOf(
            Comparator.comparing(Relationship::id), portfolio.relationships())) {
      Partner host = partners.get(relationship.host());
      Partner partner = partners.get(relationship.partner());
      if (host != null && partner != null) {
        cycles.add(
            BudgetCycles.align(
                relationship.id(),
                host.fiscalYearStartMonth(),
                partner.fiscalYearStartMonth(),
                asOf,
                leadMonths));
      }
    }
    ImmutableList.Builder<FundLedger> funds = ImmutableList.builder();
    for (MarketingBudget budget :
        ImmutableList.sortedCopyOf(
            Comparator.comparing(MarketingBudget::id), portfolio.budgets())) {
      funds.add(FundsLedger.of(budget, portfolio.fundRequests(), portfolio.fundClaims()));
    }
    ImmutableList.Builder<CampaignResult> measured = ImmutableList.builder();
    for (Campaign campaign : portfolio.campaigns()) {
      try {
        measured.add(CampaignResults.of(campaign, portfolio.opportunities(), rates));
      } catch (IllegalArgumentException e) {
        problems.add(
            Problem.of(
                ProblemKind.CURRENCY_MISMATCH, e.getMessage() + "; the campaign is left out"));
      }
    }
    ImmutableList<CampaignResult> campaigns =
        ImmutableList.sortedCopyOf(CampaignResults.ORDER, measured.build());
    return new JointPlanningResult(
        asOf,
        attainment.build(),
        cycles.build(),
        funds.build(),
        campaigns,
        CampaignResults.compare(campaigns),
        MindShare.results(portfolio.surveys(), portfolio.campaigns(), seed, permutations),
        problems.build());
  }
}

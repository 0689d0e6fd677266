package org.alliancekit.planning;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import org.alliancekit.model.batch.Problem;
import org.apiguardian.api.API;

/**
 * Joint planning and marketing of a whole portfolio as of a date: one list per output file.
 * Immutable and thread-safe.
 *
 * @param asOf the date
 * @param attainment every plan's objectives ({@code plan_attainment.csv}), plan by plan
 * @param budgetCycles every relationship's budget-cycle alignment ({@code budget_cycles.csv})
 * @param funds every budget's ledger ({@code funds.csv}), with its refusals
 * @param campaigns every campaign's results ({@code campaign_results.csv})
 * @param pushPull push against pull per relationship and currency
 * @param mindShare every survey's result ({@code mindshare.csv})
 * @param problems the plans and campaigns left out, and why
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record JointPlanningResult(
    LocalDate asOf,
    ImmutableList<ObjectiveAttainment> attainment,
    ImmutableList<BudgetCycleAlignment> budgetCycles,
    ImmutableList<FundLedger> funds,
    ImmutableList<CampaignResult> campaigns,
    ImmutableList<PushPullComparison> pushPull,
    ImmutableList<SurveyResult> mindShare,
    ImmutableList<Problem> problems) {

  /** Checks that no component is null. */
  public JointPlanningResult {
    checkNotNull(asOf, "asOf");
    checkNotNull(attainment, "attainment");
    checkNotNull(budgetCycles, "budgetCycles");
    checkNotNull(funds, "funds");
    checkNotNull(campaigns, "campaigns");
    checkNotNull(pushPull, "pushPull");
    checkNotNull(mindShare, "mindShare");
    checkNotNull(problems, "problems");
  }

  /** Every refused fund request or claim, budget by budget. */
  public ImmutableList<FundRefusal> refusals() {
    return funds.stream()
        .flatMap(ledger -> ledger.refusals().stream())
        .collect(ImmutableList.toImmutableList());
  }

  /** The budget-cycle alignments that are misaligned: one finding each. */
  public ImmutableList<BudgetCycleAlignment> misalignedCycles() {
    return budgetCycles.stream()
        .filter(BudgetCycleAlignment::isMisaligned)
        .collect(ImmutableList.toImmutableList());
  }
}

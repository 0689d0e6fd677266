package org.alliancekit.programme;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.time.LocalDate;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.apiguardian.api.API;

/**
 * Everything {@link PartnerProgramme#analyse} derives about a partner programme on one day.
 * Immutable and thread-safe.
 *
 * @param asOf the day
 * @param qualifications each partner's tier standing, in the order of the partners
 * @param tierCoverage each tier's required competencies and who holds them
 * @param competencyCounts the partners holding each competency
 * @param expiring the competencies expiring within {@link PartnerProgramme#EXPIRY_WINDOW}
 * @param payouts the payout lines of every incentive
 * @param payoutTotals the payouts per currency
 * @param coverage each customer segment's coverage
 * @param matches the top partners for each account with an open deal and no partner
 * @param solutionResults per solution, then the deals that name none
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record ProgrammeAnalysis(
    LocalDate asOf,
    ImmutableList<TierQualification> qualifications,
    ImmutableList<Competencies.TierCoverage> tierCoverage,
    ImmutableList<Competencies.Count> competencyCounts,
    ImmutableList<Competencies.Expiring> expiring,
    ImmutableList<Payout> payouts,
    ImmutableMap<CurrencyUnit, MonetaryAmount> payoutTotals,
    ImmutableList<SegmentCoverage> coverage,
    ImmutableList<PartnerMatch> matches,
    ImmutableList<SolutionResult> solutionResults) {

  /** Checks that nothing is null. */
  public ProgrammeAnalysis {
    checkNotNull(asOf, "asOf");
    checkNotNull(qualifications, "qualifications");
    checkNotNull(tierCoverage, "tierCoverage");
    checkNotNull(competencyCounts, "competencyCounts");
    checkNotNull(expiring, "expiring");
    checkNotNull(payouts, "payouts");
    checkNotNull(payoutTotals, "payoutTotals");
    checkNotNull(coverage, "coverage");
    checkNotNull(matches, "matches");
    checkNotNull(solutionResults, "solutionResults");
  }

  /** The partners below their assigned tier: each a {@code TIER_AT_RISK} finding. */
  public ImmutableList<TierQualification> atRisk() {
    return TierQualifications.atRisk(qualifications);
  }
}

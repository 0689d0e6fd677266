package org.alliancekit.programme;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.time.LocalDate;
import java.time.Period;
import java.util.Map;
import javax.money.CurrencyUnit;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.apiguardian.api.API;

/**
 * The single entry point of the module: every verb of the partner programme over one portfolio on
 * one day. Each verb can also be called on its own. A stateless utility.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class PartnerProgramme {
  /** The window of {@link ProgrammeAnalysis#expiring()}: 90 days. */
  public static final Period EXPIRY_WINDOW = Period.ofDays(90);

  private PartnerProgramme() {}

  /**
   * Analyses the programme of {@code portfolio} on {@code asOf}.
   *
   * @param currency the currency of the segment coverage and the solution results
   * @param rates converts deal currencies into {@code currency}, the tiers' and the rebate
   *     thresholds' currencies
   * @param scores the latest overall score in [0, 1] of each assessed partner, as the caller's
   *     scoring gives it (this module depends on the model only)
   * @throws IllegalArgumentException if two tiers share a name or rank, or a needed exchange rate
   *     is missing
   */
  public static ProgrammeAnalysis analyse(
      AlliancePortfolio portfolio,
      LocalDate asOf,
      CurrencyUnit currency,
      ExchangeRates rates,
      Map<PartnerId, Double> scores) {
    checkNotNull(portfolio, "portfolio");
    checkNotNull(asOf, "asOf");
    checkNotNull(currency, "currency");
    checkNotNull(rates, "rates");
    checkNotNull(scores, "scores");
    ImmutableList<Payout> payouts = Payouts.all(portfolio, asOf, rates);
    return new ProgrammeAnalysis(
        asOf,
        TierQualifications.qualifyAll(portfolio, asOf, rates, scores),
        Competencies.tierCoverage(portfolio, asOf),
        Competencies.counts(portfolio, asOf),
        Competencies.expiring(portfolio, asOf, EXPIRY_WINDOW),
        payouts,
        Payouts.totals(payouts),
        SegmentCoverages.of(portfolio, asOf, currency, rates),
        PartnerMatching.forOpenDirectDeals(portfolio, asOf, scores),
        SolutionResults.of(portfolio, asOf, currency, rates));
  }
}

package org.alliancekit.programme;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import java.math.BigDecimal;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.pipeline.SolutionId;
import org.apiguardian.api.API;

/**
 * The results of the deals of one solution, or of the deals that name no solution, as {@link
 * SolutionResults} derives them; the row of the report's {@code solution_results.csv} ({@code
 * solution_id,deals,won,lost,win_rate,won_revenue,currency,average_won,average_cycle_days,
 * teaming_partners}).
 *
 * <p>Rules: the counts are not negative and won plus lost is at most the deals; there is a win rate
 * exactly when a deal closed, and an average won deal and cycle exactly when one was won; the
 * amounts share one currency. Immutable and thread-safe.
 *
 * @param solution the solution; empty for the deals that name none
 * @param deals the deals created on or before the day asked about
 * @param won those won on or before the day
 * @param lost those lost on or before the day
 * @param winRate won over won plus lost, to four decimal places, if any closed
 * @param wonRevenue the won deals' amounts, converted and rounded once
 * @param averageWon the won revenue over the won deals, rounded once, if any was won
 * @param averageCycleDays the mean days from creation to close of the won deals, to one decimal
 *     place, if any was won
 * @param teamingPartners the number of distinct partners that worked its deals, the host left out
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SolutionResult(
    Optional<SolutionId> solution,
    int deals,
    int won,
    int lost,
    Optional<BigDecimal> winRate,
    MonetaryAmount wonRevenue,
    Optional<MonetaryAmount> averageWon,
    Optional<BigDecimal> averageCycleDays,
    int teamingPartners) {

  /** Validates the rules above. */
  public SolutionResult {
    checkNotNull(solution, "solution");
    checkNotNull(winRate, "winRate");
    checkNotNull(wonRevenue, "wonRevenue");
    checkNotNull(averageWon, "averageWon");
    checkNotNull(averageCycleDays, "averageCycleDays");
    checkArgument(
        won >= 0 && lost >= 0 && teamingPartners >= 0 && won + lost <= deals,
        "solution %s has %s deals, %s won, %s lost and %s teaming partners",
        solution,
        deals,
        won,
        lost,
        teamingPartners);
    checkArgument(
        winRate.isPresent() == (won + lost > 0), "win rate %s for %s closed", winRate, won + lost);
    checkArgument(
        averageWon.isPresent() == (won > 0) && averageCycleDays.isPresent() == (won > 0),
        "averages must be given exactly when a deal was won");
    checkArgument(
        averageWon.map(a -> a.getCurrency().equals(wonRevenue.getCurrency())).orElse(true),
        "average won %s must be in the currency of the won revenue %s",
        averageWon,
        wonRevenue);
  }

  /** The currency of the amounts. */
  public CurrencyUnit currency() {
    return wonRevenue.getCurrency();
  }
}

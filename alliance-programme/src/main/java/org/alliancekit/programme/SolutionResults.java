package org.alliancekit.programme;

import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.CurrencyUnit;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.money.MinorUnits;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.pipeline.SolutionId;
import org.alliancekit.model.portfolio.AlliancePortfolio;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Solutions as teaming catalysts: per solution, its deals, wins, losses, win rate, won revenue,
 * average won deal and cycle, and the number of distinct partners that teamed on it, compared with
 * the deals that name no solution.
 *
 * <p>As of a day: a deal counts when created on or before it, is won or lost when it closed ({@link
 * Opportunity#closeDate()}) on or before it. Won revenue is converted exactly into the currency
 * given and rounded once; the average won deal is the exact sum over the wins, rounded once ({@link
 * MinorUnits#divide}); the cycle of a won deal is the days from its creation to its close. A
 * stateless utility.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class SolutionResults {
  private SolutionResults() {}

  /** The running figures of one solution. */
  private static final class Figures {
    int deals;
    int won;
    int lost;
    BigDecimal revenue = BigDecimal.ZERO;
    long cycleDays;
    final Set<PartnerId> partners = new HashSet<>();
  }

  /**
   * One result per solution of the portfolio, in its order, then one for the deals that name no
   * solution.
   *
   * @throws IllegalArgumentException if no rate converts a won deal's currency into {@code
   *     currency}
   */
  public static ImmutableList<SolutionResult> of(
      AlliancePortfolio portfolio, LocalDate asOf, CurrencyUnit currency, ExchangeRates rates) {
    checkNotNull(portfolio, "portfolio");
    checkNotNull(asOf, "asOf");
    checkNotNull(currency, "currency");
    checkNotNull(rates, "rates");
    Map<Optional<SolutionId>, Figures> figures = new LinkedHashMap<>();
    for (Solution solution : portfolio.solutions()) {
      figures.putIfAbsent(Optional.of(solution.id()), new Figures());
    }
    figures.put(Optional.empty(), new Figures());
    for (Opportunity opportunity : portfolio.opportunities()) {
      if (!Deals.exists(opportunity, asOf)) {
        continue;
      }
      Figures of =
          figures.computeIfAbsent(opportunity.solution().map(Solution::id), id -> new Figures());
      of.deals++;
      Deals.addPartnersOf(opportunity, portfolio.host(), of.partners);
      if (Deals.won(opportunity, asOf)) {
        of.won++;
        of.revenue = of.revenue.add(Deals.convert(opportunity, currency, rates));
        of.cycleDays += ChronoUnit.DAYS.between(opportunity.created(), opportunity.closeDate());
      } else if (Deals.lost(opportunity, asOf)) {
        of.lost++;
      }
    }
    ImmutableList.Builder<SolutionResult> results = ImmutableList.builder();
    figures.forEach(
        (solution, of) -> {
          BigDecimal won = BigDecimal.valueOf(of.won);
          int closed = of.won + of.lost;
          results.add(
              new SolutionResult(
                  solution,
                  of.deals,
                  of.won,
                  of.lost,
                  closed == 0
                      ? Optional.empty()
                      : Optional.of(
                          won.divide(BigDecimal.valueOf(closed), 4, RoundingMode.HALF_EVEN)),
                  Money.of(MinorUnits.round(of.revenue, currency), currency),
                  of.won == 0
                      ? Optional.empty()
                      : Optional.of(
                          Money.of(MinorUnits.divide(of.revenue, won, currency), currency)),
                  of.won == 0
                      ? Optional.empty()
                      : Optional.of(
                          BigDecimal.valueOf(of.cycleDays).divide(won, 1, RoundingMode.HALF_EVEN)),
                  of.partners.size()));
        });
    return results.build();
  }
}

package org.alliancekit.attribution.stacking;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableTable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.attribution.MoneySplit;
import org.alliancekit.model.money.Apportionment;
import org.alliancekit.model.money.DecimalLimit;
import org.alliancekit.model.money.MinorUnits;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Contribution;
import org.alliancekit.model.pipeline.ContributionKind;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Solution;
import org.apiguardian.api.API;
import org.javamoney.moneta.Money;

/**
 * Value stacking for one deal: a company that works with several partners on the same deal (a
 * systems integrator reselling an ISV's or OEM's product, going to market jointly with them and
 * with the platform vendor) adds up resale margin, joint go-to-market value and platform
 * contribution, per partner and overall.
 *
 * <p><b>Rounding.</b> Entries are summed exactly per partner and kind; the exact total is rounded
 * half-even to the currency's minor unit once, and the cells are then fitted to it by the largest
 * remainder method (as in {@link MoneySplit#proportional}, ties to the first partner in id order,
 * then the first kind in declaration order). So every cell, every partner total and every kind
 * total is in whole minor units, and they all add up exactly to the rounded total.
 *
 * <p><b>From solutions.</b> {@link #fromSolutions} derives the entries instead of taking them: from
 * the contributions of each {@link Solution} and the deals won with it over twelve months, per
 * solution and currency.
 *
 * <p>Stateless and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class ValueStacking {
  private ValueStacking() {}

  /**
   * Stacks the value of one deal.
   *
   * @throws IllegalArgumentException if there are no entries or they are in different currencies
   */
  public static ValueStack stack(Collection<StackEntry> entries) {
    checkNotNull(entries, "entries");
    checkArgument(!entries.isEmpty(), "deal has no value entries to stack");
    CurrencyUnit currency = null;
    Map<PartnerId, Map<ValueComponent, BigDecimal>> exact = new TreeMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (StackEntry entry : entries) {
      checkNotNull(entry, "entry");
      CurrencyUnit own = entry.amount().getCurrency();
      if (currency == null) {
        currency = own;
      }
      checkArgument(
          own.equals(currency),
          "%s %s from partner %s is in %s, not in %s like the first entry",
          entry.component(),
          entry.amount(),
          entry.party(),
          own,
          currency);
      BigDecimal amount = DecimalLimit.number("amount", entry.amount());
      exact
          .computeIfAbsent(entry.party(), p -> new TreeMap<>())
          .merge(entry.component(), amount, BigDecimal::add);
      total = total.add(amount);
    }
    MonetaryAmount rounded = Money.of(MinorUnits.round(total, currency), currency);
    List<PartnerId> parties = new ArrayList<>();
    List<ValueComponent> components = new ArrayList<>();
    List<BigDecimal> weights = new ArrayList<>();
    exact.forEach(
        (party, cells) ->
            cells.forEach(
                (component, amount) -> {
                  parties.add(party);
                  components.add(component);
                  weights.add(amount);
                }));
    List<MonetaryAmount> parts = Apportionment.split(rounded, weights);
    ImmutableTable.Builder<PartnerId, ValueComponent, MonetaryAmount> table =
        ImmutableTable.<PartnerId, ValueComponent, MonetaryAmount>builder()
            .orderRowsBy(Comparator.naturalOrder())
            .orderColumnsBy(Comparator.naturalOrder());
    for (int i = 0; i < parts.size(); i++) {
      table.put(parties.get(i), components.get(i), parts.get(i));
    }
    return new ValueStack(table.buildOrThrow(), rounded);
  }

  /**
   * Derives the value stacked on each solution from its won deals, per solution and currency, and
   * compares it with what each contributor would bring alone (see {@link SolutionStack}).
   *
   * <p><b>Deals counted.</b> A deal counts when it is won ({@link Opportunity#outcome()}), names a
   * solution and closed in the twelve months up to {@code asOf}: {@code asOf.minusYears(1) <
   * closeDate <= asOf} (a year before 29 February is 28 February). Its close date is the date of
   * the first change into a closed stage (won or lost) in its stage history, or its expected close
   * date when the history has none. Open and lost deals, deals closed outside the window and deals
   * without a solution are ignored. A counted deal whose solution is not among {@code solutions}
   * (by id) is not stacked but reported as an {@link
   * org.alliancekit.model.batch.ProblemKind#UNKNOWN_REFERENCE UNKNOWN_REFERENCE} problem at its row
   * (the deal's position in {@code opportunities}). The contributions are those of the solution as
   * given in {@code solutions}, not of the copy the deal carries.
   *
   * <p><b>Currencies.</b> Deals are grouped by the currency of their amount and never converted: a
   * solution sold in EUR and in USD has two stacks.
   *
   * <p><b>Components</b>, with <i>won revenue</i> the exact sum of the amounts of the counted deals
   * of the solution in the currency. A contributor of several kinds gets each of their components.
   *
   * <ul>
   *   <li>{@link ContributionKind#RESALE} gives {@link ValueComponent#RESALE_MARGIN}: won revenue
   *       times {@link Contribution#marginPercent()} / 100. Without a known margin it is zero, and
   *       {@link SolutionStack#notes()} says so.
   *   <li>{@link ContributionKind#JOINT_GO_TO_MARKET} gives {@link
   *       ValueComponent#JOINT_GO_TO_MARKET}: the revenue gone to market jointly with the party,
   *       that is the sum of the amounts of the counted deals that the party owns or is involved
   *       in, in any role ({@link Opportunity#owner()}, {@link Opportunity#partners()}); each deal
   *       once.
   *   <li>{@link ContributionKind#PLATFORM} gives {@link ValueComponent#PLATFORM}: the revenue the
   *       platform pulled through, the whole won revenue.
   *   <li>{@link ContributionKind#SERVICES} is not valued: the party is listed in {@link
   *       SolutionStack#services()}.
   * </ul>
   *
   * <p><b>Rounding.</b> Every component is computed exactly; the stack is then formed by {@link
   * #stack}, which rounds its total once, half to even, to the currency's minor unit and fits the
   * cells to it. Each alone value and the won revenue are rounded once, half to even, on their own
   * ({@link MinorUnits#round(BigDecimal, CurrencyUnit)}).
   *
   * <p>A solution has one {@link SolutionStack} per currency in which it has counted deals, and
   * none without. Runs in one pass over the deals, each summed into a map sorted by solution and
   * currency: {@code O(n log s)} for {@code n} deals and {@code s} stacks, plus the deals' own
   * stage histories and involvements. The result depends on neither the order of the solutions nor
   * that of the deals, except for the rows of the problems.
   *
   * @param solutions the solutions to stack, each id once
   * @param opportunities the deals, of any outcome and date
   * @param asOf the last day of the twelve-month window
   * @return the stacks ordered by solution id, then currency code, and the problems in input order
   * @throws IllegalArgumentException if two solutions have the same id
   * @throws NullPointerException if an argument is null or contains null
   */
  public static SolutionStacks fromSolutions(
      Collection<Solution> solutions, Collection<Opportunity> opportunities, LocalDate asOf) {
    return SolutionDerivation.derive(solutions, opportunities, asOf);
  }
}

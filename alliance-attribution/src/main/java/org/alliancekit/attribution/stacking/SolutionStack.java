package org.alliancekit.attribution.stacking;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import com.google.common.collect.ImmutableSortedSet;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Optional;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.pipeline.SolutionId;
import org.apiguardian.api.API;

/**
 * The value stacked on one {@link Solution} by its won deals in one currency, and what each
 * contributor would bring alone; one of the results of {@link
 * ValueStacking#fromSolutions(Collection, Collection, LocalDate)}, which defines the deals counted
 * and each component.
 *
 * <p><b>Stacked and alone.</b> {@link #stackedTotal()} is the value of all contributors together:
 * the total of {@link #stack()}. A contributor's {@linkplain #alone() alone value} is what the
 * alliance between the host and that one contributor would bring without the others: the
 * contributor's own components (resale margin, joint go-to-market, platform) added up exactly and
 * rounded once, half to even, to the currency's minor unit. It is the same figure as the
 * contributor's row of {@link ValueStack#byParty()} except for rounding: the stack's cells are
 * fitted to its rounded total (see {@link ValueStacking#stack}), the alone value is rounded on its
 * own, so the two may differ by a minor unit. Since every component is zero or more, no alone value
 * exceeds the stacked total; {@link #gainOver(PartnerId)} is the difference.
 *
 * <p><b>Proposed file {@code value_stacks.csv}</b>, one row per (solution, currency, party,
 * component), rows ordered by solution id, currency code, party id and component (in the order
 * {@code RESALE_MARGIN}, {@code JOINT_GO_TO_MARKET}, {@code PLATFORM}, {@code SERVICES}); amounts
 * as plain decimals to the currency's minor unit:
 *
 * <table>
 *   <caption>Columns of value_stacks.csv</caption>
 *   <tr><th>column</th><th>value</th></tr>
 *   <tr><td>solution_id</td><td>{@link #solution()}</td></tr>
 *   <tr><td>solution_name</td><td>{@link #name()}</td></tr>
 *   <tr><td>currency</td><td>ISO code of {@link #currency()}</td></tr>
 *   <tr><td>won_deals</td><td>{@link #wonDeals()}</td></tr>
 *   <tr><td>won_revenue</td><td>{@link #wonRevenue()}</td></tr>
 *   <tr><td>party_id</td><td>the contributor</td></tr>
 *   <tr><td>component</td><td>a {@link ValueComponent}, or {@code SERVICES} for a party listed in
 *       {@link #services()}</td></tr>
 *   <tr><td>amount</td><td>the party's cell of {@link #stack()} for that component; empty for
 *       {@code SERVICES}, which is not valued</td></tr>
 *   <tr><td>stacked_total</td><td>{@link #stackedTotal()}, repeated on each row of the
 *       solution and currency</td></tr>
 *   <tr><td>alone_total</td><td>the party's value in {@link #alone()}, repeated on each of its
 *       rows; empty for a party that only contributes services</td></tr>
 * </table>
 *
 * <p>Immutable and thread-safe.
 *
 * @param solution the solution's id
 * @param name the solution's name
 * @param currency the currency of the deals and of every amount here
 * @param wonDeals how many won deals of the solution in this currency closed in the window; one or
 *     more
 * @param wonRevenue the sum of their amounts, rounded half to even to the minor unit
 * @param stack the value stacked by the contributors, per party and component; empty when no
 *     contributor contributes anything valued (only {@code SERVICES})
 * @param stackedTotal the total of the stack, or zero without one
 * @param alone each valued contributor's alone value, parties in id order
 * @param services the parties that contribute {@code SERVICES}, listed but not valued, in id order
 * @param notes what the reader of the figures should know, such as a resale counted without margin
 */
@API(status = EXPERIMENTAL, since = "0.1")
public record SolutionStack(
    SolutionId solution,
    String name,
    CurrencyUnit currency,
    int wonDeals,
    MonetaryAmount wonRevenue,
    Optional<ValueStack> stack,
    MonetaryAmount stackedTotal,
    ImmutableMap<PartnerId, MonetaryAmount> alone,
    ImmutableSet<PartnerId> services,
    ImmutableList<String> notes) {

  /**
   * Validates the stack and puts the parties in id order.
   *
   * @throws IllegalArgumentException if there is no won deal, an amount is negative or in another
   *     currency, the stacked total is not the stack's, or a party of the stack has no alone value
   */
  public SolutionStack {
    checkNotNull(solution, "solution must not be null");
    checkNotNull(name, "name must not be null");
    checkNotNull(currency, "currency must not be null");
    checkNotNull(wonRevenue, "wonRevenue must not be null");
    checkNotNull(stack, "stack must not be null");
    checkNotNull(stackedTotal, "stackedTotal must not be null");
    checkNotNull(alone, "alone must not be null");
    checkNotNull(services, "services must not be null");
    checkNotNull(notes, "notes must not be null");
    alone = ImmutableSortedMap.copyOf(alone);
    services = ImmutableSortedSet.copyOf(services);
    checkArgument(
        wonDeals >= 1,
        "solution %s in %s must have at least one won deal, has %s",
        solution,
        currency,
        wonDeals);
    checkAmount(solution, "won revenue", wonRevenue, currency);
    checkAmount(solution, "stacked total", stackedTotal, currency);
    for (var entry : alone.entrySet()) {
      checkAmount(solution, "alone value of " + entry.getKey(), entry.getValue(), currency);
    }
    if (stack.isPresent()) {
      ValueStack cells = stack.get();
      checkArgument(
          cells.total().isEqualTo(stackedTotal),
          "stacked total %s of solution %s is not the total %s of its stack",
          stackedTotal,
          solution,
          cells.total());
      for (PartnerId party : cells.cells().rowKeySet()) {
        checkArgument(
            alone.containsKey(party),
            "partner %s stacks value on solution %s in %s but has no alone value",
            party,
            solution,
            currency);
      }
    } else {
      checkArgument(
          stackedTotal.isZero() && alone.isEmpty(),
          "solution %s in %s has no stack, so its stacked total %s must be zero and it can have"
              + " no alone values, has %s",
          solution,
          currency,
          stackedTotal,
          alone.keySet());
    }
  }

  private static void checkAmount(
      SolutionId solution, String field, MonetaryAmount amount, CurrencyUnit currency) {
    checkNotNull(amount, "%s of solution %s must not be null", field, solution);
    checkArgument(
        amount.getCurrency().equals(currency),
        "%s %s of solution %s is not in %s",
        field,
        amount,
        solution,
        currency);
    checkArgument(
        !amount.isNegative(), "%s %s of solution %s must not be negative", field, amount, solution);
  }

  /**
   * How much more the stacked value is than what {@code party} would bring alone: {@link
   * #stackedTotal()} minus its {@linkplain #alone() alone value}; zero or more.
   *
   * @throws IllegalArgumentException if the party contributes no valued component
   */
  public MonetaryAmount gainOver(PartnerId party) {
    checkNotNull(party, "party");
    MonetaryAmount own = alone.get(party);
    checkArgument(
        own != null,
        "partner %s contributes no valued component to solution %s; valued are %s",
        party,
        solution,
        alone.keySet());
    return stackedTotal.subtract(own);
  }
}

package org.alliancekit.attribution.stacking;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.money.DecimalLimit;
import org.alliancekit.model.money.MinorUnits;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Contribution;
import org.alliancekit.model.pipeline.ContributionKind;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Outcome;
import org.alliancekit.model.pipeline.Solution;
import org.alliancekit.model.pipeline.SolutionId;
import org.javamoney.moneta.Money;

/**
 * The derivation behind {@link ValueStacking#fromSolutions}: one pass over the deals, summing per
 * solution and currency, then one stack per sum. The rules are documented there.
 */
final class SolutionDerivation {
  private SolutionDerivation() {}

  static SolutionStacks derive(
      Collection<Solution> solutions, Collection<Opportunity> opportunities, LocalDate asOf) {
    checkNotNull(solutions, "solutions");
    checkNotNull(opportunities, "opportunities");
    checkNotNull(asOf, "asOf");
    Map<SolutionId, Solution> byId = new HashMap<>();
    Map<SolutionId, ImmutableSet<PartnerId>> jointSellers = new HashMap<>();
    for (Solution solution : solutions) {
      checkNotNull(solution, "solutions must not contain null");
      checkArgument(
          byId.putIfAbsent(solution.id(), solution) == null,
          "solution id %s is given more than once; each solution must be given once",
          solution.id());
      jointSellers.put(solution.id(), solution.contributorsOf(ContributionKind.JOINT_GO_TO_MARKET));
    }
    LocalDate from = asOf.minusYears(1);
    Map<SolutionId, Map<CurrencyUnit, Tally>> tallies = new TreeMap<>();
    List<Problem> problems = new ArrayList<>();
    long row = -1;
    for (Opportunity deal : opportunities) {
      row++;
      checkNotNull(deal, "opportunities must not contain null, found one at position %s", row);
      if (deal.outcome() != Outcome.WON || deal.solution().isEmpty()) {
        continue;
      }
      LocalDate closed = deal.closeDate();
      if (!closed.isAfter(from) || closed.isAfter(asOf)) {
        continue;
      }
      SolutionId id = deal.solution().get().id();
      String key = deal.id().value();
      Solution solution = byId.get(id);
      if (solution == null) {
        problems.add(
            Problem.atRow(
                row,
                key,
                ProblemKind.UNKNOWN_REFERENCE,
                "won deal "
                    + key
                    + " (closed on "
                    + closed
                    + ", "
                    + Amounts.text(deal.amount())
                    + ") sells solution "
                    + id
                    + ", which is not among the given solutions, so it is left out of the value"
                    + " stacks"));
        continue;
      }
      tallies
          .computeIfAbsent(id, s -> new TreeMap<>(Amounts.BY_CODE))
          .computeIfAbsent(deal.currency(), c -> new Tally())
          .add(deal, jointSellers.get(id));
    }
    ImmutableList.Builder<SolutionStack> stacks = ImmutableList.builder();
    tallies.forEach(
        (id, byCurrency) ->
            byCurrency.forEach(
                (currency, tally) -> stacks.add(stack(byId.get(id), currency, tally))));
    return new SolutionStacks(stacks.build(), ImmutableList.copyOf(problems));
  }

  private static SolutionStack stack(Solution solution, CurrencyUnit currency, Tally tally) {
    MonetaryAmount revenue = Money.of(tally.revenue, currency);
    List<StackEntry> entries = new ArrayList<>();
    Map<PartnerId, BigDecimal> alone = new LinkedHashMap<>();
    ImmutableSet.Builder<PartnerId> services = ImmutableSet.builder();
    ImmutableList.Builder<String> notes = ImmutableList.builder();
    for (Contribution contribution : solution.contributions()) {
      PartnerId party = contribution.party();
      List<StackEntry> own = new ArrayList<>();
      if (contribution.includes(ContributionKind.RESALE)) {
        if (contribution.marginPercent().isPresent()) {
          BigDecimal rate = contribution.marginPercent().get().movePointLeft(2);
          own.add(StackEntry.resaleMargin(party, revenue, rate));
        } else {
          own.add(StackEntry.of(party, ValueComponent.RESALE_MARGIN, zero(currency)));
          notes.add(
              "partner "
                  + party
                  + " resells solution "
                  + solution.id()
                  + " without a known margin, so its resale margin is counted as zero");
        }
      }
      if (contribution.includes(ContributionKind.JOINT_GO_TO_MARKET)) {
        BigDecimal joint = tally.jointRevenue.getOrDefault(party, BigDecimal.ZERO);
        own.add(StackEntry.jointGoToMarket(party, Money.of(joint, currency)));
      }
      if (contribution.includes(ContributionKind.PLATFORM)) {
        own.add(StackEntry.platform(party, revenue));
      }
      if (contribution.includes(ContributionKind.SERVICES)) {
        services.add(party);
      }
      if (!own.isEmpty()) {
        BigDecimal sum = BigDecimal.ZERO;
        for (StackEntry entry : own) {
          sum = sum.add(DecimalLimit.number("amount", entry.amount()));
        }
        alone.put(party, sum);
        entries.addAll(own);
      }
    }
    Optional<ValueStack> stack =
        entries.isEmpty() ? Optional.empty() : Optional.of(ValueStacking.stack(entries));
    ImmutableMap.Builder<PartnerId, MonetaryAmount> aloneValues = ImmutableMap.builder();
    alone.forEach(
        (party, sum) ->
            aloneValues.put(party, Money.of(MinorUnits.round(sum, currency), currency)));
    return new SolutionStack(
        solution.id(),
        solution.name(),
        currency,
        tally.deals,
        Money.of(MinorUnits.round(tally.revenue, currency), currency),
        stack,
        stack.map(ValueStack::total).orElseGet(() -> zero(currency)),
        aloneValues.buildOrThrow(),
        services.build(),
        notes.build());
  }

  private static MonetaryAmount zero(CurrencyUnit currency) {
    return Money.of(MinorUnits.round(BigDecimal.ZERO, currency), currency);
  }

  private static BigDecimal number(Opportunity deal) {
    return Amounts.number(deal.amount());
  }

  /** The won deals of one solution in one currency, summed exactly. */
  private static final class Tally {
    int deals;
    BigDecimal revenue = BigDecimal.ZERO;

    /** Per joint go-to-market contributor, the revenue of the deals it owns or is involved in. */
    final Map<PartnerId, BigDecimal> jointRevenue = new HashMap<>();

    void add(Opportunity deal, ImmutableSet<PartnerId> jointSellers) {
      BigDecimal amount = number(deal);
      deals++;
      revenue = revenue.add(amount);
      if (jointSellers.isEmpty()) {
        return;
      }
      if (jointSellers.contains(deal.owner())) {
        jointRevenue.merge(deal.owner(), amount, BigDecimal::add);
      }
      for (PartnerId partner : deal.partners()) {
        if (jointSellers.contains(partner)) {
          jointRevenue.merge(partner, amount, BigDecimal::add);
        }
      }
    }
  }
}

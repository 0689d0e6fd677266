package org.alliancekit.pipeline.mapping;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Outcome;
import org.apiguardian.api.API;

/**
 * Maps two parties' accounts onto each other: which customers both have, which one has as a
 * customer and the other as a prospect, and what open business each side has on them.
 *
 * <p>Accounts match when they share a {@link MatchKey} (a normalised name or domain) made by the
 * mapping's {@link MatchKeyProducer}. Matching is transitive, on either side: two records of the
 * same party that share a key (duplicates) end up in the same match, together with everything
 * either matches on the other side. Each group of matched accounts becomes one {@link
 * AccountMatch}, so each account lands in exactly one {@link MappingCell}. A side counts as a
 * customer of the group when any of its accounts in the group is a customer, as a prospect
 * otherwise.
 *
 * <p>Open opportunities (those whose outcome is {@link Outcome#OPEN}) are counted and valued per
 * side and per currency: exact sums, no conversion, no rounding. Mapping is symmetric: {@code
 * map(b, a)} equals {@code map(a, b).mirror()}.
 *
 * <pre>{@code
 * AccountMap map = AccountMapping.using(MatchKeyProducer.plain()).map(hostBook, partnerBook);
 * CellSummary both = map.cell(MappingCell.CUSTOMER_OF_BOTH);
 * }</pre>
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class AccountMapping {
  private final MatchKeyProducer keys;

  private AccountMapping(MatchKeyProducer keys) {
    this.keys = keys;
  }

  /** Returns a mapping that matches accounts on the keys of {@code keys}. */
  public static AccountMapping using(MatchKeyProducer keys) {
    return new AccountMapping(checkNotNull(keys, "keys"));
  }

  /**
   * Maps the {@code left} party's accounts onto the {@code right} party's.
   *
   * @throws IllegalArgumentException if both books belong to the same party
   */
  public AccountMap map(AccountBook left, AccountBook right) {
    checkNotNull(left, "left");
    checkNotNull(right, "right");
    checkArgument(
        !left.party().equals(right.party()),
        "account mapping needs two different parties, got %s twice",
        left.party());
    int leftSize = left.entries().size();
    List<AccountEntry> entries = new ArrayList<>(left.entries());
    entries.addAll(right.entries());
    List<ImmutableSet<MatchKey>> entryKeys = keys.keysOf(entries);
    AccountMap.Builder map = AccountMap.builder().leftParty(left.party()).rightParty(right.party());
    for (List<Integer> group : MatchKeyProducer.Groups.of(entryKeys).members()) {
      Side leftSide = new Side();
      Side rightSide = new Side();
      for (int index : group) {
        (index < leftSize ? leftSide : rightSide).add(entries.get(index));
      }
      map.addMatches(
          AccountMatch.builder()
              .cell(MappingCell.of(leftSide.status(), rightSide.status()))
              .left(leftSide.accounts.build())
              .right(rightSide.accounts.build())
              .leftOpen(leftSide.open())
              .rightOpen(rightSide.open())
              .leftOpenValue(leftSide.value())
              .rightOpenValue(rightSide.value())
              .build());
    }
    return map.build();
  }

  @Override
  public String toString() {
    return "AccountMapping{" + keys + "}";
  }

  /** One side's part of a group of matched accounts. */
  private static final class Side {
    final ImmutableList.Builder<AccountId> accounts = ImmutableList.builder();
    boolean any;
    // Made at the side's first open opportunity: most accounts have none.
    TreeSet<OpportunityId> open;
    Map<CurrencyUnit, BigDecimal> value;
    boolean customer;

    void add(AccountEntry entry) {
      accounts.add(entry.account().id());
      any = true;
      customer |= entry.status() == AccountStatus.CUSTOMER;
      for (Opportunity opportunity : entry.opportunities()) {
        if (opportunity.outcome() == Outcome.OPEN) {
          if (open == null) {
            open = new TreeSet<>();
            value = new HashMap<>();
          }
          open.add(opportunity.id());
          Amounts.add(value, opportunity.amount());
        }
      }
    }

    Optional<AccountStatus> status() {
      if (!any) {
        return Optional.empty();
      }
      return Optional.of(customer ? AccountStatus.CUSTOMER : AccountStatus.PROSPECT);
    }

    ImmutableList<OpportunityId> open() {
      return open == null ? ImmutableList.of() : ImmutableList.copyOf(open);
    }

    ImmutableMap<CurrencyUnit, MonetaryAmount> value() {
      return value == null ? ImmutableMap.of() : Amounts.toAmounts(value);
    }
  }
}

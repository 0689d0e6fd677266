package org.alliancekit.pipeline.mapping;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
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
    List<AccountEntry> entries = new ArrayList<>(leftSize + right.entries().size());
    entries.addAll(left.entries());
    entries.addAll(right.entries());
    MatchKeyProducer.Groups groups = MatchKeyProducer.Groups.of(keys.keysOf(entries));
    AccountMatch[] matches = new AccountMatch[groups.count()];
    for (int group = 0; group < groups.count(); group++) {
      // A group's members are in index order: its left entries first.
      int from = groups.start(group);
      int to = groups.start(group + 1);
      int split = from;
      while (split < to && groups.member(split) < leftSize) {
        split++;
      }
      Side leftSide = new Side(entries, groups, from, split);
      Side rightSide = new Side(entries, groups, split, to);
      matches[group] =
          ImmutableAccountMatch.of(
              MappingCell.of(leftSide.status(), rightSide.status()),
              leftSide.accounts,
              rightSide.accounts,
              leftSide.open(),
              rightSide.open(),
              leftSide.value(),
              rightSide.value());
    }
    // Sorted here, the map finds its matches in order and keeps them as they are.
    AccountMap.sortDisjoint(matches);
    return AccountMap.builder()
        .leftParty(left.party())
        .rightParty(right.party())
        .matches(Arrays.asList(matches))
        .build();
  }

  @Override
  public String toString() {
    return "AccountMapping{" + keys + "}";
  }

  private static final Optional<AccountStatus> CUSTOMER = Optional.of(AccountStatus.CUSTOMER);
  private static final Optional<AccountStatus> PROSPECT = Optional.of(AccountStatus.PROSPECT);

  /** One side's part of a group of matched accounts. */
  private static final class Side {
    final ImmutableList<AccountId> accounts;
    // Made at the side's first open opportunity: most accounts have none.
    TreeSet<OpportunityId> open;
    Map<CurrencyUnit, BigDecimal> value;
    boolean customer;

    /** The side of the entries at positions {@code from} to {@code to - 1} of the groups. */
    Side(List<AccountEntry> entries, MatchKeyProducer.Groups groups, int from, int to) {
      if (to == from) {
        accounts = ImmutableList.of();
        return;
      }
      if (to - from == 1) {
        AccountEntry entry = entries.get(groups.member(from));
        accounts = ImmutableList.of(entry.account().id());
        add(entry);
        return;
      }
      ImmutableList.Builder<AccountId> ids = ImmutableList.builderWithExpectedSize(to - from);
      for (int m = from; m < to; m++) {
        AccountEntry entry = entries.get(groups.member(m));
        ids.add(entry.account().id());
        add(entry);
      }
      accounts = ids.build();
    }

    private void add(AccountEntry entry) {
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
      if (accounts.isEmpty()) {
        return Optional.empty();
      }
      return customer ? CUSTOMER : PROSPECT;
    }

    ImmutableList<OpportunityId> open() {
      return open == null ? ImmutableList.of() : ImmutableList.copyOf(open);
    }

    ImmutableMap<CurrencyUnit, MonetaryAmount> value() {
      return value == null ? ImmutableMap.of() : Amounts.toAmounts(value);
    }
  }
}

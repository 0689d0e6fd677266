package org.alliancekit.pipeline.mapping;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.Comparators;
import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Ordering;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.money.Amounts;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * The result of mapping two parties' accounts: every match (one customer, with the accounts each
 * side lists for it) and the totals of each {@link MappingCell}.
 *
 * <p>Every account of either book is in exactly one match, and every match in exactly one cell, so
 * the cell totals add up to the books' totals without counting an account or an opportunity twice.
 * Matches are ordered by cell (in {@link MappingCell} order), then by their left accounts, then by
 * their right accounts, whatever order they are given in.
 *
 * <p>Rules: the two parties differ; no account appears in two matches.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
@Value.Immutable
@AllianceStyle
public abstract class AccountMap implements WithAccountMap {
  private static final Comparator<Iterable<AccountId>> ACCOUNTS =
      Comparators.lexicographical(Comparator.<AccountId>naturalOrder());
  private static final Comparator<AccountMatch> ORDER =
      Comparator.comparing(AccountMatch::cell)
          .thenComparing(AccountMatch::left, ACCOUNTS)
          .thenComparing(AccountMatch::right, ACCOUNTS);

  AccountMap() {}

  /** The left party. */
  public abstract PartnerId leftParty();

  /** The right party. */
  public abstract PartnerId rightParty();

  /** The matches, ordered by cell, then left accounts, then right accounts. */
  public abstract ImmutableList<AccountMatch> matches();

  /** The totals of every cell, in {@link MappingCell} order; empty cells have zero totals. */
  @Value.Derived
  public ImmutableMap<MappingCell, CellSummary> cells() {
    ImmutableMap.Builder<MappingCell, CellSummary> cells = ImmutableMap.builder();
    for (MappingCell cell : MappingCell.values()) {
      int count = 0;
      int leftAccounts = 0;
      int rightAccounts = 0;
      int leftOpen = 0;
      int rightOpen = 0;
      Map<CurrencyUnit, BigDecimal> leftValue = new HashMap<>();
      Map<CurrencyUnit, BigDecimal> rightValue = new HashMap<>();
      for (AccountMatch match : matches()) {
        if (match.cell() == cell) {
          count++;
          leftAccounts += match.left().size();
          rightAccounts += match.right().size();
          leftOpen += match.leftOpen().size();
          rightOpen += match.rightOpen().size();
          match.leftOpenValue().values().forEach(amount -> Amounts.add(leftValue, amount));
          match.rightOpenValue().values().forEach(amount -> Amounts.add(rightValue, amount));
        }
      }
      cells.put(
          cell,
          CellSummary.builder()
              .cell(cell)
              .matches(count)
              .leftAccounts(leftAccounts)
              .rightAccounts(rightAccounts)
              .leftOpenOpportunities(leftOpen)
              .rightOpenOpportunities(rightOpen)
              .leftOpenValue(Amounts.toAmounts(leftValue))
              .rightOpenValue(Amounts.toAmounts(rightValue))
              .build());
    }
    return cells.buildOrThrow();
  }

  /** The totals of one cell. */
  public CellSummary cell(MappingCell cell) {
    return cells().get(checkNotNull(cell, "cell"));
  }

  /** The matches in one cell, in order. */
  public ImmutableList<AccountMatch> matches(MappingCell cell) {
    checkNotNull(cell, "cell");
    return matches().stream()
        .filter(match -> match.cell() == cell)
        .collect(ImmutableList.toImmutableList());
  }

  /** The same map seen with left and right swapped: each match and each cell mirrored. */
  public AccountMap mirror() {
    return builder()
        .leftParty(rightParty())
        .rightParty(leftParty())
        .matches(matches().stream().map(AccountMatch::mirror).toList())
        .build();
  }

  /** Returns a new builder; both parties are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AccountMap}. */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableAccountMap.Builder {
    Builder() {}
  }

  @Value.Check
  AccountMap normalize() {
    checkArgument(
        !leftParty().equals(rightParty()),
        "account map needs two different parties, got %s twice",
        leftParty());
    Set<AccountId> left = new HashSet<>();
    Set<AccountId> right = new HashSet<>();
    for (AccountMatch match : matches()) {
      match
          .left()
          .forEach(id -> checkArgument(left.add(id), "left account %s is in two matches", id));
      match
          .right()
          .forEach(id -> checkArgument(right.add(id), "right account %s is in two matches", id));
    }
    if (Ordering.from(ORDER).isOrdered(matches())) {
      return this;
    }
    return builder()
        .leftParty(leftParty())
        .rightParty(rightParty())
        .matches(Ordering.from(ORDER).sortedCopy(matches()))
        .build();
  }
}

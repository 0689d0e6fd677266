package org.alliancekit.pipeline.mapping;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Sets;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import javax.money.MonetaryAmount;
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
  /** The order of the matches: by cell, then left accounts, then right accounts. */
  static final Comparator<AccountMatch> ORDER = AccountMap::compare;

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
    // One pass over the matches, each added to its cell's totals in match order.
    int cells = MappingCell.values().length;
    int[] count = new int[cells];
    int[] leftAccounts = new int[cells];
    int[] rightAccounts = new int[cells];
    int[] leftOpen = new int[cells];
    int[] rightOpen = new int[cells];
    List<Map<CurrencyUnit, BigDecimal>> leftValue = new ArrayList<>(cells);
    List<Map<CurrencyUnit, BigDecimal>> rightValue = new ArrayList<>(cells);
    for (int c = 0; c < cells; c++) {
      leftValue.add(new HashMap<>());
      rightValue.add(new HashMap<>());
    }
    for (AccountMatch match : matches()) {
      int c = match.cell().ordinal();
      count[c]++;
      leftAccounts[c] += match.left().size();
      rightAccounts[c] += match.right().size();
      leftOpen[c] += match.leftOpen().size();
      rightOpen[c] += match.rightOpen().size();
      if (!match.leftOpenValue().isEmpty()) {
        for (MonetaryAmount amount : match.leftOpenValue().values()) {
          Amounts.add(leftValue.get(c), amount);
        }
      }
      if (!match.rightOpenValue().isEmpty()) {
        for (MonetaryAmount amount : match.rightOpenValue().values()) {
          Amounts.add(rightValue.get(c), amount);
        }
      }
    }
    ImmutableMap.Builder<MappingCell, CellSummary> summaries = ImmutableMap.builder();
    for (MappingCell cell : MappingCell.values()) {
      int c = cell.ordinal();
      summaries.put(
          cell,
          CellSummary.builder()
              .cell(cell)
              .matches(count[c])
              .leftAccounts(leftAccounts[c])
              .rightAccounts(rightAccounts[c])
              .leftOpenOpportunities(leftOpen[c])
              .rightOpenOpportunities(rightOpen[c])
              .leftOpenValue(Amounts.toAmounts(leftValue.get(c)))
              .rightOpenValue(Amounts.toAmounts(rightValue.get(c)))
              .build());
    }
    return summaries.buildOrThrow();
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
    int leftCount = 0;
    int rightCount = 0;
    for (AccountMatch match : matches()) {
      leftCount += match.left().size();
      rightCount += match.right().size();
    }
    Set<AccountId> left = Sets.newHashSetWithExpectedSize(leftCount);
    Set<AccountId> right = Sets.newHashSetWithExpectedSize(rightCount);
    boolean ordered = true;
    AccountMatch previous = null;
    for (AccountMatch match : matches()) {
      for (AccountId id : match.left()) {
        checkArgument(left.add(id), "left account %s is in two matches", id);
      }
      for (AccountId id : match.right()) {
        checkArgument(right.add(id), "right account %s is in two matches", id);
      }
      ordered &= previous == null || compare(previous, match) <= 0;
      previous = match;
    }
    if (ordered) {
      return this;
    }
    AccountMatch[] sorted = matches().toArray(new AccountMatch[0]);
    Arrays.sort(sorted, ORDER);
    return builder()
        .leftParty(leftParty())
        .rightParty(rightParty())
        .matches(Arrays.asList(sorted))
        .build();
  }

  private static int compare(AccountMatch a, AccountMatch b) {
    int order = a.cell().compareTo(b.cell());
    if (order == 0) {
      order = compare(a.left(), b.left());
      if (order == 0) {
        order = compare(a.right(), b.right());
      }
    }
    return order;
  }

  /** Lexicographic order of two lists of accounts: a list before any longer list it begins. */
  private static int compare(List<AccountId> a, List<AccountId> b) {
    int common = Math.min(a.size(), b.size());
    for (int i = 0; i < common; i++) {
      int order = a.get(i).compareTo(b.get(i));
      if (order != 0) {
        return order;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}

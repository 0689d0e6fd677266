package org.alliancekit.pipeline.mapping;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
  private static final Comparator<AccountMatch> ORDER = AccountMap::compare;

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
    AccountSet left = new AccountSet(leftCount);
    AccountSet right = new AccountSet(rightCount);
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

  /**
   * Sorts matches that share no account into {@link #ORDER}. For them the cell and the first
   * account of each side decide: two matches of one cell either both list left accounts, whose
   * first ones differ, or both list none, and then their first right accounts differ. Sorting by
   * that account's text alone reads less memory than comparing the lists.
   */
  static void sortDisjoint(AccountMatch[] matches) {
    Ranked[] ranked = new Ranked[matches.length];
    for (int i = 0; i < matches.length; i++) {
      AccountMatch match = matches[i];
      AccountId first = match.left().isEmpty() ? match.right().get(0) : match.left().get(0);
      ranked[i] = new Ranked(match.cell().ordinal(), first.value(), match);
    }
    Arrays.sort(ranked);
    for (int i = 0; i < matches.length; i++) {
      matches[i] = ranked[i].match;
    }
  }

  /** A match with its cell and the text of its first account, ordered by both. */
  private static final class Ranked implements Comparable<Ranked> {
    final int cell;
    final String first;
    final AccountMatch match;

    Ranked(int cell, String first, AccountMatch match) {
      this.cell = cell;
      this.first = first;
      this.match = match;
    }

    @Override
    public int compareTo(Ranked other) {
      return cell != other.cell ? Integer.compare(cell, other.cell) : first.compareTo(other.first);
    }
  }

  /** A set of account ids by open addressing with linear probing, at most half full. */
  private static final class AccountSet {
    private final AccountId[] slots;
    private final int mask;

    AccountSet(int expected) {
      int capacity = Integer.highestOneBit(Math.max(4, expected) * 2 - 1) << 1;
      slots = new AccountId[capacity];
      mask = capacity - 1;
    }

    /** Adds {@code id}; returns whether it was not in the set yet. */
    boolean add(AccountId id) {
      int hash = id.hashCode() * 0x9E3779B9;
      int slot = (hash ^ (hash >>> 16)) & mask;
      while (slots[slot] != null) {
        if (slots[slot].equals(id)) {
          return false;
        }
        slot = (slot + 1) & mask;
      }
      slots[slot] = id;
      return true;
    }
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

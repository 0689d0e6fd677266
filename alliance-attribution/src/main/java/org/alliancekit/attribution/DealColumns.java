package org.alliancekit.attribution;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.alliancekit.attribution.internal.Arguments;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * Many deals as columns, for splitting millions of them without an object per participant: a party
 * table, a role table, and per participation an index into each; per deal, the first participation
 * ({@code start}) and the amount in minor units of the deals' currency (cents for EUR).
 *
 * <p>Deal {@code d}'s participations are {@code start[d]} to {@code start[d + 1] - 1}; {@code
 * start} has one entry more than there are deals, its last the number of participations. A bad deal
 * (no participation, an index outside its table, an amount of {@link Long#MIN_VALUE} that has no
 * absolute value) does not stop the columns from being built: it is {@linkplain #isValid(int)
 * invalid}, takes no part in any split, and is reported by {@link #problems()} with its deal index.
 * Arguments that are wrong as a whole (columns of different lengths, a table that lists an entry
 * twice) throw.
 *
 * <p>The arrays given are copied, so later changes to them do not affect the columns. Immutable and
 * thread-safe.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class DealColumns {
  private final ImmutableList<PartnerId> parties;
  private final ImmutableList<String> roles;
  private final int[] start;
  private final int[] party;
  private final int[] role;
  private final long[] minorUnits;
  private final boolean[] invalid;
  private final ImmutableList<Problem> problems;

  private DealColumns(
      ImmutableList<PartnerId> parties,
      ImmutableList<String> roles,
      int[] start,
      int[] party,
      int[] role,
      long[] minorUnits,
      boolean[] invalid,
      ImmutableList<Problem> problems) {
    this.parties = parties;
    this.roles = roles;
    this.start = start;
    this.party = party;
    this.role = role;
    this.minorUnits = minorUnits;
    this.invalid = invalid;
    this.problems = problems;
  }

  /**
   * Returns the deals given as columns.
   *
   * @param parties the party table; no party twice
   * @param roles the role table: role keys as {@link Participant} takes them, no key twice
   * @param start each deal's first participation, then the number of participations: not
   *     decreasing, from 0
   * @param party each participation's index into {@code parties}
   * @param role each participation's index into {@code roles}
   * @param minorUnits each deal's amount in minor units of the deals' currency
   * @throws IllegalArgumentException if a table lists an entry twice or has an invalid role key,
   *     {@code start} does not run from 0 to the number of participations without decreasing, or
   *     the columns differ in length
   */
  public static DealColumns of(
      List<PartnerId> parties,
      List<String> roles,
      int[] start,
      int[] party,
      int[] role,
      long[] minorUnits) {
    ImmutableList<PartnerId> partyTable = ImmutableList.copyOf(parties);
    ImmutableList<String> roleTable = ImmutableList.copyOf(roles);
    checkArgument(
        new HashSet<>(partyTable).size() == partyTable.size(),
        "deal columns list a party twice in %s",
        partyTable);
    Set<String> seen = new HashSet<>();
    for (String key : roleTable) {
      Arguments.key("role", key);
      checkArgument(seen.add(key), "deal columns list role %s twice in %s", key, roleTable);
    }
    int[] starts = checkNotNull(start, "start").clone();
    int[] parties2 = checkNotNull(party, "party").clone();
    int[] roles2 = checkNotNull(role, "role").clone();
    long[] amounts = checkNotNull(minorUnits, "minorUnits").clone();
    int deals = amounts.length;
    checkArgument(
        starts.length == deals + 1,
        "deal columns need one start per deal and one for the end: %s starts for %s deals",
        starts.length,
        deals);
    checkArgument(
        parties2.length == roles2.length,
        "deal columns must have one party and one role index per participation, not %s and %s",
        parties2.length,
        roles2.length);
    checkArgument(
        starts[0] == 0 && starts[deals] == parties2.length,
        "deal columns' starts must run from 0 to the %s participations, not from %s to %s",
        parties2.length,
        starts[0],
        starts[deals]);
    boolean[] invalid = new boolean[deals];
    List<Problem> problems = new ArrayList<>();
    for (int deal = 0; deal < deals; deal++) {
      checkArgument(
          starts[deal] <= starts[deal + 1],
          "deal columns' starts must not decrease, but deal %s starts at %s and ends at %s",
          deal,
          starts[deal],
          starts[deal + 1]);
      Problem problem = problem(deal, starts, parties2, roles2, amounts, partyTable, roleTable);
      if (problem != null) {
        invalid[deal] = true;
        problems.add(problem);
      }
    }
    return new DealColumns(
        partyTable,
        roleTable,
        starts,
        parties2,
        roles2,
        amounts,
        invalid,
        ImmutableList.copyOf(problems));
  }

  private static Problem problem(
      int deal,
      int[] start,
      int[] party,
      int[] role,
      long[] amounts,
      List<PartnerId> parties,
      List<String> roles) {
    if (start[deal] == start[deal + 1]) {
      return Problem.atRow(
          deal,
          "",
          ProblemKind.MISSING_VALUE,
          String.format("deal %s has no parties to share the credit among", deal));
    }
    if (amounts[deal] == Long.MIN_VALUE) {
      return Problem.atRow(
          deal,
          "",
          ProblemKind.INVALID_VALUE,
          String.format(
              "deal %s: amount of %s minor units has no absolute value in a long",
              deal, amounts[deal]));
    }
    for (int k = start[deal]; k < start[deal + 1]; k++) {
      if (party[k] < 0 || party[k] >= parties.size()) {
        return indexProblem(deal, k, "party", party[k], parties.size());
      }
      if (role[k] < 0 || role[k] >= roles.size()) {
        return indexProblem(deal, k, "role", role[k], roles.size());
      }
    }
    return null;
  }

  private static Problem indexProblem(int deal, int at, String column, int index, int size) {
    return Problem.atRow(
        deal,
        "",
        ProblemKind.OUT_OF_RANGE,
        String.format(
            "deal %s, participation %s: %s index %s is outside the %s table, whose indexes run"
                + " from 0 to %s",
            deal, at, column, index, column, size - 1));
  }

  /** The party table. */
  public ImmutableList<PartnerId> parties() {
    return parties;
  }

  /** The role table. */
  public ImmutableList<String> roles() {
    return roles;
  }

  /** The number of deals, good or not. */
  public int size() {
    return minorUnits.length;
  }

  /** The index of deal {@code deal}'s first participation; {@code size()} gives the end. */
  public int start(int deal) {
    return start[deal];
  }

  /** The party index of participation {@code at}. */
  public int party(int at) {
    return party[at];
  }

  /** The role index of participation {@code at}. */
  public int role(int at) {
    return role[at];
  }

  /** The amount of deal {@code deal} in minor units. */
  public long minorUnits(int deal) {
    return minorUnits[deal];
  }

  /**
   * Whether deal {@code deal} is good; an invalid one has a problem in {@link #problems()}.
   *
   * @throws IndexOutOfBoundsException if the deal is out of range
   */
  public boolean isValid(int deal) {
    return !invalid[deal];
  }

  /** The deals that could not be used, one problem each, in deal order, with the deal's index. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /** The participations of deal {@code deal} as objects, in column order. */
  public ImmutableList<Participant> participants(int deal) {
    ImmutableList.Builder<Participant> list = ImmutableList.builder();
    for (int k = start[deal]; k < start[deal + 1]; k++) {
      list.add(Participant.of(parties.get(party[k]), roles.get(role[k])));
    }
    return list.build();
  }

  // Package-private views for the split, without copies.
  int[] startColumn() {
    return start;
  }

  int[] partyColumn() {
    return party;
  }

  int[] roleColumn() {
    return role;
  }

  long[] amountColumn() {
    return minorUnits;
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof DealColumns that
        && parties.equals(that.parties)
        && roles.equals(that.roles)
        && Arrays.equals(start, that.start)
        && Arrays.equals(party, that.party)
        && Arrays.equals(role, that.role)
        && Arrays.equals(minorUnits, that.minorUnits);
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        parties,
        roles,
        Arrays.hashCode(start),
        Arrays.hashCode(party),
        Arrays.hashCode(role),
        Arrays.hashCode(minorUnits));
  }

  @Override
  public String toString() {
    return "DealColumns{deals="
        + size()
        + ", participations="
        + party.length
        + ", parties="
        + parties.size()
        + ", roles="
        + roles
        + (problems.isEmpty() ? "" : ", problems=" + problems.size())
        + "}";
  }
}

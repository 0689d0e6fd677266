package org.alliancekit.attribution;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSortedMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.alliancekit.attribution.internal.Arguments;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.money.Apportionment;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * Attribution by role: each role has a weight, each party earns the weights of its roles in the
 * deal, and the shares are those earnings divided by their total.
 *
 * <p>The weights are relative: with the {@link #standard()} weights a deal with an originator, a
 * co-seller and an influencer splits 50/30/20, and a deal with an originator and two co-sellers
 * splits 0.5 : 0.3 : 0.3, that is 45.5%, 27.3% and 27.3%. A party with two roles earns both
 * weights; the same party listed twice in the same role counts once. A role with weight zero earns
 * nothing, so a party whose only role weighs zero gets a share of zero.
 *
 * <p>Immutable and thread-safe.
 */
@API(status = STABLE, since = "0.1")
public final class RoleWeighted implements AttributionModel<Collection<Participant>> {
  private static final RoleWeighted STANDARD =
      new RoleWeighted(
          ImmutableMap.<String, Double>builder()
              .put("ORIGINATOR", 0.5)
              .put("CO_SELLER", 0.3)
              .put("RESELLER", 0.3)
              .put("DISTRIBUTOR", 0.1)
              .put("INFLUENCER", 0.2)
              .put("DELIVERY", 0.2)
              .put("TECHNOLOGY_PROVIDER", 0.2)
              .put("REFERRER", 0.2)
              .buildOrThrow());

  private final ImmutableMap<String, Double> weights;

  private RoleWeighted(ImmutableMap<String, Double> weights) {
    this.weights = weights;
  }

  /**
   * The standard weights, keyed by the names of the pipeline model's involvement roles: originator
   * 0.5; co-seller and reseller 0.3; influencer, delivery, technology provider and referrer 0.2;
   * distributor 0.1. They are a starting point to be tuned, not a rule.
   */
  public static RoleWeighted standard() {
    return STANDARD;
  }

  /**
   * Returns the model with the given weight per role key.
   *
   * @throws IllegalArgumentException if there are no weights, a role key is invalid, a weight is
   *     negative or not finite, or all weights are zero
   */
  public static RoleWeighted of(Map<String, Double> weights) {
    checkNotNull(weights, "weights");
    checkArgument(!weights.isEmpty(), "role weights must name at least one role");
    ImmutableMap<String, Double> copy = ImmutableSortedMap.copyOf(weights);
    copy.forEach(
        (role, weight) ->
            Arguments.weight("weight", "role " + Arguments.key("role", role), weight));
    checkArgument(
        copy.values().stream().anyMatch(w -> w > 0), "role weights %s must not all be zero", copy);
    return new RoleWeighted(copy);
  }

  /** The weight of each role key. */
  public ImmutableMap<String, Double> weights() {
    return weights;
  }

  /**
   * Returns a copy with the weight of one role set or replaced.
   *
   * @throws IllegalArgumentException as {@link #of} does
   */
  public RoleWeighted withWeight(String role, double weight) {
    checkNotNull(role, "role");
    Map<String, Double> copy = new LinkedHashMap<>(weights);
    copy.put(role, weight);
    return of(copy);
  }

  /**
   * Each party's share by the weights of its roles.
   *
   * @throws IllegalArgumentException if there are no participants, a role has no weight, or every
   *     participant's role weighs zero
   */
  @Override
  public Shares shares(Collection<Participant> participants) {
    checkNotNull(participants, "participants");
    checkArgument(!participants.isEmpty(), "deal has no parties to share the credit among");
    // Participants sorted by party, then role: duplicates are neighbours, and each party's weights
    // are added in role order, as a party's earnings always are.
    Participant[] sorted = participants.toArray(new Participant[0]);
    for (Participant participant : sorted) {
      checkNotNull(participant, "participant");
    }
    if (!isSorted(sorted)) {
      Arrays.sort(sorted, BY_PARTY_AND_ROLE);
    }
    PartnerId[] parties = new PartnerId[sorted.length];
    double[] earned = new double[sorted.length];
    int count = 0;
    boolean anyPositive = false;
    for (int i = 0; i < sorted.length; i++) {
      Participant participant = sorted[i];
      if (i > 0 && participant.equals(sorted[i - 1])) {
        continue;
      }
      Double weight = weights.get(participant.role());
      if (weight == null) {
        throw new IllegalArgumentException(
            String.format(
                "role %s of party %s has no weight; weighted roles are %s",
                participant.role(), participant.party(), weights.keySet()));
      }
      if (count > 0 && parties[count - 1].equals(participant.party())) {
        earned[count - 1] += weight;
      } else {
        parties[count] = participant.party();
        earned[count++] = weight;
      }
    }
    for (int i = 0; i < count; i++) {
      anyPositive |= earned[i] > 0;
    }
    if (!anyPositive) {
      throw new IllegalArgumentException(
          String.format(
              "every role of parties %s weighs zero, so there is no credit to share",
              Arrays.asList(parties).subList(0, count)));
    }
    return Shares.proportional(Arrays.copyOf(parties, count), Arrays.copyOf(earned, count));
  }

  /**
   * Splits every deal of the columns, each exactly as {@link #split(Object,
   * javax.money.MonetaryAmount) split} splits its participants and its amount in minor units: the
   * same parts, to the minor unit. A party's part is at its first participation in the deal (see
   * {@link DealSplits}).
   *
   * <p>Parties are ranked by id once for all deals; deals whose parties have the same roles in the
   * same order share their decimal shares, computed once per call, so most deals are split in
   * {@code long} arithmetic alone ({@link Apportionment#splitUnits(long, long[], long[], int)}). A
   * deal that {@link #split(Object, javax.money.MonetaryAmount) split} would refuse (a role without
   * weight, roles that all weigh zero) is reported in {@link DealSplits#problems()} with its index,
   * and the other deals are split.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public DealSplits split(DealColumns deals) {
    checkNotNull(deals, "deals");
    return new ColumnSplit(deals).run();
  }

  /** The split of one call over columns; confined to that call. */
  private final class ColumnSplit {
    private static final int MEMO_PARTIES = 5;
    private static final int MEMO_ROLES = 12;
    private final DealColumns deals;
    private final int[] partyRank;
    private final int[] roleRank;
    private final double[] roleWeight;
    private final boolean[] roleWeighed;
    // The shares of each memo key (the parties' role masks packed in a long, never negative):
    // open addressing on the mixed key, at most half full; an entry's whole weights, or null when
    // its decimal shares do not fit longs (then its decimals).
    private long[] memoKeys = new long[1 << 10];
    private long[][] memoWhole = new long[1 << 10][];
    private BigDecimal[][] memoDecimals = new BigDecimal[1 << 10][];
    private int memoSize;
    // Scratch per deal.
    private int[] order = new int[8];
    private int[] firstAt = new int[8];
    private double[] earned = new double[8];
    private long[] masks = new long[8];
    private long[] parts = new long[8];

    ColumnSplit(DealColumns deals) {
      this.deals = deals;
      List<PartnerId> parties = deals.parties();
      Integer[] byId = new Integer[parties.size()];
      for (int i = 0; i < byId.length; i++) {
        byId[i] = i;
      }
      Arrays.sort(byId, (x, y) -> parties.get(x).compareTo(parties.get(y)));
      partyRank = new int[byId.length];
      for (int r = 0; r < byId.length; r++) {
        partyRank[byId[r]] = r;
      }
      List<String> roles = deals.roles();
      Integer[] byKey = new Integer[roles.size()];
      for (int i = 0; i < byKey.length; i++) {
        byKey[i] = i;
      }
      Arrays.sort(byKey, (x, y) -> roles.get(x).compareTo(roles.get(y)));
      roleRank = new int[byKey.length];
      for (int r = 0; r < byKey.length; r++) {
        roleRank[byKey[r]] = r;
      }
      roleWeight = new double[roles.size()];
      roleWeighed = new boolean[roles.size()];
      for (int i = 0; i < roles.size(); i++) {
        Double weight = weights.get(roles.get(i));
        roleWeighed[i] = weight != null;
        roleWeight[i] = weight == null ? 0 : weight;
      }
    }

    DealSplits run() {
      int[] start = deals.startColumn();
      int[] party = deals.partyColumn();
      int[] role = deals.roleColumn();
      long[] amounts = deals.amountColumn();
      long[] result = new long[party.length];
      List<Problem> problems = new ArrayList<>();
      Iterator<Problem> columnProblems = deals.problems().iterator();
      Problem nextColumnProblem = columnProblems.hasNext() ? columnProblems.next() : null;
      for (int deal = 0; deal < amounts.length; deal++) {
        if (!deals.isValid(deal)) {
          problems.add(nextColumnProblem);
          nextColumnProblem = columnProblems.hasNext() ? columnProblems.next() : null;
          continue;
        }
        String problem =
            splitDeal(deal, start[deal], start[deal + 1], party, role, amounts[deal], result);
        if (problem != null) {
          problems.add(Problem.atRow(deal, "", ProblemKind.INVALID_VALUE, problem));
        }
      }
      return new DealSplits(result, ImmutableList.copyOf(problems));
    }

    /** Splits one deal into {@code result}; returns its problem, or null. */
    private String splitDeal(
        int deal, int from, int to, int[] party, int[] role, long amount, long[] result) {
      int size = to - from;
      if (order.length < size) {
        int grown = Math.max(size, 2 * order.length);
        order = new int[grown];
        firstAt = new int[grown];
        earned = new double[grown];
        masks = new long[grown];
        parts = new long[grown];
      }
      // Participations sorted by party rank, then role key (insertion sort: deals are small).
      for (int i = 0; i < size; i++) {
        int k = from + i;
        int j = i;
        while (j > 0 && compare(order[j - 1], k, party, role) > 0) {
          order[j] = order[j - 1];
          j--;
        }
        order[j] = k;
      }
      int count = 0;
      boolean memo = true;
      for (int i = 0; i < size; i++) {
        int k = order[i];
        if (i > 0) {
          int previous = order[i - 1];
          if (party[previous] == party[k] && role[previous] == role[k]) {
            continue;
          }
        }
        int r = role[k];
        if (!roleWeighed[r]) {
          return String.format(
              "deal %s: role %s of party %s has no weight; weighted roles are %s",
              deal, deals.roles().get(r), deals.parties().get(party[k]), weights.keySet());
        }
        if (count > 0 && party[order[firstAt[count - 1]]] == party[k]) {
          earned[count - 1] += roleWeight[r];
          masks[count - 1] |= 1L << Math.min(r, 63);
        } else {
          earned[count] = roleWeight[r];
          masks[count] = 1L << Math.min(r, 63);
          firstAt[count] = i;
          count++;
        }
        memo &= r < MEMO_ROLES;
      }
      boolean anyPositive = false;
      for (int i = 0; i < count; i++) {
        anyPositive |= earned[i] > 0;
      }
      if (!anyPositive) {
        List<PartnerId> named = new ArrayList<>();
        for (int i = 0; i < count; i++) {
          named.add(deals.parties().get(party[order[firstAt[i]]]));
        }
        return String.format(
            "deal %s: every role of parties %s weighs zero, so there is no credit to share",
            deal, named);
      }
      long units = Math.abs(amount);
      long[] whole = null;
      BigDecimal[] decimals = null;
      memo &= count <= MEMO_PARTIES;
      long key = 0;
      if (memo) {
        key = count;
        for (int i = 0; i < count; i++) {
          key = key << MEMO_ROLES | masks[i];
        }
        int slot = find(key);
        if (memoKeys[slot] == key + 1) {
          whole = memoWhole[slot];
          decimals = memoDecimals[slot];
        } else {
          decimals = decimalShares(count);
          whole = Apportionment.wholeWeights(decimals);
          if (whole != null) {
            decimals = null;
          }
          memoKeys[slot] = key + 1;
          memoWhole[slot] = whole;
          memoDecimals[slot] = decimals;
          if (++memoSize * 2 > memoKeys.length) {
            grow();
          }
        }
      } else {
        decimals = decimalShares(count);
        whole = Apportionment.wholeWeights(decimals);
      }
      if (whole != null) {
        Apportionment.splitUnits(units, whole, parts, 0);
      } else {
        System.arraycopy(Apportionment.splitUnits(units, decimals), 0, parts, 0, count);
      }
      for (int k = from; k < to; k++) {
        result[k] = 0;
      }
      for (int i = 0; i < count; i++) {
        // The party's first participation in column order.
        int first = Integer.MAX_VALUE;
        int partyIndex = party[order[firstAt[i]]];
        for (int k = from; k < to; k++) {
          if (party[k] == partyIndex) {
            first = k;
            break;
          }
        }
        result[first] = amount < 0 ? -parts[i] : parts[i];
      }
      return null;
    }

    /**
     * The slot of {@code key}: where it is, or the empty slot where it goes. Keys are stored +1.
     */
    private int find(long key) {
      int mask = memoKeys.length - 1;
      int slot = (int) ((key * 0x9E3779B97F4A7C15L) >>> 40) & mask;
      while (memoKeys[slot] != 0 && memoKeys[slot] != key + 1) {
        slot = (slot + 1) & mask;
      }
      return slot;
    }

    private void grow() {
      long[] keys = memoKeys;
      long[][] whole = memoWhole;
      BigDecimal[][] decimals = memoDecimals;
      memoKeys = new long[keys.length * 2];
      memoWhole = new long[keys.length * 2][];
      memoDecimals = new BigDecimal[keys.length * 2][];
      for (int i = 0; i < keys.length; i++) {
        if (keys[i] != 0) {
          int slot = find(keys[i] - 1);
          memoKeys[slot] = keys[i];
          memoWhole[slot] = whole[i];
          memoDecimals[slot] = decimals[i];
        }
      }
    }

    /** The decimal shares of the first {@code count} earnings, as {@link #shares} gives them. */
    private BigDecimal[] decimalShares(int count) {
      double total = 0;
      for (int i = 0; i < count; i++) {
        total += earned[i];
      }
      BigDecimal[] shares = new BigDecimal[count];
      for (int i = 0; i < count; i++) {
        shares[i] = BigDecimal.valueOf(Math.min(1.0, earned[i] / total));
      }
      return shares;
    }

    private int compare(int a, int b, int[] party, int[] role) {
      int byParty = Integer.compare(partyRank[party[a]], partyRank[party[b]]);
      return byParty != 0 ? byParty : Integer.compare(roleRank[role[a]], roleRank[role[b]]);
    }
  }

  private static boolean isSorted(Participant[] participants) {
    for (int i = 1; i < participants.length; i++) {
      if (BY_PARTY_AND_ROLE.compare(participants[i - 1], participants[i]) > 0) {
        return false;
      }
    }
    return true;
  }

  private static final Comparator<Participant> BY_PARTY_AND_ROLE =
      (a, b) -> {
        int byParty = a.party().compareTo(b.party());
        return byParty != 0 ? byParty : a.role().compareTo(b.role());
      };

  @Override
  public String toString() {
    return "RoleWeighted" + weights;
  }
}

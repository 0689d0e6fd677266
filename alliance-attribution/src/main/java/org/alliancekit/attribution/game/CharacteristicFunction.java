package org.alliancekit.attribution.game;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.AbstractSet;
import java.util.BitSet;
import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.ToDoubleFunction;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * A cooperative game among partners: for every coalition (set) of its players, the value they
 * achieve together, such as the revenue or the win rate of past deals worked by exactly those
 * partners. The empty coalition is worth zero by definition and is never asked for.
 *
 * <p>A game is given either as a function ({@link #of}), evaluated when a value is needed, or as a
 * table that lists every coalition ({@link #ofTable}), checked to be complete when it is built.
 * Players are kept in id order. Values must be finite numbers; a function that returns NaN or an
 * infinite value fails the computation that asked, with a message naming the coalition.
 *
 * <p>Immutable and thread-safe when the function given to {@link #of} is.
 */
@API(status = STABLE, since = "0.1")
public final class CharacteristicFunction {
  /** The most players a table may have (a table lists {@code 2^n - 1} coalitions). */
  public static final int MAX_TABLE_PLAYERS = 25;

  private final ImmutableSortedSet<PartnerId> players;
  private final PartnerId[] order;
  private final ImmutableMap<PartnerId, Integer> index;
  private final ToDoubleFunction<? super Set<PartnerId>> function;
  private final double[] table;

  private CharacteristicFunction(
      ImmutableSortedSet<PartnerId> players,
      ToDoubleFunction<? super Set<PartnerId>> function,
      double[] table) {
    this.players = players;
    this.order = players.toArray(new PartnerId[0]);
    ImmutableMap.Builder<PartnerId, Integer> positions = ImmutableMap.builder();
    for (int i = 0; i < order.length; i++) {
      positions.put(order[i], i);
    }
    this.index = positions.buildOrThrow();
    this.function = function;
    this.table = table;
  }

  /**
   * Returns the game of the given players whose coalition values {@code value} computes. The
   * function receives a read-only set of players, never the empty one.
   *
   * @throws IllegalArgumentException if there are no players or a player is listed twice
   */
  public static CharacteristicFunction of(
      Collection<PartnerId> players, ToDoubleFunction<? super Set<PartnerId>> value) {
    checkNotNull(players, "players");
    checkNotNull(value, "value");
    checkArgument(!players.isEmpty(), "game must have at least one player");
    Set<PartnerId> seen = new TreeSet<>();
    for (PartnerId player : players) {
      checkArgument(
          seen.add(checkNotNull(player, "player")), "player %s is listed more than once", player);
    }
    return new CharacteristicFunction(ImmutableSortedSet.copyOf(seen), value, null);
  }

  /**
   * Returns the game given by a table of coalition values. The players are all the parties named in
   * the table. The table must give a value for every non-empty coalition of them; it may give the
   * empty coalition, whose value must then be zero.
   *
   * @throws IllegalArgumentException if the table names no player or more than {@value
   *     #MAX_TABLE_PLAYERS}, misses a coalition (the message names the first one missing, in the
   *     binary order of player-id positions), has a value that is not finite, or gives the empty
   *     coalition a value other than zero
   */
  public static CharacteristicFunction ofTable(Map<? extends Set<PartnerId>, Double> values) {
    checkNotNull(values, "values");
    Set<PartnerId> all = new TreeSet<>();
    for (Map.Entry<? extends Set<PartnerId>, Double> entry : values.entrySet()) {
      for (PartnerId player : entry.getKey()) {
        all.add(checkNotNull(player, "player"));
      }
    }
    checkArgument(!all.isEmpty(), "game must have at least one player");
    checkArgument(
        all.size() <= MAX_TABLE_PLAYERS,
        "a table can give at most %s players, this one names %s; give a function instead",
        MAX_TABLE_PLAYERS,
        all.size());
    ImmutableSortedSet<PartnerId> players = ImmutableSortedSet.copyOf(all);
    CharacteristicFunction shape = new CharacteristicFunction(players, null, null);
    int n = players.size();
    double[] table = new double[1 << n];
    boolean[] present = new boolean[1 << n];
    for (Map.Entry<? extends Set<PartnerId>, Double> entry : values.entrySet()) {
      double value = checkNotNull(entry.getValue(), "value of coalition %s", entry.getKey());
      checkArgument(
          Double.isFinite(value),
          "value %s of coalition %s must be a finite number",
          value,
          entry.getKey());
      int mask = (int) shape.mask(entry.getKey());
      checkArgument(
          mask != 0 || value == 0, "the empty coalition is worth 0 by definition, not %s", value);
      table[mask] = value;
      present[mask] = true;
    }
    for (int mask = 1; mask < present.length; mask++) {
      checkArgument(
          present[mask],
          "characteristic function has no value for coalition %s; a table must give a value for"
              + " every non-empty coalition of its %s players",
          shape.coalition(mask),
          n);
    }
    return new CharacteristicFunction(players, null, table);
  }

  /** The players, in id order. */
  public ImmutableSet<PartnerId> players() {
    return players;
  }

  /** The number of players. */
  public int size() {
    return order.length;
  }

  /**
   * The value of a coalition; zero for the empty one.
   *
   * @throws IllegalArgumentException if the coalition has a party that is not a player, or the
   *     function gives a value that is not finite
   */
  public double value(Set<PartnerId> coalition) {
    checkNotNull(coalition, "coalition");
    if (table != null) {
      return table[(int) mask(coalition)];
    }
    BitSet bits = new BitSet(order.length);
    for (PartnerId member : coalition) {
      bits.set(position(member));
    }
    return valueOf(bits);
  }

  /** The value of the coalition of the players at the set positions of {@code mask}. */
  double valueOfMask(long mask) {
    if (mask == 0) {
      return 0;
    }
    if (table != null) {
      return table[(int) mask];
    }
    return valueOf(BitSet.valueOf(new long[] {mask}));
  }

  /** The value of the coalition of the players at the set positions of {@code bits}. */
  double valueOf(BitSet bits) {
    if (bits.isEmpty()) {
      return 0;
    }
    if (table != null) {
      return table[(int) bits.toLongArray()[0]];
    }
    Coalition coalition = new Coalition((BitSet) bits.clone());
    double value = function.applyAsDouble(coalition);
    checkArgument(
        Double.isFinite(value),
        "value %s of coalition %s must be a finite number",
        value,
        coalition);
    return value;
  }

  /** Whether the game is a table, whose values can be read by mask without calling out. */
  boolean isTable() {
    return table != null;
  }

  /** The player at a position of the id order. */
  PartnerId player(int position) {
    return order[position];
  }

  private int position(PartnerId member) {
    Integer position = index.get(checkNotNull(member, "coalition member"));
    checkArgument(
        position != null,
        "coalition member %s is not a player of the game; players are %s",
        member,
        players);
    return position;
  }

  private long mask(Set<? extends PartnerId> coalition) {
    long mask = 0;
    for (PartnerId member : coalition) {
      mask |= 1L << position(member);
    }
    return mask;
  }

  private Set<PartnerId> coalition(long mask) {
    return new Coalition(BitSet.valueOf(new long[] {mask}));
  }

  @Override
  public String toString() {
    return "CharacteristicFunction" + players + (table != null ? " (table)" : " (function)");
  }

  /** A read-only view of the players at the set positions of a bit set that nobody changes. */
  private final class Coalition extends AbstractSet<PartnerId> {
    private final BitSet bits;
    private final int size;

    Coalition(BitSet bits) {
      this.bits = bits;
      this.size = bits.cardinality();
    }

    @Override
    public boolean contains(Object o) {
      if (!(o instanceof PartnerId party)) {
        return false;
      }
      Integer position = index.get(party);
      return position != null && bits.get(position);
    }

    @Override
    public Iterator<PartnerId> iterator() {
      return new Iterator<>() {
        private int next = bits.nextSetBit(0);

        @Override
        public boolean hasNext() {
          return next >= 0;
        }

        @Override
        public PartnerId next() {
          if (next < 0) {
            throw new NoSuchElementException();
          }
          PartnerId player = order[next];
          next = bits.nextSetBit(next + 1);
          return player;
        }
      };
    }

    @Override
    public int size() {
      return size;
    }
  }
}

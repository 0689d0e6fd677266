package org.alliancekit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.alliancekit.attribution.game.CharacteristicFunction;
import org.alliancekit.model.AllianceStyle;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;
import org.immutables.value.Value;

/**
 * A small cooperative game as a property test sees it: the value of every coalition of its players,
 * and the structure the game is known to have, namely its null players and a set of interchangeable
 * players. Laws read that structure: a null player should get nothing, interchangeable players
 * should get equal shares.
 *
 * <ul>
 *   <li>A <b>null player</b> adds nothing to any coalition: {@code v(S + i) = v(S)} for every
 *       coalition {@code S} without {@code i}, the empty one included, so {@code v({i}) = 0}.
 *   <li>Two players {@code i} and {@code j} are <b>interchangeable</b> when each adds the same to
 *       any coalition of the others: {@code v(S + i) = v(S + j)} for every {@code S} without both.
 *       Every two of {@link #interchangeablePlayers()} are.
 * </ul>
 *
 * <p>Rules checked on construction: the values name at least one and at most {@value #MAX_PLAYERS}
 * players; every non-empty coalition of them has a finite value and the empty coalition is not
 * listed (it is worth 0); every listed null player is one and every two listed interchangeable
 * players are (compared exactly); there are no interchangeable players or at least two. The
 * structure listed need not be all the game has: a game may have null players it does not list.
 *
 * <p>Generate games with {@link AllianceArbitraries#games()}; build one by hand with {@link
 * #builder()} or {@link #of(Map)}. The {@link #function()} is what attribution models read.
 *
 * <p>Immutable and thread-safe.
 */
@Value.Immutable
@AllianceStyle
@API(status = EXPERIMENTAL, since = "0.1")
public abstract class Game implements WithGame {
  /** The most players a game may have. */
  public static final int MAX_PLAYERS = 12;

  Game() {}

  /**
   * The value of every non-empty coalition of the players, keyed by the coalition; generated games
   * list them in binary order of the players ({@code [p1], [p2], [p1, p2], [p3], ...}).
   */
  public abstract ImmutableMap<ImmutableSet<PartnerId>, Double> values();

  /** Players known to be null players: they add nothing to any coalition. */
  public abstract ImmutableSet<PartnerId> nullPlayers();

  /** Players every two of whom are known to be interchangeable; empty, or at least two. */
  public abstract ImmutableSet<PartnerId> interchangeablePlayers();

  /**
   * Returns the game with the given coalition values and no structure listed.
   *
   * @throws IllegalArgumentException if the values break a rule of the class description
   */
  public static Game of(Map<? extends Set<PartnerId>, Double> values) {
    return builder().values(coalitions(values)).build();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Game}. {@code build()} throws {@link IllegalArgumentException} for a broken
   * rule.
   */
  @API(status = EXPERIMENTAL, since = "0.1")
  public static final class Builder extends ImmutableGame.Builder {
    Builder() {}
  }

  /** The players, in id order. */
  @Value.Derived
  @Value.Auxiliary
  public ImmutableSortedSet<PartnerId> players() {
    Set<PartnerId> players = new TreeSet<>();
    values().keySet().forEach(players::addAll);
    return ImmutableSortedSet.copyOf(players);
  }

  /** The number of players. */
  public int size() {
    return players().size();
  }

  /**
   * The value of a coalition; zero for the empty one.
   *
   * @throws IllegalArgumentException if the coalition has a party that is not a player
   */
  public double value(Set<PartnerId> coalition) {
    checkNotNull(coalition, "coalition");
    if (coalition.isEmpty()) {
      return 0;
    }
    Double value = values().get(coalition);
    checkArgument(
        value != null, "coalition %s is not a coalition of the players %s", coalition, players());
    return value;
  }

  /** The value of the coalition of all players. */
  public double grandCoalitionValue() {
    return value(players());
  }

  /** The game as attribution models read it: a table of its coalition values. */
  public CharacteristicFunction function() {
    return CharacteristicFunction.ofTable(values());
  }

  /**
   * Returns the same game with every player renamed by {@code name}; its structure is renamed
   * alike.
   *
   * @throws IllegalArgumentException if {@code name} gives two players the same name
   */
  public Game renamed(Function<? super PartnerId, PartnerId> name) {
    checkNotNull(name, "name");
    Map<PartnerId, PartnerId> names = new HashMap<>();
    Set<PartnerId> taken = new TreeSet<>();
    for (PartnerId player : players()) {
      PartnerId renamed = checkNotNull(name.apply(player), "new name of %s", player);
      checkArgument(
          taken.add(renamed), "renaming gives %s to two players of %s", renamed, players());
      names.put(player, renamed);
    }
    ImmutableMap.Builder<ImmutableSet<PartnerId>, Double> values = ImmutableMap.builder();
    values().forEach((coalition, value) -> values.put(renamedSet(coalition, names::get), value));
    return builder()
        .values(values.buildOrThrow())
        .nullPlayers(renamedSet(nullPlayers(), names::get))
        .interchangeablePlayers(renamedSet(interchangeablePlayers(), names::get))
        .build();
  }

  private static ImmutableSet<PartnerId> renamedSet(
      Set<PartnerId> players, Function<PartnerId, PartnerId> name) {
    return players.stream()
        .map(name)
        .collect(ImmutableSortedSet.toImmutableSortedSet(PartnerId::compareTo));
  }

  /** The coalitions as sorted sets, so that they print in id order. */
  private static ImmutableMap<ImmutableSet<PartnerId>, Double> coalitions(
      Map<? extends Set<PartnerId>, Double> values) {
    checkNotNull(values, "values");
    ImmutableMap.Builder<ImmutableSet<PartnerId>, Double> copy = ImmutableMap.builder();
    values.forEach(
        (coalition, value) ->
            copy.put(ImmutableSortedSet.copyOf(checkNotNull(coalition, "coalition")), value));
    return copy.buildOrThrow();
  }

  @Value.Check
  void check() {
    checkArgument(!values().isEmpty(), "game must have at least one player");
    ImmutableList<PartnerId> players = players().asList();
    int n = players.size();
    checkArgument(
        n <= MAX_PLAYERS, "game has %s players, more than the %s allowed", n, MAX_PLAYERS);
    double[] v = new double[1 << n];
    boolean[] listed = new boolean[1 << n];
    for (Map.Entry<ImmutableSet<PartnerId>, Double> entry : values().entrySet()) {
      checkArgument(
          !entry.getKey().isEmpty(),
          "values list the empty coalition; it is worth 0 and must not be listed");
      checkArgument(
          Double.isFinite(entry.getValue()),
          "value %s of coalition %s must be a finite number",
          entry.getValue(),
          entry.getKey());
      int mask = mask(players, entry.getKey());
      v[mask] = entry.getValue();
      listed[mask] = true;
    }
    for (int mask = 1; mask < listed.length; mask++) {
      checkArgument(
          listed[mask],
          "values give no value for coalition %s; every non-empty coalition of the %s players"
              + " needs one",
          coalition(players, mask),
          n);
    }
    for (PartnerId player : nullPlayers()) {
      checkArgument(
          players.contains(player), "null player %s is not a player of %s", player, players);
      int bit = 1 << players.indexOf(player);
      for (int mask = 0; mask < v.length; mask++) {
        if ((mask & bit) == 0 && v[mask | bit] != v[mask]) {
          throw new IllegalArgumentException(
              String.format(
                  "%s is listed as a null player but adds %s to coalition %s",
                  player, v[mask | bit] - v[mask], coalition(players, mask)));
        }
      }
    }
    checkArgument(
        interchangeablePlayers().size() != 1,
        "interchangeable players %s must be none or at least two",
        interchangeablePlayers());
    List<PartnerId> alike = new ArrayList<>(interchangeablePlayers());
    for (PartnerId player : alike) {
      checkArgument(
          players.contains(player),
          "interchangeable player %s is not a player of %s",
          player,
          players);
    }
    for (int a = 0; a < alike.size(); a++) {
      for (int b = a + 1; b < alike.size(); b++) {
        checkInterchangeable(players, v, alike.get(a), alike.get(b));
      }
    }
  }

  private static void checkInterchangeable(
      ImmutableList<PartnerId> players, double[] v, PartnerId i, PartnerId j) {
    int bitI = 1 << players.indexOf(i);
    int bitJ = 1 << players.indexOf(j);
    for (int mask = 0; mask < v.length; mask++) {
      if ((mask & (bitI | bitJ)) == 0 && v[mask | bitI] != v[mask | bitJ]) {
        throw new IllegalArgumentException(
            String.format(
                "%s and %s are listed as interchangeable but add %s and %s to coalition %s",
                i,
                j,
                v[mask | bitI] - v[mask],
                v[mask | bitJ] - v[mask],
                coalition(players, mask)));
      }
    }
  }

  private static int mask(List<PartnerId> players, Set<PartnerId> coalition) {
    int mask = 0;
    for (PartnerId member : coalition) {
      mask |= 1 << players.indexOf(member);
    }
    return mask;
  }

  private static ImmutableSet<PartnerId> coalition(List<PartnerId> players, int mask) {
    ImmutableSet.Builder<PartnerId> members = ImmutableSet.builder();
    for (int i = 0; i < players.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        members.add(players.get(i));
      }
    }
    return members.build();
  }
}

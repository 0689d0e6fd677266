package org.alliancekit.testkit;

import static com.google.common.base.Preconditions.checkArgument;
import static org.apiguardian.api.API.Status.EXPERIMENTAL;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedSet;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.arbitraries.ArbitraryDecorator;
import org.alliancekit.model.party.PartnerId;
import org.apiguardian.api.API;

/**
 * Generates small cooperative {@link Game}s of players {@code p1, p2, ...}: by default 2 to 6
 * players, every coalition valued, and the structure each game was built with listed in it.
 *
 * <p><b>Structure.</b> A game may have a null player, always the last player, and a pair of
 * interchangeable players, always {@code p1} and {@code p2}; by default each appears in about half
 * of the games ({@link #withNullPlayer()} and {@link #withInterchangeablePair()} ask for them in
 * every game, {@link #withoutNullPlayer()} and {@link #withoutInterchangeablePair()} in none). A
 * game with both has at least three players; when a game drawn with too few players for both would
 * get both, it keeps only what was asked for, or only the null player.
 *
 * <p><b>Values.</b> Coalition values are whole numbers. By default games are <em>monotone</em>: a
 * coalition is worth what its best coalition of one player fewer is worth plus an increment of 0 to
 * 100, so nobody ever lowers a coalition's value, every Shapley value is zero or more, and the
 * grand coalition is worth more than zero (a game whose increments are all zero becomes the game in
 * which only the coalition of all players other than the null player, and any coalition containing
 * it, is worth 1). Those are the games whose Shapley values are shares of credit. {@link
 * #allowingLosses()} gives games whose coalitions are worth -100 to 100 with no order among them.
 *
 * <p>Values shrink towards the game of two players {@code p1} and {@code p2} in which only the
 * coalition of both is worth anything, namely 1, with no structure listed. Each configuration
 * method returns a new arbitrary and leaves this one unchanged. Get one from {@link
 * AllianceArbitraries#games()}.
 */
@API(status = EXPERIMENTAL, since = "0.1")
public final class GameArbitrary extends ArbitraryDecorator<Game> {
  /** The most players a generated game may have. */
  public static final int MAX_GENERATED_PLAYERS = 8;

  /** Whether a part of the structure is in some, every or no game. */
  private enum Presence {
    SOMETIMES,
    ALWAYS,
    NEVER
  }

  private final int minPlayers;
  private final int maxPlayers;
  private final Presence nullPlayer;
  private final Presence pair;
  private final boolean losses;

  GameArbitrary() {
    this(2, 6, Presence.SOMETIMES, Presence.SOMETIMES, false);
  }

  private GameArbitrary(
      int minPlayers, int maxPlayers, Presence nullPlayer, Presence pair, boolean losses) {
    this.minPlayers = minPlayers;
    this.maxPlayers = maxPlayers;
    this.nullPlayer = nullPlayer;
    this.pair = pair;
    this.losses = losses;
    checkArgument(
        maxPlayers >= required(),
        "games with %s need at least %s players, but at most %s are allowed",
        nullPlayer == Presence.ALWAYS && pair == Presence.ALWAYS
            ? "a null player and an interchangeable pair"
            : nullPlayer == Presence.ALWAYS ? "a null player" : "an interchangeable pair",
        required(),
        maxPlayers);
  }

  /**
   * Returns an arbitrary whose games have {@code min} to {@code max} players.
   *
   * @throws IllegalArgumentException if {@code min} is less than 1, {@code max} is less than {@code
   *     min} or more than {@value #MAX_GENERATED_PLAYERS}, or {@code max} is too small for the
   *     structure asked for
   */
  public GameArbitrary players(int min, int max) {
    checkArgument(
        1 <= min && min <= max && max <= MAX_GENERATED_PLAYERS,
        "player range %s..%s must lie within 1..%s and not be empty",
        min,
        max,
        MAX_GENERATED_PLAYERS);
    return new GameArbitrary(min, max, nullPlayer, pair, losses);
  }

  /**
   * Returns an arbitrary every game of which has a null player, its last player.
   *
   * @throws IllegalArgumentException if at most one player is allowed, or two while every game must
   *     also have an interchangeable pair
   */
  public GameArbitrary withNullPlayer() {
    return new GameArbitrary(minPlayers, maxPlayers, Presence.ALWAYS, pair, losses);
  }

  /** Returns an arbitrary whose games list no null player. */
  public GameArbitrary withoutNullPlayer() {
    return new GameArbitrary(minPlayers, maxPlayers, Presence.NEVER, pair, losses);
  }

  /**
   * Returns an arbitrary every game of which has the interchangeable players {@code p1} and {@code
   * p2}.
   *
   * @throws IllegalArgumentException if at most one player is allowed, or two while every game must
   *     also have a null player
   */
  public GameArbitrary withInterchangeablePair() {
    return new GameArbitrary(minPlayers, maxPlayers, nullPlayer, Presence.ALWAYS, losses);
  }

  /** Returns an arbitrary whose games list no interchangeable players. */
  public GameArbitrary withoutInterchangeablePair() {
    return new GameArbitrary(minPlayers, maxPlayers, nullPlayer, Presence.NEVER, losses);
  }

  /**
   * Returns an arbitrary whose coalitions are worth -100 to 100, in no order: joining a coalition
   * may lower its value, Shapley values may be negative and the grand coalition may be worth zero
   * or less.
   */
  public GameArbitrary allowingLosses() {
    return new GameArbitrary(minPlayers, maxPlayers, nullPlayer, pair, true);
  }

  private int required() {
    int always = (nullPlayer == Presence.ALWAYS ? 1 : 0) + (pair == Presence.ALWAYS ? 1 : 0);
    return always == 0 ? 1 : always + 1;
  }

  @Override
  protected Arbitrary<Game> arbitrary() {
    int coalitions = (1 << maxPlayers) - 1;
    Arbitrary<List<Integer>> numbers =
        losses
            ? Arbitraries.integers().between(-100, 100).list().ofSize(coalitions)
            : Arbitraries.integers()
                .between(-100, 100)
                .map(n -> Math.max(0, n))
                .list()
                .ofSize(coalitions);
    return Combinators.combine(
            Arbitraries.integers().between(minPlayers, maxPlayers),
            presence(nullPlayer),
            presence(pair),
            numbers)
        .as(this::game);
  }

  private static Arbitrary<Boolean> presence(Presence presence) {
    return switch (presence) {
      case SOMETIMES -> Arbitraries.of(false, true);
      case ALWAYS -> Arbitraries.just(true);
      case NEVER -> Arbitraries.just(false);
    };
  }

  private Game game(int drawn, boolean hasNull, boolean hasPair, List<Integer> numbers) {
    int n = Math.max(drawn, required());
    if (hasNull && hasPair && n < 3) {
      // Too few players for both: keep what every game must have, else the null player.
      if (pair == Presence.ALWAYS) {
        hasNull = false;
      } else {
        hasPair = false;
      }
    }
    if (n < 2) {
      hasNull = false;
      hasPair = false;
    }
    int nullBit = hasNull ? 1 << (n - 1) : 0;
    double[] v = new double[1 << n];
    for (int mask = 1; mask < v.length; mask++) {
      int number = numbers.get(representative(mask & ~nullBit, hasPair) - 1);
      if (losses) {
        v[mask] = (mask & ~nullBit) == 0 ? 0 : number;
      } else {
        double best = 0;
        for (int i = 0; i < n; i++) {
          if ((mask & (1 << i)) != 0) {
            best = Math.max(best, v[mask & ~(1 << i)]);
          }
        }
        v[mask] = best + ((mask & nullBit) != 0 ? 0 : number);
      }
    }
    int all = v.length - 1;
    if (!losses && v[all] == 0) {
      // No increment at all: only the coalitions holding every other player are worth 1.
      int others = all & ~nullBit;
      for (int mask = 1; mask < v.length; mask++) {
        v[mask] = (mask & others) == others ? 1 : 0;
      }
    }
    List<PartnerId> players = new ArrayList<>();
    for (int i = 1; i <= n; i++) {
      players.add(PartnerId.of("p" + i));
    }
    ImmutableMap.Builder<ImmutableSet<PartnerId>, Double> values = ImmutableMap.builder();
    for (int mask = 1; mask < v.length; mask++) {
      ImmutableSortedSet.Builder<PartnerId> coalition = ImmutableSortedSet.naturalOrder();
      for (int i = 0; i < n; i++) {
        if ((mask & (1 << i)) != 0) {
          coalition.add(players.get(i));
        }
      }
      values.put(coalition.build(), v[mask] + 0.0);
    }
    Game.Builder game = Game.builder().values(values.buildOrThrow());
    if (hasNull) {
      game.addNullPlayers(players.get(n - 1));
    }
    if (hasPair) {
      game.addInterchangeablePlayers(players.get(0), players.get(1));
    }
    return game.build();
  }

  /**
   * The coalition that stands for {@code mask} and for its mirror image with {@code p1} and {@code
   * p2} swapped, so that both get the same number; for the empty coalition, the coalition of {@code
   * p1}.
   */
  private static int representative(int mask, boolean pair) {
    if (mask == 0) {
      return 1;
    }
    if (!pair) {
      return mask;
    }
    int swapped = (mask & ~3) | ((mask & 1) << 1) | ((mask & 2) >> 1);
    return Math.min(mask, swapped);
  }
}

package org.alliancekit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.alliancekit.arbitraries.internal.Values;
import org.alliancekit.attribution.game.Shapley;
import org.alliancekit.attribution.game.ShapleyValues;
import org.alliancekit.model.party.PartnerId;

class GameArbitraryTest {
  private static final PartnerId P1 = PartnerId.of("p1");
  private static final PartnerId P2 = PartnerId.of("p2");

  @Provide
  Arbitrary<Game> games() {
    return AllianceArbitraries.games();
  }

  @Property(tries = 300)
  void gamesAreMonotoneWithSharesToGiveAndSometimesStructure(@ForAll("games") Game game) {
    int n = game.size();
    assertTrue(2 <= n && n <= 6, game.toString());
    assertEquals(Values.partners(n), game.players().asList());
    // Adding a player never lowers a coalition's value.
    for (Set<PartnerId> coalition : game.values().keySet()) {
      for (PartnerId player : game.players()) {
        if (!coalition.contains(player)) {
          Set<PartnerId> larger = new java.util.HashSet<>(coalition);
          larger.add(player);
          assertTrue(game.value(larger) >= game.value(coalition), game.toString());
        }
      }
    }
    assertTrue(game.grandCoalitionValue() > 0, game.toString());
    ShapleyValues values = Shapley.exact().values(game.function());
    values.values().values().forEach(value -> assertTrue(value >= 0, values.toString()));
    game.nullPlayers().forEach(p -> assertEquals(PartnerId.of("p" + n), p));
    if (!game.interchangeablePlayers().isEmpty()) {
      assertEquals(Set.of(P1, P2), game.interchangeablePlayers());
    }
    Statistics.label("null player").collect(!game.nullPlayers().isEmpty());
    Statistics.label("interchangeable pair").collect(!game.interchangeablePlayers().isEmpty());
    Statistics.label("null player")
        .coverage(coverage -> coverage.check(true).percentage(p -> p > 25));
    Statistics.label("interchangeable pair")
        .coverage(coverage -> coverage.check(true).percentage(p -> p > 25));
  }

  @Provide
  Arbitrary<Game> structured() {
    return AllianceArbitraries.games().players(2, 4).withNullPlayer().withInterchangeablePair();
  }

  @Property(tries = 100)
  void structureCanBeAskedForInEveryGame(@ForAll("structured") Game game) {
    assertTrue(3 <= game.size() && game.size() <= 4, game.toString());
    assertEquals(Set.of(PartnerId.of("p" + game.size())), game.nullPlayers());
    assertEquals(Set.of(P1, P2), game.interchangeablePlayers());
  }

  @Provide
  Arbitrary<Game> plain() {
    return AllianceArbitraries.games()
        .players(1, 3)
        .withoutNullPlayer()
        .withoutInterchangeablePair();
  }

  @Property(tries = 100)
  void structureCanBeLeftOut(@ForAll("plain") Game game) {
    assertTrue(1 <= game.size() && game.size() <= 3);
    assertTrue(game.nullPlayers().isEmpty());
    assertTrue(game.interchangeablePlayers().isEmpty());
    assertTrue(game.grandCoalitionValue() > 0);
  }

  @Provide
  Arbitrary<Game> withLosses() {
    return AllianceArbitraries.games().allowingLosses().withNullPlayer();
  }

  @Property(tries = 200)
  void gamesWithLossesHaveValuesOfEitherSign(@ForAll("withLosses") Game game) {
    game.values().values().forEach(v -> assertTrue(-100 <= v && v <= 100, game.toString()));
    assertFalse(game.nullPlayers().isEmpty());
    boolean negative = game.values().values().stream().anyMatch(v -> v < 0);
    Statistics.label("a negative value").collect(negative);
    Statistics.label("a negative value")
        .coverage(coverage -> coverage.check(true).count(c -> c > 0));
  }

  @Example
  void rejectsBadSettings() {
    GameArbitrary games = AllianceArbitraries.games();
    assertEquals(
        "player range 0..3 must lie within 1..8 and not be empty",
        assertThrows(IllegalArgumentException.class, () -> games.players(0, 3)).getMessage());
    assertEquals(
        "player range 2..9 must lie within 1..8 and not be empty",
        assertThrows(IllegalArgumentException.class, () -> games.players(2, 9)).getMessage());
    assertEquals(
        "games with a null player need at least 2 players, but at most 1 are allowed",
        assertThrows(IllegalArgumentException.class, () -> games.players(1, 1).withNullPlayer())
            .getMessage());
    assertEquals(
        "games with a null player and an interchangeable pair need at least 3 players, but at"
            + " most 2 are allowed",
        assertThrows(
                IllegalArgumentException.class,
                () -> games.players(1, 2).withNullPlayer().withInterchangeablePair())
            .getMessage());
    assertEquals(
        "games with an interchangeable pair need at least 2 players, but at most 1 are allowed",
        assertThrows(
                IllegalArgumentException.class, () -> games.withInterchangeablePair().players(1, 1))
            .getMessage());
  }
}

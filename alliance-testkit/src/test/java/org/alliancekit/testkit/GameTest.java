package org.alliancekit.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Maps;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.attribution.game.CharacteristicFunction;
import org.alliancekit.model.party.PartnerId;
import org.junit.jupiter.api.Test;

class GameTest {
  private static final PartnerId A = PartnerId.of("a");
  private static final PartnerId B = PartnerId.of("b");
  private static final PartnerId C = PartnerId.of("c");

  /**
   * A glove game with a bystander: a and b are worth 10 together and nothing alone; c adds nothing
   * anywhere.
   */
  private static Game.Builder gloves() {
    return Game.builder()
        .putValue(ImmutableSet.of(A), 0.0)
        .putValue(ImmutableSet.of(B), 0.0)
        .putValue(ImmutableSet.of(A, B), 10.0)
        .putValue(ImmutableSet.of(C), 0.0)
        .putValue(ImmutableSet.of(A, C), 0.0)
        .putValue(ImmutableSet.of(B, C), 0.0)
        .putValue(ImmutableSet.of(A, B, C), 10.0);
  }

  @Test
  void holdsTheValuesAndTheStructureItIsKnownToHave() {
    Game game = gloves().addNullPlayers(C).addInterchangeablePlayers(A, B).build();

    assertEquals(ImmutableSet.of(A, B, C), game.players());
    assertEquals(3, game.size());
    assertEquals(10.0, game.value(Set.of(B, A)));
    assertEquals(0.0, game.value(Set.of()));
    assertEquals(10.0, game.grandCoalitionValue());
    assertEquals(Set.of(C), game.nullPlayers());
    assertEquals(Set.of(A, B), game.interchangeablePlayers());
    CharacteristicFunction function = game.function();
    assertEquals(game.players(), function.players());
    assertEquals(10.0, function.value(Set.of(A, B, C)));
  }

  @Test
  void ofTakesAnySetsAsCoalitions() {
    Map<Set<PartnerId>, Double> values = new LinkedHashMap<>();
    values.put(Set.of(B), 2.0);
    values.put(Set.of(A), 1.0);
    values.put(Set.of(B, A), 4.0);

    Game game = Game.of(values);

    assertEquals(4.0, game.value(ImmutableSet.of(A, B)));
    assertEquals(Set.of(), game.nullPlayers());
    assertEquals("[a, b]", game.values().keySet().asList().get(2).toString());
  }

  @Test
  void renamingRenamesValuesAndStructure() {
    Game game = gloves().addNullPlayers(C).addInterchangeablePlayers(A, B).build();
    PartnerId z = PartnerId.of("z");

    Game renamed = game.renamed(p -> p.equals(A) ? z : p);

    assertEquals(ImmutableSet.of(B, C, z), renamed.players());
    assertEquals(10.0, renamed.value(Set.of(z, B)));
    assertEquals(Set.of(C), renamed.nullPlayers());
    assertEquals(Set.of(B, z), renamed.interchangeablePlayers());
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> game.renamed(p -> A));
    assertEquals("renaming gives a to two players of [a, b, c]", e.getMessage());
  }

  @Test
  void rejectsAListedNullPlayerThatAddsSomething() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> gloves().addNullPlayers(A).build());
    assertEquals("a is listed as a null player but adds 10.0 to coalition [b]", e.getMessage());
  }

  @Test
  void rejectsListedInterchangeablePlayersThatAddDifferentAmounts() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> gloves().addInterchangeablePlayers(A, C).build());
    assertEquals(
        "a and c are listed as interchangeable but add 10.0 and 0.0 to coalition [b]",
        e.getMessage());
  }

  @Test
  void rejectsASingleInterchangeablePlayer() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> gloves().addInterchangeablePlayers(A).build());
    assertEquals("interchangeable players [a] must be none or at least two", e.getMessage());
  }

  @Test
  void rejectsStructureOfPlayersNotInTheGame() {
    PartnerId x = PartnerId.of("x");
    assertEquals(
        "null player x is not a player of [a, b, c]",
        assertThrows(IllegalArgumentException.class, () -> gloves().addNullPlayers(x).build())
            .getMessage());
    assertEquals(
        "interchangeable player x is not a player of [a, b, c]",
        assertThrows(
                IllegalArgumentException.class,
                () -> gloves().addInterchangeablePlayers(A, x).build())
            .getMessage());
  }

  @Test
  void rejectsAMissingCoalition() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                Game.builder()
                    .putValue(ImmutableSet.of(A), 1.0)
                    .putValue(ImmutableSet.of(A, B), 2.0)
                    .build());
    assertEquals(
        "values give no value for coalition [b]; every non-empty coalition of the 2 players needs"
            + " one",
        e.getMessage());
  }

  @Test
  void rejectsTheEmptyCoalitionAnInfiniteValueNoPlayersAndTooManyPlayers() {
    assertEquals(
        "values list the empty coalition; it is worth 0 and must not be listed",
        assertThrows(
                IllegalArgumentException.class,
                () -> Game.of(Map.of(Set.of(), 0.0, Set.of(A), 1.0)))
            .getMessage());
    assertEquals(
        "value Infinity of coalition [a] must be a finite number",
        assertThrows(
                IllegalArgumentException.class,
                () -> Game.of(Map.of(Set.of(A), Double.POSITIVE_INFINITY)))
            .getMessage());
    assertEquals(
        "game must have at least one player",
        assertThrows(IllegalArgumentException.class, () -> Game.of(Map.of())).getMessage());
    Map<Set<PartnerId>, Double> thirteen = new LinkedHashMap<>();
    for (int i = 1; i <= 13; i++) {
      thirteen.put(Set.of(PartnerId.of("p" + i)), 0.0);
    }
    assertEquals(
        "game has 13 players, more than the 12 allowed",
        assertThrows(IllegalArgumentException.class, () -> Game.of(thirteen)).getMessage());
  }

  @Test
  void valueRejectsStrangers() {
    Game game = gloves().build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> game.value(ImmutableSet.of(A, PartnerId.of("x"))));
    assertEquals("coalition [a, x] is not a coalition of the players [a, b, c]", e.getMessage());
  }

  @Test
  void equalsByValuesAndStructure() {
    new EqualsTester()
        .addEqualityGroup(gloves().build(), gloves().build())
        .addEqualityGroup(gloves().addNullPlayers(C).build())
        .addEqualityGroup(gloves().addInterchangeablePlayers(A, B).build())
        .addEqualityGroup(
            Game.builder()
                .from(gloves().build())
                .values(Maps.transformValues(gloves().build().values(), v -> v * 2))
                .build())
        .testEquals();
  }

  @Test
  void rejectsNulls() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(Game.class);
    tester.testAllPublicInstanceMethods(gloves().build());
    tester.testAllPublicInstanceMethods(Game.builder());
  }

  @Provide
  Arbitrary<Game> games() {
    return AllianceArbitraries.games();
  }

  @Property(tries = 100)
  void buildsFromAnyGameAndCopiesWithAChange(@ForAll("games") Game game) {
    assertEquals(game, Game.builder().from(game).build());
    Game plain = game.withNullPlayers(Set.of()).withInterchangeablePlayers(Set.of());
    assertEquals(game.values(), plain.values());
    assertEquals(Set.of(), plain.nullPlayers());
    assertEquals(
        game,
        plain
            .withNullPlayers(game.nullPlayers())
            .withInterchangeablePlayers(game.interchangeablePlayers()));
  }
}

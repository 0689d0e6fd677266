package org.alliancekit.attribution.game;

import static org.alliancekit.attribution.Fixtures.p;
import static org.alliancekit.attribution.Fixtures.ps;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import org.alliancekit.attribution.Fixtures;
import org.alliancekit.model.party.PartnerId;
import org.junit.jupiter.api.Test;

class CharacteristicFunctionTest {

  private static Map<Set<PartnerId>, Double> twoPlayerTable() {
    Map<Set<PartnerId>, Double> table = new HashMap<>();
    table.put(Set.of(p("a")), 1.0);
    table.put(Set.of(p("b")), 2.0);
    table.put(Set.of(p("a"), p("b")), 4.0);
    return table;
  }

  @Test
  void tableGivesItsValuesAndZeroForTheEmptyCoalition() {
    CharacteristicFunction game = CharacteristicFunction.ofTable(twoPlayerTable());
    assertEquals(ImmutableSet.of(p("a"), p("b")), game.players());
    assertEquals(4.0, game.value(Set.of(p("b"), p("a"))));
    assertEquals(2.0, game.value(Set.of(p("b"))));
    assertEquals(0.0, game.value(Set.of()));
    assertEquals(2, game.size());
  }

  @Test
  void functionIsAskedWithTheCoalition() {
    CharacteristicFunction game = CharacteristicFunction.of(ps("c", "a", "b"), Set::size);
    assertEquals(ps("a", "b", "c"), game.players().asList());
    assertEquals(2.0, game.value(Set.of(p("a"), p("c"))));
    assertEquals(0.0, game.value(Set.of()));
  }

  @Test
  void rejectsTableMissingACoalition() {
    Map<Set<PartnerId>, Double> table = new HashMap<>();
    table.put(Set.of(p("a")), 1.0);
    table.put(Set.of(p("b")), 1.0);
    table.put(Set.of(p("c")), 1.0);
    table.put(Set.of(p("a"), p("b")), 2.0);
    table.put(Set.of(p("a"), p("b"), p("c")), 3.0);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CharacteristicFunction.ofTable(table));
    assertEquals(
        "characteristic function has no value for coalition [a, c]; a table must give a value for"
            + " every non-empty coalition of its 3 players",
        e.getMessage());
  }

  @Test
  void rejectsEmptyCoalitionWorthSomething() {
    Map<Set<PartnerId>, Double> table = twoPlayerTable();
    table.put(Set.of(), 1.0);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CharacteristicFunction.ofTable(table));
    assertEquals("the empty coalition is worth 0 by definition, not 1.0", e.getMessage());
  }

  @Test
  void acceptsEmptyCoalitionWorthZero() {
    Map<Set<PartnerId>, Double> table = twoPlayerTable();
    table.put(Set.of(), 0.0);
    assertEquals(4.0, CharacteristicFunction.ofTable(table).value(Set.of(p("a"), p("b"))));
  }

  @Test
  void rejectsInfiniteTableValue() {
    Map<Set<PartnerId>, Double> table = twoPlayerTable();
    table.put(Set.of(p("a")), Double.POSITIVE_INFINITY);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CharacteristicFunction.ofTable(table));
    assertEquals("value Infinity of coalition [a] must be a finite number", e.getMessage());
  }

  @Test
  void rejectsNanFromFunctionNamingTheCoalition() {
    CharacteristicFunction game = CharacteristicFunction.of(ps("a", "b"), s -> Double.NaN);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> game.value(Set.of(p("b"))));
    assertEquals("value NaN of coalition [b] must be a finite number", e.getMessage());
  }

  @Test
  void rejectsCoalitionWithAStranger() {
    CharacteristicFunction game = CharacteristicFunction.of(ps("a", "b"), Set::size);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> game.value(Set.of(p("x"))));
    assertEquals(
        "coalition member x is not a player of the game; players are [a, b]", e.getMessage());
  }

  @Test
  void rejectsGameWithoutPlayers() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> CharacteristicFunction.of(List.of(), Set::size));
    assertEquals("game must have at least one player", e.getMessage());
    IllegalArgumentException t =
        assertThrows(
            IllegalArgumentException.class, () -> CharacteristicFunction.ofTable(Map.of()));
    assertEquals("game must have at least one player", t.getMessage());
  }

  @Test
  void rejectsPlayerListedTwice() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> CharacteristicFunction.of(ps("a", "b", "a"), Set::size));
    assertEquals("player a is listed more than once", e.getMessage());
  }

  @Test
  void rejectsTableOfTooManyPlayers() {
    Map<Set<PartnerId>, Double> table = new HashMap<>();
    for (int i = 0; i < 26; i++) {
      table.put(Set.of(p("p" + i)), 1.0);
    }
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> CharacteristicFunction.ofTable(table));
    assertEquals(
        "a table can give at most 25 players, this one names 26; give a function instead",
        e.getMessage());
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(CharacteristicFunction.class);
    tester.testAllPublicInstanceMethods(CharacteristicFunction.ofTable(twoPlayerTable()));
  }

  @Test
  void emptyCoalitionIsWorthZeroWhateverTheFunctionSays() {
    CharacteristicFunction game = CharacteristicFunction.of(ps("a", "b"), coalition -> 5);
    assertEquals(0.0, game.value(Set.of()));
    assertEquals(5.0, game.value(Set.of(p("a"))));
  }

  @Test
  void theFunctionSeesAReadOnlySetOfTheMembers() {
    List<String> seen = new ArrayList<>();
    CharacteristicFunction game =
        CharacteristicFunction.of(
            ps("a", "b", "c"),
            coalition -> {
              assertTrue(coalition.contains(p("a")));
              assertFalse(coalition.contains(p("b")));
              assertFalse(coalition.contains(p("x")));
              assertFalse(coalition.contains("a"));
              Iterator<PartnerId> members = coalition.iterator();
              while (members.hasNext()) {
                seen.add(members.next().value());
              }
              assertThrows(NoSuchElementException.class, members::next);
              return coalition.size();
            });
    assertEquals(2.0, game.value(Set.of(p("c"), p("a"))));
    assertEquals(List.of("a", "c"), seen);
  }

  @Test
  void describesItsPlayersAndKind() {
    assertEquals(
        "CharacteristicFunction[a, b] (table)",
        CharacteristicFunction.ofTable(twoPlayerTable()).toString());
    assertEquals(
        "CharacteristicFunction[a, b] (function)",
        CharacteristicFunction.of(ps("b", "a"), Set::size).toString());
  }
}

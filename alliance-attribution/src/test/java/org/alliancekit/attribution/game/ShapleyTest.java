package org.alliancekit.attribution.game;

import static org.alliancekit.attribution.Fixtures.eur;
import static org.alliancekit.attribution.Fixtures.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.attribution.Fixtures;
import org.alliancekit.attribution.MoneySplit;
import org.alliancekit.attribution.Shares;
import org.alliancekit.model.party.PartnerId;
import org.junit.jupiter.api.Test;

class ShapleyTest {
  private static final Shapley EXACT = Shapley.exact();

  private static List<PartnerId> players(int n) {
    List<PartnerId> players = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      players.add(p(String.format("p%02d", i)));
    }
    return players;
  }

  /** Players l1..lL own left gloves, r1..rR right gloves; a coalition is worth its pairs. */
  private static CharacteristicFunction gloveGame(int left, int right) {
    List<PartnerId> players = new ArrayList<>();
    for (int i = 1; i <= left; i++) {
      players.add(p("l" + i));
    }
    for (int i = 1; i <= right; i++) {
      players.add(p("r" + i));
    }
    return CharacteristicFunction.of(
        players,
        s -> {
          long l = s.stream().filter(x -> x.value().startsWith("l")).count();
          return Math.min(l, s.size() - l);
        });
  }

  @Test
  void gloveGameWithOneLeftAndTwoRightGloves() {
    // Closed form: the left glove is pivotal whenever it does not come first, 4 of 6 orders with
    // a right glove before it -> 2/3; each right glove is pivotal only when it comes first and the
    // left glove second, 1 of 6 orders -> 1/6.
    ShapleyValues values = EXACT.values(gloveGame(1, 2));
    assertEquals(2.0 / 3, values.value(p("l1")), 1e-15);
    assertEquals(1.0 / 6, values.value(p("r1")), 1e-15);
    assertEquals(1.0 / 6, values.value(p("r2")), 1e-15);
    assertEquals(1.0, values.grandCoalitionValue());
    assertTrue(values.isExact());
    assertEquals(0.0, values.standardError(p("l1")));
  }

  @Test
  void gloveGameWithTwoLeftAndOneRightGlove() {
    ShapleyValues values = EXACT.values(gloveGame(2, 1));
    assertEquals(2.0 / 3, values.value(p("r1")), 1e-15);
    assertEquals(1.0 / 6, values.value(p("l1")), 1e-15);
  }

  @Test
  void airportGameSharesEachRunwaySegmentAmongItsUsers() {
    // Runway costs 2, 6, 12 for planes a, b, c; a coalition pays for its longest runway.
    // Littlechild-Owen closed form: phi_i = sum over segments k <= i of (c_k - c_(k-1)) / (number
    // of planes using segment k): a = 2/3, b = 2/3 + 4/2 = 8/3, c = 8/3 + 6/1 = 26/3.
    Map<PartnerId, Double> cost = ImmutableMap.of(p("a"), 2.0, p("b"), 6.0, p("c"), 12.0);
    CharacteristicFunction game =
        CharacteristicFunction.of(
            cost.keySet(), s -> s.stream().mapToDouble(cost::get).max().orElse(0));
    ShapleyValues values = EXACT.values(game);
    assertEquals(2.0 / 3, values.value(p("a")), 1e-14);
    assertEquals(8.0 / 3, values.value(p("b")), 1e-14);
    assertEquals(26.0 / 3, values.value(p("c")), 1e-14);
    Shares shares = EXACT.shares(game);
    assertEquals(26.0 / 36, shares.share(p("c")), 1e-14);
    // EUR 36.00 by 2/36, 8/36, 26/36 is 2, 8 and 26.
    MoneySplit split = EXACT.split(game, eur("36.00"));
    assertEquals(eur("2.00"), split.part(p("a")));
    assertEquals(eur("8.00"), split.part(p("b")));
    assertEquals(eur("26.00"), split.part(p("c")));
  }

  @Test
  void weightedVotingGame() {
    // Quota 51 with weights 50, 49, 1: a is pivotal in 4 of the 6 orders (whenever it is not
    // first), b and c in one each -> 2/3, 1/6, 1/6.
    Map<PartnerId, Integer> weight = ImmutableMap.of(p("a"), 50, p("b"), 49, p("c"), 1);
    CharacteristicFunction game =
        CharacteristicFunction.of(
            weight.keySet(), s -> s.stream().mapToInt(weight::get).sum() >= 51 ? 1 : 0);
    ShapleyValues values = EXACT.values(game);
    assertEquals(2.0 / 3, values.value(p("a")), 1e-15);
    assertEquals(1.0 / 6, values.value(p("b")), 1e-15);
    assertEquals(1.0 / 6, values.value(p("c")), 1e-15);
  }

  @Test
  void twentyPlayersAreComputedExactly() {
    // v(S) = |S|^2 is symmetric, so each of 20 players gets 400 / 20 = 20.
    ShapleyValues values =
        EXACT.values(CharacteristicFunction.of(players(20), s -> s.size() * s.size()));
    for (double value : values.values().values()) {
      assertEquals(20.0, value, 1e-9);
    }
  }

  @Test
  void rejectsExactValuesForFortyPlayers() {
    CharacteristicFunction game = CharacteristicFunction.of(players(40), Set::size);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EXACT.values(game));
    assertEquals(
        "exact Shapley values of 40 players would take 2^40 coalitions; exact computation allows"
            + " at most 20 players: use Shapley.sampled(permutations, seed) for larger games",
        e.getMessage());
  }

  @Test
  void samplingHandlesFortyPlayers() {
    // An additive game: every marginal contribution of player i is its own worth i + 1, so the
    // estimate is exact with standard error zero.
    List<PartnerId> players = players(40);
    CharacteristicFunction game =
        CharacteristicFunction.of(
            players, s -> s.stream().mapToDouble(x -> players.indexOf(x) + 1).sum());
    ShapleyValues values = Shapley.sampled(50, 7).values(game);
    assertEquals(50, values.permutations());
    for (int i = 0; i < 40; i++) {
      assertEquals(i + 1, values.value(players.get(i)), 1e-12);
      assertEquals(0.0, values.standardError(players.get(i)), 1e-12);
    }
  }

  @Test
  void samplingTheGloveGameLandsWithinFourStandardErrors() {
    CharacteristicFunction game = gloveGame(3, 4);
    ShapleyValues exact = EXACT.values(game);
    ShapleyValues sampled = Shapley.sampled(20_000, 42).values(game);
    for (PartnerId player : game.players()) {
      double error = sampled.standardError(player);
      assertTrue(error > 0 && error < 0.01, "standard error " + error);
      assertTrue(
          Math.abs(sampled.value(player) - exact.value(player)) <= 4 * error,
          player + ": " + sampled.value(player) + " vs " + exact.value(player));
    }
  }

  @Test
  void sameSeedGivesSameEstimateAndAnotherSeedAnother() {
    CharacteristicFunction game = gloveGame(2, 3);
    assertEquals(Shapley.sampled(100, 1).values(game), Shapley.sampled(100, 1).values(game));
    assertNotEquals(Shapley.sampled(100, 1).values(game), Shapley.sampled(100, 2).values(game));
  }

  @Test
  void rejectsTooFewPermutations() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Shapley.sampled(1, 0));
    assertEquals("permutations 1 must be at least 2 to estimate a standard error", e.getMessage());
  }

  @Test
  void rejectsSharesOfAGameWithNegativeValues() {
    // a alone is worth 1, b alone 0, together 0.5: phi_a = (1 + 0.5) / 2 = 0.75, phi_b = -0.25.
    Map<Set<PartnerId>, Double> table = new HashMap<>();
    table.put(Set.of(p("a")), 1.0);
    table.put(Set.of(p("b")), 0.0);
    table.put(Set.of(p("a"), p("b")), 0.5);
    CharacteristicFunction game = CharacteristicFunction.ofTable(table);
    assertEquals(-0.25, EXACT.values(game).value(p("b")), 1e-15);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EXACT.shares(game));
    assertEquals(
        "player b has a negative Shapley value -0.25, so the values are not shares of credit; use"
            + " the values themselves",
        e.getMessage());
  }

  @Test
  void rejectsSharesOfAWorthlessGame() {
    CharacteristicFunction game = CharacteristicFunction.of(players(2), s -> 0);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> EXACT.shares(game));
    assertEquals(
        "grand coalition is worth 0.0; Shapley shares need a positive worth", e.getMessage());
  }

  @Test
  void valuesRejectStrangers() {
    ShapleyValues values = EXACT.values(gloveGame(1, 1));
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> values.value(p("x")));
    assertEquals("x is not a player; players are [l1, r1]", e.getMessage());
  }

  @Test
  void valuesRejectStandardErrorsForExactValues() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new ShapleyValues(
                    ImmutableMap.of(p("a"), 1.0), ImmutableMap.of(p("a"), 0.1), 0, 1.0));
    assertEquals(
        "standard errors are given exactly when values are sampled; permutations 0, standard"
            + " errors {a=0.1}",
        e.getMessage());
  }

  @Test
  void compensatedSumKeepsTheDigitsThatAPlainSumLoses() {
    // Players a, b, c; v(ac) = 1, v(bc) = 2e16, v(abc) = 2, every other coalition 0. With the
    // weights 1/3, 1/6, 1/6, 1/3 for coalitions of 0, 1, 1, 2 others:
    // a = (2 - 2e16)/3 + 1/6 = (5 - 4e16)/6 = -6666666666666665.83..., nearest double
    // -6666666666666666;
    // b = (2 - 1)/3 + 2e16/6 = 3333333333333333.66..., nearest double 3333333333333333.5;
    // c = 2/3 + 1/6 + 2e16/6 = 3333333333333334.16..., nearest double 3333333333333334.
    // Summed plainly, the terms of size 1e16 swallow the small ones.
    Map<Set<PartnerId>, Double> table = new HashMap<>();
    for (Set<PartnerId> coalition :
        List.of(Set.of(p("a")), Set.of(p("b")), Set.of(p("c")), Set.of(p("a"), p("b")))) {
      table.put(coalition, 0.0);
    }
    table.put(Set.of(p("a"), p("c")), 1.0);
    table.put(Set.of(p("b"), p("c")), 2e16);
    table.put(Set.of(p("a"), p("b"), p("c")), 2.0);
    ShapleyValues values = EXACT.values(CharacteristicFunction.ofTable(table));
    assertEquals(-6666666666666666.0, values.value(p("a")));
    assertEquals(3333333333333333.5, values.value(p("b")));
    assertEquals(3333333333333334.0, values.value(p("c")));
    assertEquals(2.0, values.grandCoalitionValue());
  }

  @Test
  void samplingAveragesTheMarginalsOfExactlyTheDrawnOrders() {
    // Two players: v(a) = 1, v(b) = 2, v(ab) = 5. In the order a, b the marginals are a 1, b 4;
    // in the order b, a they are b 2, a 3. The function sees the first player alone, then both,
    // so the test can tell which orders were drawn and work out mean and standard error itself.
    List<Set<PartnerId>> asked = new ArrayList<>();
    CharacteristicFunction game =
        CharacteristicFunction.of(
            List.of(p("a"), p("b")),
            coalition -> {
              asked.add(Set.copyOf(coalition));
              return coalition.size() == 2 ? 5 : coalition.contains(p("a")) ? 1 : 2;
            });
    int permutations = 40;
    ShapleyValues values = Shapley.sampled(permutations, 7).values(game);
    assertEquals(2 * permutations, asked.size());
    double[] marginalsOfA = new double[permutations];
    for (int k = 0; k < permutations; k++) {
      assertEquals(1, asked.get(2 * k).size());
      assertEquals(2, asked.get(2 * k + 1).size());
      marginalsOfA[k] = asked.get(2 * k).contains(p("a")) ? 1 : 3;
    }
    double mean = 0;
    for (double marginal : marginalsOfA) {
      mean += marginal / permutations;
    }
    double squares = 0;
    for (double marginal : marginalsOfA) {
      squares += (marginal - mean) * (marginal - mean);
    }
    double standardError = Math.sqrt(squares / (permutations - 1) / permutations);
    assertEquals(mean, values.value(p("a")), 1e-12);
    assertEquals(5 - mean, values.value(p("b")), 1e-12);
    assertEquals(standardError, values.standardError(p("a")), 1e-12);
    assertEquals(standardError, values.standardError(p("b")), 1e-12);
    assertTrue(standardError > 0, "both orders should be drawn in 40 tries");
    assertEquals(5.0, values.grandCoalitionValue());
  }

  @Test
  void twoPermutationsAreEnough() {
    ShapleyValues values = Shapley.sampled(2, 1).values(gloveGame(1, 1));
    assertEquals(2, values.permutations());
    assertEquals(1.0, values.value(p("l1")) + values.value(p("r1")));
  }

  @Test
  void describesItself() {
    assertEquals("Shapley[exact]", EXACT.toString());
    assertEquals(
        "Shapley[sampled, 500 permutations, seed 42]", Shapley.sampled(500, 42).toString());
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(Shapley.class);
    tester.testAllPublicInstanceMethods(EXACT);
    tester.testAllPublicConstructors(ShapleyValues.class);
    tester.testAllPublicInstanceMethods(EXACT.values(gloveGame(1, 1)));
  }

  // Laws over random games of 1 to 6 players, given as tables of values in [-5, 10].

  @Property
  void efficiencyValuesAddUpToTheGrandCoalition(@ForAll("games") double[] table) {
    CharacteristicFunction game = table(table);
    ShapleyValues values = EXACT.values(game);
    double sum = values.values().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(table[table.length - 1], sum, 1e-9);
  }

  @Property
  void symmetricPlayersGetEqualValues(@ForAll("games") double[] raw) {
    int n = Integer.numberOfTrailingZeros(raw.length);
    if (n < 2) {
      return;
    }
    // Symmetrise players 0 and 1: v(S) = t(S) + t(S with 0 and 1 swapped).
    double[] table = new double[raw.length];
    for (int mask = 0; mask < raw.length; mask++) {
      table[mask] = raw[mask] + raw[swap01(mask)];
    }
    ShapleyValues values = EXACT.values(table(table));
    assertEquals(values.value(p("p0")), values.value(p("p1")), 1e-9);
  }

  @Property
  void nullPlayerGetsZero(@ForAll("games") double[] raw) {
    int n = Integer.numberOfTrailingZeros(raw.length);
    int last = 1 << (n - 1);
    // Make the last player null: v(S) = t(S without it).
    double[] table = new double[raw.length];
    for (int mask = 0; mask < raw.length; mask++) {
      table[mask] = raw[mask & ~last];
    }
    ShapleyValues values = EXACT.values(table(table));
    assertEquals(0.0, values.value(p("p" + (n - 1))));
    assertEquals(0.0, Shapley.sampled(30, 5).values(table(table)).value(p("p" + (n - 1))));
  }

  @Property
  void valuesDoNotDependOnTheOrderOfPlayersOrCoalitions(
      @ForAll("games") double[] table, @ForAll long seed) {
    int n = Integer.numberOfTrailingZeros(table.length);
    List<PartnerId> players = new ArrayList<>(players(n, "p"));
    Collections.shuffle(players, new Random(seed));
    List<Integer> masks = new ArrayList<>();
    for (int mask = 1; mask < table.length; mask++) {
      masks.add(mask);
    }
    Collections.shuffle(masks, new Random(seed + 1));
    Map<Set<PartnerId>, Double> shuffled = new LinkedHashMap<>();
    for (int mask : masks) {
      shuffled.put(coalition(mask, players(n, "p")), table[mask]);
    }
    CharacteristicFunction asFunction = CharacteristicFunction.of(players, s -> table[mask(s)]);
    assertEquals(
        EXACT.values(table(table)), EXACT.values(CharacteristicFunction.ofTable(shuffled)));
    assertEquals(EXACT.values(table(table)), EXACT.values(asFunction));
    assertEquals(
        Shapley.sampled(20, seed).values(table(table)),
        Shapley.sampled(20, seed).values(asFunction));
  }

  /**
   * Fixed seed: over 100 tries of up to 6 players, a 4-standard-error miss is a 1-in-16,000 event
   * per player.
   */
  @Property(tries = 100, seed = "20250301")
  void sampledValuesLieWithinFourStandardErrorsOfTheExactOnes(
      @ForAll("monotoneGames") double[] table, @ForAll long seed) {
    CharacteristicFunction game = table(table);
    ShapleyValues exact = EXACT.values(game);
    ShapleyValues sampled = Shapley.sampled(400, seed).values(game);
    for (PartnerId player : game.players()) {
      assertTrue(
          Math.abs(sampled.value(player) - exact.value(player))
              <= 4 * sampled.standardError(player) + 1e-9,
          player
              + " sampled "
              + sampled.value(player)
              + " +- "
              + sampled.standardError(player)
              + ", exact "
              + exact.value(player));
    }
    double sum = sampled.values().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(exact.grandCoalitionValue(), sum, 1e-9);
  }

  @Property
  void sharesOfMonotoneGamesSumToOneAndSplitExactly(@ForAll("monotoneGames") double[] table) {
    if (table[table.length - 1] <= 0) {
      return;
    }
    Shares shares = EXACT.shares(table(table));
    double sum = shares.values().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(1.0, sum, Shares.TOLERANCE);
    MoneySplit split = EXACT.split(table(table), eur("999.99"));
    assertEquals(
        0,
        split.parts().values().stream()
            .map(m -> m.getNumber().numberValue(BigDecimal.class))
            .reduce(BigDecimal.ZERO, BigDecimal::add)
            .compareTo(new BigDecimal("999.99")));
  }

  @Provide
  Arbitrary<double[]> games() {
    return Arbitraries.integers()
        .between(1, 6)
        .flatMap(
            n ->
                Arbitraries.doubles()
                    .between(-5, 10)
                    .ofScale(3)
                    .array(double[].class)
                    .ofSize(1 << n)
                    .map(
                        t -> {
                          t[0] = 0;
                          return t;
                        }));
  }

  /** Games where joining never hurts: v(S) = sum over subsets T of S of a non-negative d(T). */
  @Provide
  Arbitrary<double[]> monotoneGames() {
    return Arbitraries.integers()
        .between(1, 6)
        .flatMap(
            n ->
                Arbitraries.doubles()
                    .between(0, 3)
                    .ofScale(2)
                    .array(double[].class)
                    .ofSize(1 << n)
                    .map(
                        d -> {
                          double[] v = new double[d.length];
                          for (int s = 1; s < d.length; s++) {
                            for (int t = s; t > 0; t = (t - 1) & s) {
                              v[s] += d[t];
                            }
                          }
                          return v;
                        }));
  }

  private static CharacteristicFunction table(double[] table) {
    int n = Integer.numberOfTrailingZeros(table.length);
    List<PartnerId> players = players(n, "p");
    Map<Set<PartnerId>, Double> map = new HashMap<>();
    for (int mask = 1; mask < table.length; mask++) {
      map.put(coalition(mask, players), table[mask]);
    }
    return CharacteristicFunction.ofTable(map);
  }

  private static List<PartnerId> players(int n, String prefix) {
    List<PartnerId> players = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      players.add(p(prefix + i));
    }
    return players;
  }

  private static Set<PartnerId> coalition(int mask, List<PartnerId> players) {
    ImmutableSet.Builder<PartnerId> set = ImmutableSet.builder();
    for (int i = 0; i < players.size(); i++) {
      if ((mask & (1 << i)) != 0) {
        set.add(players.get(i));
      }
    }
    return set.build();
  }

  private static int mask(Set<PartnerId> coalition) {
    int mask = 0;
    for (PartnerId member : coalition) {
      mask |= 1 << Integer.parseInt(member.value().substring(1));
    }
    return mask;
  }

  private static int swap01(int mask) {
    int b0 = mask & 1;
    int b1 = (mask >> 1) & 1;
    return (mask & ~3) | (b0 << 1) | b1;
  }
}

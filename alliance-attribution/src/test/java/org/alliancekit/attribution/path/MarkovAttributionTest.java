package org.alliancekit.attribution.path;

import static org.alliancekit.attribution.Fixtures.eur;
import static org.alliancekit.attribution.Fixtures.p;
import static org.alliancekit.attribution.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.attribution.Fixtures;
import org.alliancekit.attribution.MoneySplit;
import org.alliancekit.model.party.PartnerId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class MarkovAttributionTest {
  private static final MarkovAttribution MARKOV = MarkovAttribution.standard();

  @Test
  void removalEffectsOfASmallPathSetWorkedByHand() {
    // Paths: a (1 conversion worth 100, 0 nulls); b (1 conversion worth 20, 1 null);
    // a>b (1 conversion worth 50, 0 nulls). 4 journeys, 3 conversions, value 170.
    //
    // Transitions: start -> a 2/4, start -> b 2/4; a -> conversion 1/2, a -> b 1/2;
    // b -> conversion 2/3, b -> null 1/3.
    // Conversion probabilities: h(b) = 2/3; h(a) = 1/2 + 1/2 * 2/3 = 5/6;
    // h(start) = 1/2 * 5/6 + 1/2 * 2/3 = 3/4 (= 3 conversions / 4 journeys).
    // Without a (start -> a goes to null): 1/2 * 2/3 = 1/3, effect 1 - (1/3) / (3/4) = 5/9.
    // Without b: h(a) = 1/2, start: 1/2 * 1/2 = 1/4, effect 1 - (1/4) / (3/4) = 2/3.
    //
    // Value per journey leaving a state: a 100 / 2 = 50, b (20 + 50) / 3 = 70/3.
    // g(b) = 70/3; g(a) = 50 + 1/2 * 70/3 = 185/3; g(start) = 1/2 * 185/3 + 1/2 * 70/3 = 42.5
    // (= 170 / 4). Without a: 1/2 * 70/3 = 35/3, effect 1 - (35/3) / 42.5 = 37/51.
    // Without b: g(a) = 50, start 25, effect 1 - 25 / 42.5 = 7/17.
    List<JourneyPath> paths =
        List.of(path("a", 1, "100", 0), path("b", 1, "20", 1), path("a>b", 1, "50", 0));
    RemovalEffects effects = MARKOV.removalEffects(paths);
    assertEquals(0.75, effects.conversionProbability(), 1e-15);
    assertEquals(5.0 / 9, effects.conversionEffect(p("a")), 1e-15);
    assertEquals(2.0 / 3, effects.conversionEffect(p("b")), 1e-15);
    assertEquals(37.0 / 51, effects.valueEffect(p("a")), 1e-14);
    assertEquals(7.0 / 17, effects.valueEffect(p("b")), 1e-14);

    // Conversions: 3 * (5/9) / (11/9) = 15/11 and 3 * (6/9) / (11/9) = 18/11.
    // Value: 170 * 37/58 = 108.448.. and 170 * 21/58 = 61.551..: 108.44 + 61.55 = 169.99, the
    // cent left goes to a (remainder .83 against .17) -> 108.45 and 61.55.
    PathAttribution attribution = MARKOV.attribute(paths);
    assertEquals(15.0 / 11, attribution.conversionsOf(p("a")), 1e-14);
    assertEquals(18.0 / 11, attribution.conversionsOf(p("b")), 1e-14);
    assertEquals(3, attribution.totalConversions());
    assertEquals(eur("170.00"), attribution.value().amount());
    assertEquals(eur("108.45"), attribution.value().part(p("a")));
    assertEquals(eur("61.55"), attribution.value().part(p("b")));
    assertEquals(5.0 / 11, MARKOV.shares(paths).share(p("a")), 1e-14);
  }

  @Test
  void aPartnerEveryConversionPassesThroughHasEffectOne() {
    // Paths: a>b (1 conversion), a (1 null), b (1 conversion, 1 null).
    // start -> a 1/2, start -> b 1/2; a -> b 1/2, a -> null 1/2; b -> conversion 2/3, null 1/3.
    // h(b) = 2/3, h(a) = 1/3, h(start) = 1/2. Without a: 1/2 * 2/3 = 1/3, effect 1/3.
    // Without b nothing converts: effect 1. Conversions 2 * (1/3) / (4/3) = 0.5 and 1.5.
    List<JourneyPath> paths =
        List.of(path("a>b", 1, "10", 0), path("a", 0, "0", 1), path("b", 1, "30", 1));
    RemovalEffects effects = MARKOV.removalEffects(paths);
    assertEquals(0.5, effects.conversionProbability(), 1e-15);
    assertEquals(1.0 / 3, effects.conversionEffect(p("a")), 1e-15);
    assertEquals(1.0, effects.conversionEffect(p("b")));
    PathAttribution attribution = MARKOV.attribute(paths);
    assertEquals(0.5, attribution.conversionsOf(p("a")), 1e-15);
    assertEquals(1.5, attribution.conversionsOf(p("b")), 1e-15);
    // Every conversion ends at b, so value effects equal conversion effects: 40 * 1/4 and 3/4.
    assertEquals(eur("10.00"), attribution.value().part(p("a")));
    assertEquals(eur("30.00"), attribution.value().part(p("b")));
  }

  @Test
  void loopsAreSolvedExactly() {
    // Paths: a>b>a (1 conversion), b (1 null).
    // start -> a 1/2, start -> b 1/2; a -> b 1/2, a -> conversion 1/2; b -> a 1/2, b -> null 1/2.
    // h(a) = 1/2 + 1/2 h(b), h(b) = 1/2 h(a): h(a) = 2/3, h(b) = 1/3, h(start) = 1/2.
    // Without a nothing converts: effect 1. Without b: h(a) = 1/2, start 1/4, effect 1/2.
    // Conversions 1 * 1 / 1.5 = 2/3 and 1/3.
    List<JourneyPath> paths = List.of(path("a>b>a", 1, "9", 0), path("b", 0, "0", 1));
    RemovalEffects effects = MARKOV.removalEffects(paths);
    assertEquals(1.0, effects.conversionEffect(p("a")));
    assertEquals(0.5, effects.conversionEffect(p("b")), 1e-15);
    assertEquals(2.0 / 3, MARKOV.attribute(paths).conversionsOf(p("a")), 1e-15);
    assertEquals(eur("6.00"), MARKOV.attribute(paths).value().part(p("a")));
    assertEquals(eur("3.00"), MARKOV.attribute(paths).value().part(p("b")));
  }

  @Test
  void consecutiveRepeatsAreMerged() {
    List<JourneyPath> merged = List.of(path("a>b>a", 1, "9", 0), path("b", 0, "0", 1));
    List<JourneyPath> repeated = List.of(path("a>a>b>b>b>a", 1, "9", 0), path("b>b", 0, "0", 1));
    assertEquals(MARKOV.removalEffects(merged), MARKOV.removalEffects(repeated));
    assertEquals(MARKOV.attribute(merged), MARKOV.attribute(repeated));
  }

  @Test
  void partnersThatNeverLeadToAConversionGetZero() {
    List<JourneyPath> paths = List.of(path("a", 2, "10", 0), path("z", 0, "0", 5));
    PathAttribution attribution = MARKOV.attribute(paths);
    assertEquals(2.0, attribution.conversionsOf(p("a")));
    assertEquals(0.0, attribution.conversionsOf(p("z")));
    assertEquals(eur("0.00"), attribution.value().part(p("z")));
  }

  @Test
  void valueIsRoundedToTheMinorUnitBeforeSplitting() {
    // 0.244 + 3.195 = 3.439 -> 3.44 (half-even), split by value effects.
    List<JourneyPath> paths = List.of(path("a", 1, "0.244", 3), path("b", 2, "3.195", 6));
    assertEquals(eur("3.44"), MARKOV.attribute(paths).value().amount());
  }

  @Test
  void pathsWithoutValueSplitZero() {
    PathAttribution attribution = MARKOV.attribute(List.of(path("a>b", 2, "0", 1)));
    assertEquals(eur("0.00"), attribution.value().amount());
    assertEquals(eur("0.00"), attribution.value().part(p("a")));
  }

  @Test
  void rejectsNoPaths() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MARKOV.attribute(List.of()));
    assertEquals("no journey paths to attribute", e.getMessage());
  }

  @Test
  void rejectsPathsWithoutConversions() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> MARKOV.removalEffects(List.of(path("a", 0, "0", 4), path("b", 0, "0", 1))));
    assertEquals(
        "the 2 journey paths have no conversions, so there is nothing to attribute",
        e.getMessage());
  }

  @Test
  void rejectsPathsInTwoCurrencies() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                MARKOV.attribute(
                    List.of(
                        path("a", 1, "1", 0),
                        JourneyPath.of(List.of(p("b")), 1, Money.of(1, "USD"), 0))));
    assertEquals(
        "journey path 1 has its value in USD, not in EUR like the first path", e.getMessage());
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(MarkovAttribution.class);
    tester.testAllPublicInstanceMethods(MARKOV);
  }

  @Test
  void resultValuesRejectBadInput() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new RemovalEffects(
                    0.5, ImmutableMap.of(p("a"), 1.5), ImmutableMap.of(p("a"), 0.5)));
    assertEquals(
        "conversion removal effect 1.5 of partner a must be between 0 and 1", e.getMessage());
    IllegalArgumentException s =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                new PathAttribution(
                    ImmutableMap.of(p("a"), 1.0),
                    2,
                    MoneySplit.proportional(eur("1"), ImmutableMap.of(p("a"), BigDecimal.ONE))));
    assertEquals("attributed conversions sum to 1.0, not to the total 2", s.getMessage());
  }

  @Property(tries = 200)
  void removalEffectsMatchTheChainSolvedByIteration(@ForAll("pathSets") List<JourneyPath> paths) {
    RemovalEffects effects = MARKOV.removalEffects(paths);
    ChainOracle oracle = new ChainOracle(paths);
    double p = oracle.conversionProbability("");
    double v = oracle.expectedValue("");
    assertEquals(p, effects.conversionProbability(), 1e-9);
    for (PartnerId partner : effects.conversionEffects().keySet()) {
      double expected = 1 - oracle.conversionProbability(partner.value()) / p;
      assertEquals(expected, effects.conversionEffect(partner), 1e-9, partner.toString());
      double expectedValue = v == 0 ? 0 : 1 - oracle.expectedValue(partner.value()) / v;
      assertEquals(expectedValue, effects.valueEffect(partner), 1e-9, partner.toString());
    }
  }

  @Property
  void conversionProbabilityIsTheObservedConversionRate(
      @ForAll("pathSets") List<JourneyPath> paths) {
    long conversions = paths.stream().mapToLong(JourneyPath::conversions).sum();
    long journeys = paths.stream().mapToLong(JourneyPath::journeys).sum();
    assertEquals(
        (double) conversions / journeys,
        MARKOV.removalEffects(paths).conversionProbability(),
        1e-12);
  }

  @Property
  void attributionAddsUpAndDoesNotDependOnPathOrder(
      @ForAll("pathSets") List<JourneyPath> paths, @ForAll long seed) {
    PathAttribution attribution = MARKOV.attribute(paths);
    double sum = attribution.conversions().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(attribution.totalConversions(), sum, 1e-9);
    BigDecimal value =
        attribution.value().parts().values().stream()
            .map(m -> m.getNumber().numberValue(BigDecimal.class))
            .reduce(BigDecimal.ZERO, BigDecimal::add);
    assertEquals(
        0, value.compareTo(attribution.value().amount().getNumber().numberValue(BigDecimal.class)));
    List<JourneyPath> shuffled = new ArrayList<>(paths);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(attribution, MARKOV.attribute(shuffled));
    assertEquals(MARKOV.removalEffects(paths), MARKOV.removalEffects(shuffled));
  }

  @Property
  void interchangeablePartnersGetEqualCredit(@ForAll("pathSets") List<JourneyPath> paths) {
    // Symmetry: rename a to x in a copy of every path and add the copies; a and x then play the
    // same part in the chain.
    List<JourneyPath> doubled = new ArrayList<>(paths);
    for (JourneyPath path : paths) {
      doubled.add(
          JourneyPath.of(
              path.parties().stream().map(q -> q.equals(p("a")) ? p("x") : q).toList(),
              path.conversions(),
              path.value(),
              path.nulls()));
    }
    PathAttribution attribution = MARKOV.attribute(doubled);
    if (attribution.conversions().containsKey(p("a"))) {
      assertEquals(attribution.conversionsOf(p("a")), attribution.conversionsOf(p("x")), 1e-9);
    }
  }

  @Provide
  Arbitrary<List<JourneyPath>> pathSets() {
    Arbitrary<JourneyPath> path =
        Combinators.combine(
                Arbitraries.of("a", "b", "c", "d", "e")
                    .map(PartnerId::of)
                    .list()
                    .ofMinSize(1)
                    .ofMaxSize(6),
                Arbitraries.longs().between(0, 5),
                Arbitraries.integers().between(0, 5000),
                Arbitraries.longs().between(0, 5))
            .as(
                (parties, conversions, cents, nulls) ->
                    JourneyPath.of(
                        parties,
                        conversions,
                        conversions == 0 ? eur("0") : Money.of(BigDecimal.valueOf(cents, 2), "EUR"),
                        conversions + nulls == 0 ? 1 : nulls));
    return path.list()
        .ofMinSize(1)
        .ofMaxSize(12)
        .filter(paths -> paths.stream().anyMatch(x -> x.conversions() > 0))
        .map(ImmutableList::copyOf);
  }
}

package org.alliancekit.attribution.path;

import static org.alliancekit.attribution.Fixtures.eur;
import static org.alliancekit.attribution.Fixtures.p;
import static org.alliancekit.attribution.Fixtures.path;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.attribution.Fixtures;
import org.alliancekit.attribution.game.CharacteristicFunction;
import org.alliancekit.attribution.game.Shapley;
import org.alliancekit.attribution.game.ShapleyValues;
import org.alliancekit.model.party.PartnerId;
import org.junit.jupiter.api.Test;

class SimplifiedShapleyTest {
  private static final SimplifiedShapley MODEL = SimplifiedShapley.standard();

  @Test
  void sharesEachPathsConversionsAmongItsDistinctPartners() {
    // {a}: 3 conversions worth 30; {a, b} (paths a>b and b>a>b): 2 + 2 = 4 conversions worth 40;
    // {a, b, c}: 3 conversions worth 9.99; c alone only nulls.
    // a = 3 + 4/2 + 3/3 = 6; b = 4/2 + 3/3 = 3; c = 3/3 = 1.
    // Value: a = 30 + 40/2 + 9.99/3 = 53.33; b = 20 + 3.33 = 23.33; c = 3.33; total 79.99.
    List<JourneyPath> paths =
        List.of(
            path("a", 3, "30", 1),
            path("a>b", 2, "20", 0),
            path("b>a>b", 2, "20", 5),
            path("c>b>a", 3, "9.99", 0),
            path("c", 0, "0", 7));
    PathAttribution attribution = MODEL.attribute(paths);
    assertEquals(6.0, attribution.conversionsOf(p("a")), 1e-15);
    assertEquals(3.0, attribution.conversionsOf(p("b")), 1e-15);
    assertEquals(1.0, attribution.conversionsOf(p("c")), 1e-15);
    assertEquals(eur("79.99"), attribution.value().amount());
    assertEquals(eur("53.33"), attribution.value().part(p("a")));
    assertEquals(eur("23.33"), attribution.value().part(p("b")));
    assertEquals(eur("3.33"), attribution.value().part(p("c")));
    assertEquals(0.6, MODEL.shares(paths).share(p("a")), 1e-15);
  }

  @Test
  void equalsTheExactShapleyValueOfTheCoverageGame() {
    // The game: a coalition is worth the conversions of all paths whose partners it contains.
    List<JourneyPath> paths =
        List.of(
            path("a", 3, "0", 1),
            path("a>b", 2, "0", 0),
            path("c>b>a", 3, "0", 0),
            path("d>c", 5, "0", 1));
    CharacteristicFunction game =
        CharacteristicFunction.of(
            ImmutableSet.of(p("a"), p("b"), p("c"), p("d")),
            s ->
                paths.stream()
                    .filter(x -> s.containsAll(x.distinctParties()))
                    .mapToLong(JourneyPath::conversions)
                    .sum());
    ShapleyValues exact = Shapley.exact().values(game);
    PathAttribution attribution = MODEL.attribute(paths);
    for (PartnerId partner : game.players()) {
      assertEquals(exact.value(partner), attribution.conversionsOf(partner), 1e-12);
    }
  }

  @Test
  void rejectsNoPaths() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> MODEL.attribute(List.of()));
    assertEquals("no journey paths to attribute", e.getMessage());
  }

  @Test
  void rejectsPathsWithoutConversions() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> MODEL.shares(List.of(path("a", 0, "0", 2))));
    assertEquals(
        "the 1 journey paths have no conversions, so there is nothing to attribute",
        e.getMessage());
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(SimplifiedShapley.class);
    tester.testAllPublicInstanceMethods(MODEL);
  }

  @Property
  void isLinearInThePaths(
      @ForAll("pathSets") List<JourneyPath> first, @ForAll("pathSets") List<JourneyPath> second) {
    List<JourneyPath> both = new ArrayList<>(first);
    both.addAll(second);
    PathAttribution together = MODEL.attribute(both);
    PathAttribution one = MODEL.attribute(first);
    PathAttribution two = MODEL.attribute(second);
    for (PartnerId partner : together.conversions().keySet()) {
      assertEquals(
          one.conversionsOf(partner) + two.conversionsOf(partner),
          together.conversionsOf(partner),
          1e-9);
    }
  }

  @Property
  void addsUpAndDoesNotDependOnPathOrder(
      @ForAll("pathSets") List<JourneyPath> paths, @ForAll long seed) {
    PathAttribution attribution = MODEL.attribute(paths);
    double sum = attribution.conversions().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(attribution.totalConversions(), sum, 1e-9);
    List<JourneyPath> shuffled = new ArrayList<>(paths);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(attribution, MODEL.attribute(shuffled));
  }

  @Property
  void partnerOnlyOnNonConvertingPathsGetsNothing(@ForAll("pathSets") List<JourneyPath> paths) {
    List<JourneyPath> more = new ArrayList<>(paths);
    more.add(path("nobody>a", 0, "0", 3));
    PathAttribution attribution = MODEL.attribute(more);
    assertEquals(0.0, attribution.conversionsOf(p("nobody")));
    assertEquals(eur("0"), attribution.value().part(p("nobody")));
    assertEquals(Set.copyOf(attribution.conversions().keySet()).contains(p("nobody")), true);
  }

  @Provide
  Arbitrary<List<JourneyPath>> pathSets() {
    return new MarkovAttributionTest().pathSets();
  }
}

package org.alliancekit.attribution;

import static org.alliancekit.attribution.Fixtures.eur;
import static org.alliancekit.attribution.Fixtures.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.alliancekit.model.party.PartnerId;
import org.junit.jupiter.api.Test;

class SharesTest {

  @Test
  void keepsPartiesInIdOrderAndAnswersZeroForOthers() {
    Shares shares = Shares.of(ImmutableMap.of(p("b"), 0.25, p("a"), 0.75));
    assertEquals(ImmutableList.of(p("a"), p("b")), shares.parties().asList());
    assertEquals(0.75, shares.share(p("a")));
    assertEquals(0.0, shares.share(p("zz")));
  }

  @Test
  void proportionalDividesByTheTotal() {
    Shares shares = Shares.proportional(ImmutableMap.of(p("a"), 3.0, p("b"), 1.0, p("c"), 0.0));
    assertEquals(0.75, shares.share(p("a")));
    assertEquals(0.25, shares.share(p("b")));
    assertEquals(0.0, shares.share(p("c")));
  }

  @Test
  void splitUsesTheShares() {
    Shares shares = Shares.of(ImmutableMap.of(p("a"), 0.75, p("b"), 0.25));
    MoneySplit split = shares.split(eur("10.01"));
    // 10.01 * 0.75 = 7.5075 -> 7.50 (remainder 0.75 cent), 10.01 * 0.25 = 2.5025 -> 2.50 (0.25):
    // the one cent left goes to the larger remainder, a.
    assertEquals(eur("7.51"), split.part(p("a")));
    assertEquals(eur("2.50"), split.part(p("b")));
  }

  @Test
  void rejectsSharesNotSummingToOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Shares.of(ImmutableMap.of(p("a"), 0.5, p("b"), 0.4)));
    assertEquals("shares sum to 0.9, not 1 (tolerance 1.0E-9)", e.getMessage());
  }

  @Test
  void rejectsShareOutsideZeroToOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Shares.of(ImmutableMap.of(p("a"), 1.5, p("b"), -0.5)));
    assertEquals("share 1.5 of party a must be a number between 0 and 1", e.getMessage());
  }

  @Test
  void rejectsNanShare() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Shares.of(ImmutableMap.of(p("a"), Double.NaN)));
    assertEquals("share NaN of party a must be a number between 0 and 1", e.getMessage());
  }

  @Test
  void rejectsNoParties() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Shares.of(ImmutableMap.of()));
    assertEquals("shares must name at least one party", e.getMessage());
  }

  @Test
  void rejectsAllZeroWeights() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Shares.proportional(ImmutableMap.of(p("a"), 0.0, p("b"), 0.0)));
    assertEquals(
        "weights of parties [a, b] must not all be zero and must have a finite sum, sum is 0.0",
        e.getMessage());
  }

  @Test
  void rejectsNegativeWeight() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> Shares.proportional(ImmutableMap.of(p("a"), -1.0, p("b"), 2.0)));
    assertEquals("weight -1.0 of party a must be a finite number of at least 0", e.getMessage());
  }

  @Test
  void equalityIsByValueWhateverTheOrder() {
    new EqualsTester()
        .addEqualityGroup(
            Shares.of(ImmutableMap.of(p("a"), 0.5, p("b"), 0.5)),
            Shares.of(ImmutableMap.of(p("b"), 0.5, p("a"), 0.5)))
        .addEqualityGroup(Shares.of(ImmutableMap.of(p("a"), 1.0)))
        .addEqualityGroup(Shares.of(ImmutableMap.of(p("a"), 0.25, p("b"), 0.75)))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(Shares.class);
    tester.testAllPublicConstructors(Shares.class);
    tester.testAllPublicInstanceMethods(Shares.of(ImmutableMap.of(p("a"), 1.0)));
  }

  @Property
  void proportionalSharesSumToOne(
      @ForAll @Size(min = 1, max = 30) List<@DoubleRange(min = 0, max = 1e6) Double> weights) {
    Map<PartnerId, Double> map = new HashMap<>();
    for (int i = 0; i < weights.size(); i++) {
      map.put(p("p" + i), weights.get(i));
    }
    map.put(p("last"), 1.0);
    Shares shares = Shares.proportional(map);
    double sum = shares.values().values().stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(1.0, sum, Shares.TOLERANCE);
  }

  @Property
  void scalingAllWeightsChangesNothing(
      @ForAll @Size(min = 1, max = 10) List<@DoubleRange(min = 0.01, max = 1000) Double> weights,
      @ForAll @DoubleRange(min = 0.5, max = 4) double factor) {
    Map<PartnerId, Double> map = new HashMap<>();
    Map<PartnerId, Double> scaled = new HashMap<>();
    for (int i = 0; i < weights.size(); i++) {
      map.put(p("p" + i), weights.get(i));
      scaled.put(p("p" + i), weights.get(i) * factor);
    }
    Shares a = Shares.proportional(map);
    Shares b = Shares.proportional(scaled);
    for (PartnerId party : a.parties()) {
      assertEquals(a.share(party), b.share(party), 1e-12);
    }
  }
}

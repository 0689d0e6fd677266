package org.alliancekit.attribution.touch;

import static org.alliancekit.attribution.Fixtures.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.alliancekit.attribution.Fixtures;
import org.alliancekit.attribution.Shares;
import org.junit.jupiter.api.Test;

class TouchModelTest {
  private static final LocalDate DAY = LocalDate.of(2025, 1, 1);

  /** a on day 0, b on day 5, c on day 10, a again on day 20; closed on day 20. */
  private static final Journey JOURNEY =
      Journey.builder()
          .addTouches(
              Touch.of(p("a"), DAY),
              Touch.of(p("b"), DAY.plusDays(5)),
              Touch.of(p("c"), DAY.plusDays(10)),
              Touch.of(p("a"), DAY.plusDays(20)))
          .closeDate(DAY.plusDays(20))
          .build();

  private static Journey twoTouches() {
    return Journey.of(List.of(Touch.of(p("a"), DAY), Touch.of(p("b"), DAY.plusDays(1))));
  }

  private static void assertWeights(List<Double> expected, List<Double> actual) {
    assertEquals(expected.size(), actual.size(), actual.toString());
    for (int i = 0; i < expected.size(); i++) {
      assertEquals(expected.get(i), actual.get(i), 1e-15, actual.toString());
    }
  }

  @Test
  void firstAndLastTouchGiveEverythingToOneTouch() {
    assertWeights(List.of(1.0, 0.0, 0.0, 0.0), TouchModel.firstTouch().touchWeights(JOURNEY));
    assertWeights(List.of(0.0, 0.0, 0.0, 1.0), TouchModel.lastTouch().touchWeights(JOURNEY));
    assertEquals(1.0, TouchModel.firstTouch().shares(JOURNEY).share(p("a")));
    assertEquals(0.0, TouchModel.firstTouch().shares(JOURNEY).share(p("b")));
    assertEquals(1.0, TouchModel.lastTouch().shares(twoTouches()).share(p("b")));
  }

  @Test
  void linearGivesEveryTouchTheSame() {
    Shares shares = TouchModel.linear().shares(JOURNEY);
    assertEquals(0.5, shares.share(p("a")));
    assertEquals(0.25, shares.share(p("b")));
    assertEquals(0.25, shares.share(p("c")));
  }

  @Test
  void positionBasedIsFortyFortyTwenty() {
    // First and last touch are both a: 0.4 + 0.4; b and c share 0.2.
    assertWeights(List.of(0.4, 0.1, 0.1, 0.4), TouchModel.positionBased().touchWeights(JOURNEY));
    Shares shares = TouchModel.positionBased().shares(JOURNEY);
    assertEquals(0.8, shares.share(p("a")), 1e-15);
    assertEquals(0.1, shares.share(p("b")), 1e-15);
  }

  @Test
  void positionBasedSplitsTwoTouchesByFirstToLast() {
    assertWeights(List.of(0.5, 0.5), TouchModel.positionBased().touchWeights(twoTouches()));
    // 0.3 : 0.5 -> 0.375 : 0.625.
    assertWeights(
        List.of(0.375, 0.625), TouchModel.positionBased(0.3, 0.5).touchWeights(twoTouches()));
    Journey single = Journey.of(List.of(Touch.of(p("a"), DAY)));
    assertWeights(List.of(1.0), TouchModel.positionBased().touchWeights(single));
  }

  @Test
  void positionBasedWithNothingLeftGivesTheMiddleZero() {
    assertWeights(
        List.of(0.5, 0.0, 0.0, 0.5), TouchModel.positionBased(0.5, 0.5).touchWeights(JOURNEY));
  }

  @Test
  void timeDecayHalvesPerHalfLife() {
    // Half-life 10 days, measured from day 20: a@0 weighs 2^-2 = 0.25, b@5 2^-1.5 = 0.353553,
    // c@10 2^-1 = 0.5, a@20 1. Total 2.103553; a gets (0.25 + 1) / 2.103553 = 0.594233.
    Shares shares = TouchModel.timeDecay(Duration.ofDays(10)).shares(JOURNEY);
    double total = 0.25 + Math.pow(2, -1.5) + 0.5 + 1;
    assertEquals(1.25 / total, shares.share(p("a")), 1e-15);
    assertEquals(Math.pow(2, -1.5) / total, shares.share(p("b")), 1e-15);
    assertEquals(0.5 / total, shares.share(p("c")), 1e-15);
  }

  @Test
  void timeDecayDefaultsToSevenDays() {
    // Touches 7 days apart: the older weighs half the newer, so 1/3 and 2/3.
    Journey journey = Journey.of(List.of(Touch.of(p("a"), DAY), Touch.of(p("b"), DAY.plusDays(7))));
    Shares shares = TouchModel.timeDecay().shares(journey);
    assertEquals(1.0 / 3, shares.share(p("a")), 1e-15);
    assertEquals(2.0 / 3, shares.share(p("b")), 1e-15);
  }

  @Test
  void timeDecayKeepsAncientTouchesFromUnderflowing() {
    Journey journey =
        Journey.of(List.of(Touch.of(p("a"), DAY), Touch.of(p("b"), DAY.plusDays(100_000))));
    Shares shares = TouchModel.timeDecay(Duration.ofHours(1)).shares(journey);
    assertEquals(0.0, shares.share(p("a")));
    assertEquals(1.0, shares.share(p("b")));
  }

  @Test
  void rejectsPositionFractionsAboveOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TouchModel.positionBased(0.7, 0.5));
    assertEquals(
        "fractions of the first touch 0.7 and of the last touch 0.5 must sum to more than 0 and"
            + " at most 1",
        e.getMessage());
  }

  @Test
  void rejectsNegativePositionFraction() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TouchModel.positionBased(-0.1, 0.5));
    assertEquals(
        "fraction -0.1 of the first touch must be a finite number of at least 0", e.getMessage());
  }

  @Test
  void rejectsZeroHalfLife() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> TouchModel.timeDecay(Duration.ZERO));
    assertEquals("half-life PT0S must be positive", e.getMessage());
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(TouchModel.class);
    tester.testAllPublicInstanceMethods(TouchModel.timeDecay());
  }

  @Property
  void everyModelGivesSharesSummingToOne(
      @ForAll("models") TouchModel model, @ForAll("journeys") Journey journey) {
    double sum = model.touchWeights(journey).stream().mapToDouble(Double::doubleValue).sum();
    assertEquals(1.0, sum, 1e-12);
    Shares shares = model.shares(journey);
    assertEquals(journey.parties(), ImmutableSet.copyOf(shares.parties()));
  }

  @Property
  void timeDecayDependsOnlyOnTheGapsBetweenTouches(
      @ForAll("journeys") Journey journey, @ForAll @IntRange(min = 1, max = 5000) int shift) {
    ImmutableList<Touch> shifted =
        journey.touches().stream()
            .map(t -> Touch.of(t.party(), t.date().plusDays(shift)))
            .collect(ImmutableList.toImmutableList());
    TouchModel model = TouchModel.timeDecay();
    assertEquals(model.touchWeights(journey), model.touchWeights(Journey.of(shifted)));
  }

  @Provide
  Arbitrary<TouchModel> models() {
    return Arbitraries.of(
        TouchModel.firstTouch(),
        TouchModel.lastTouch(),
        TouchModel.linear(),
        TouchModel.positionBased(),
        TouchModel.positionBased(0.2, 0.3),
        TouchModel.timeDecay(),
        TouchModel.timeDecay(Duration.ofHours(12)));
  }

  @Provide
  Arbitrary<Journey> journeys() {
    return new JourneyTest().journeys();
  }
}

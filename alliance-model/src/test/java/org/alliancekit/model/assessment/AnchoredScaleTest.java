package org.alliancekit.model.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class AnchoredScaleTest {
  private static final AnchoredScale BEST = RatingScale.bestPracticeAnchors();

  private static AnchoredScale yesNo() {
    return RatingScale.anchored(Anchor.of("No", 0), Anchor.of("Yes", 1));
  }

  @Test
  void bestPracticeAnchorsAreWorthQuartersFromZeroToOne() {
    assertEquals(
        ImmutableList.of(
            Anchor.of("Not in place", 0),
            Anchor.of("Planned", 0.25),
            Anchor.of("Partly in place", 0.5),
            Anchor.of("Largely in place", 0.75),
            Anchor.of("Fully in place", 1)),
        BEST.anchors());
    assertEquals(0.0, BEST.min());
    assertEquals(100.0, BEST.max());
  }

  @Test
  void ratingValueOfAnAnchorIsItsFractionTimesHundred() {
    assertEquals(75.0, BEST.valueOf("Largely in place"));
    assertEquals(Optional.of(Anchor.of("Largely in place", 0.75)), BEST.anchorAt(75));
    assertEquals(Optional.of(Anchor.of("Planned", 0.25)), BEST.anchor("Planned"));
    assertEquals(Optional.empty(), BEST.anchor("planned"));
  }

  @Test
  void normalizesAnchorValueByHundred() {
    assertEquals(0.75, BEST.normalize(75));
    assertEquals(0.0, BEST.normalize(0));
    assertEquals(1.0, BEST.normalize(100));
  }

  @Test
  void containsOnlyTheAnchorValues() {
    for (double value : new double[] {0, 25, 50, 75, 100}) {
      assertTrue(BEST.contains(value), Double.toString(value));
    }
    for (double value : new double[] {-25, 10, 30, 74.9, 101, Double.NaN}) {
      assertFalse(BEST.contains(value), Double.toString(value));
    }
  }

  @Test
  void toleratesRoundingInFractionTimesHundred() {
    AnchoredScale scale = RatingScale.anchored(Anchor.of("Low", 0.07), Anchor.of("High", 0.9));
    assertTrue(scale.contains(7));
    assertEquals(0.07, scale.normalize(7));
    assertFalse(scale.contains(7.001));
  }

  @Test
  void toleranceIsInclusive() {
    assertTrue(yesNo().anchorAt(AnchoredScale.TOLERANCE).isPresent());
    assertEquals(Anchor.of("No", 0), yesNo().anchorAt(AnchoredScale.TOLERANCE).orElseThrow());
    assertFalse(yesNo().anchorAt(2 * AnchoredScale.TOLERANCE).isPresent());
  }

  @Test
  void minAndMaxAreTheValuesOfTheOuterAnchors() {
    AnchoredScale scale =
        RatingScale.anchored(Anchor.of("Some", 0.2), Anchor.of("Most", 0.6), Anchor.of("All", 0.9));
    assertEquals(20, scale.min(), 1e-12);
    assertEquals(90, scale.max(), 1e-12);
  }

  @Test
  void normalizeRejectsValueBetweenAnchorsNamingValueAndScale() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> yesNo().normalize(50));
    assertEquals("value 50 is outside scale {0=No, 100=Yes}", e.getMessage());
  }

  @Test
  void valueOfRejectsUnknownLabel() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> yesNo().valueOf("Maybe"));
    assertEquals("anchor label 'Maybe' is not on scale {0=No, 100=Yes}", e.getMessage());
  }

  @Test
  void rejectsFewerThanTwoAnchors() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> RatingScale.anchored(Anchor.of("Only", 1)));
    assertEquals("anchored scale must have at least two anchors, not 1", e.getMessage());
  }

  @Test
  void rejectsRepeatedLabel() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RatingScale.anchored(Anchor.of("Yes", 0), Anchor.of("Yes", 1)));
    assertEquals(
        "anchor label 'Yes' appears more than once; labels must be distinct", e.getMessage());
  }

  @Test
  void rejectsFractionsNotStrictlyIncreasing() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> RatingScale.anchored(List.of(Anchor.of("Low", 0.5), Anchor.of("Lower", 0.5))));
    assertEquals(
        "anchor 'Lower' fraction 0.5 must be greater than the fraction 0.5 of the anchor 'Low'"
            + " before it",
        e.getMessage());
  }

  @Test
  void equalityIsByAnchorsInOrder() {
    new EqualsTester()
        .addEqualityGroup(
            yesNo(), RatingScale.anchored(List.of(Anchor.of("No", 0), Anchor.of("Yes", 1))))
        .addEqualityGroup(RatingScale.anchored(Anchor.of("No", 0), Anchor.of("Yes", 0.9)))
        .addEqualityGroup(RatingScale.anchored(Anchor.of("Never", 0), Anchor.of("Yes", 1)))
        .addEqualityGroup(RatingScale.percent())
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester = new NullPointerTester();
    tester.testAllPublicStaticMethods(AnchoredScale.class);
    tester.testAllPublicConstructors(AnchoredScale.class);
    tester.testAllPublicInstanceMethods(BEST);
  }
}

package org.alliancekit.model.assessment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.relationship.RelationshipId;
import org.junit.jupiter.api.Test;

class AssessmentTest {
  private static final FactorCatalog SCORECARD = FactorCatalogs.allianceSalesScorecard();

  private static Assessment.Builder hostView() {
    return Assessment.builder()
        .id(AssessmentId.of("acme-2026-h1-host"))
        .relationship(RelationshipId.of("acme"))
        .catalog(SCORECARD)
        .scale(RatingScale.zeroToTen())
        .assessor(Assessor.of("Dana Reyes", "Alliance manager"))
        .side(Side.HOST)
        .date(LocalDate.of(2026, 3, 31));
  }

  private static Assessment rated() {
    return hostView()
        .addRatings(Rating.of("Co1", 7), Rating.of("S25", 9), Rating.unknown("O45"))
        .build();
  }

  @Test
  void buildsWithRatingsInTheOrderGiven() {
    Assessment assessment = rated();
    assertEquals(
        ImmutableList.of(Rating.of("Co1", 7), Rating.of("S25", 9), Rating.unknown("O45")),
        assessment.ratings());
    assertEquals(Side.HOST, assessment.side());
    assertEquals(Optional.of(Rating.of("S25", 9)), assessment.rating("S25"));
    assertEquals(Optional.of(Rating.unknown("O45")), assessment.rating("O45"));
    assertEquals(Optional.empty(), assessment.rating("T14"));
    assertEquals(Optional.empty(), assessment.rating("no-such-code"));
  }

  @Test
  void knownValuesAreInCatalogOrderWithNaNForUnknownAndUnratedFactors() {
    Assessment assessment = rated();
    ImmutableList<String> codes = assessment.catalog().codes();
    assertEquals(codes.size(), assessment.knownValues().length());
    for (int column = 0; column < codes.size(); column++) {
      double expected =
          assessment.rating(codes.get(column)).map(Rating::valueOrNaN).orElse(Double.NaN);
      assertEquals(Double.valueOf(expected), Double.valueOf(assessment.knownValues().get(column)));
    }
    assertEquals(7.0, assessment.knownValues().get(codes.indexOf("Co1")));
    assertTrue(Double.isNaN(assessment.knownValues().get(codes.indexOf("O45"))));
    // ratings in catalog order give the same values
    Assessment reordered =
        hostView()
            .addRatings(Rating.unknown("O45"), Rating.of("S25", 9), Rating.of("Co1", 7))
            .build();
    assertEquals(assessment.knownValues(), reordered.knownValues());
  }

  @Test
  void ratingCodesAreWholeRatingsAboveTheMinimumPlusOneInCatalogOrder() {
    Assessment assessment =
        hostView()
            .scale(RatingScale.numeric(1, 5))
            .addRatings(
                Rating.of("S25", 5),
                Rating.of("Co1", 1),
                Rating.of("Co5", 2.5),
                Rating.unknown("O45"))
            .build();
    ImmutableList<String> codes = assessment.catalog().codes();
    byte[] target = new byte[codes.size() + 3];
    target[0] = 99;
    assertTrue(assessment.copyRatingCodes(target, 2));
    assertEquals(99, target[0]);
    assertEquals(1, target[2 + codes.indexOf("Co1")]);
    assertEquals(5, target[2 + codes.indexOf("S25")]);
    assertEquals(-1, target[2 + codes.indexOf("Co5")]);
    assertEquals(0, target[2 + codes.indexOf("O45")]);
    assertEquals(0, target[2 + codes.indexOf("T14")]);
    // an anchored scale has no codes and nothing is copied
    byte[] untouched = new byte[codes.size()];
    Assessment anchored =
        hostView()
            .scale(RatingScale.bestPracticeAnchors())
            .addRatings(Rating.of("Co1", 75))
            .build();
    assertTrue(!anchored.copyRatingCodes(untouched, 0));
    assertEquals(0, untouched[codes.indexOf("Co1")]);
  }

  @Test
  void knownRatingsLeaveOutUnknownOnes() {
    assertEquals(
        ImmutableList.of(Rating.of("Co1", 7), Rating.of("S25", 9)), rated().knownRatings());
  }

  @Test
  void coverageIsShareOfCatalogWithKnownRating() {
    assertEquals(2.0 / 25, rated().coverage());
    assertEquals(0.0, hostView().build().coverage());
    Assessment full =
        hostView()
            .ratings(SCORECARD.codes().stream().map(code -> Rating.of(code, 5)).toList())
            .build();
    assertEquals(1.0, full.coverage());
    assertEquals(ImmutableList.of(), full.unratedCodes());
  }

  @Test
  void unratedCodesAreCatalogCodesWithoutAnyRatingInCatalogOrder() {
    ImmutableList<String> unrated = rated().unratedCodes();
    assertEquals(22, unrated.size());
    assertEquals("Co5", unrated.get(0));
    assertTrue(!unrated.contains("Co1") && !unrated.contains("S25") && !unrated.contains("O45"));
    assertEquals(ImmutableList.of("O45"), rated().unknownCodes());
  }

  @Test
  void acceptsRatingsOnAnchoredScale() {
    Assessment assessment =
        hostView()
            .scale(RatingScale.bestPracticeAnchors())
            .addRatings(Rating.of("Co1", 75), Rating.of("Co5", 0))
            .build();
    assertEquals(
        0.75, assessment.scale().normalize(assessment.rating("Co1").get().value().getAsDouble()));
  }

  @Test
  void rejectsRatingCodeNotInCatalog() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                hostView()
                    .catalog(FactorCatalogs.bestPractices())
                    .addRating(Rating.of("X1", 3))
                    .build());
    assertEquals("rating code X1 is not in catalog BEST_PRACTICES", e.getMessage());
  }

  @Test
  void rejectsBestPracticeCodeMissingFromScorecard() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> hostView().addRating(Rating.of("Co2", 3)).build());
    assertEquals("rating code Co2 is not in catalog SALES_SCORECARD", e.getMessage());
  }

  @Test
  void rejectsValueOutsideNumericScale() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> hostView().addRating(Rating.of("Co1", 11)).build());
    assertEquals("rating 11 for Co1 is outside scale 0..10", e.getMessage());
  }

  @Test
  void rejectsValueBetweenAnchors() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                hostView()
                    .scale(RatingScale.anchored(Anchor.of("No", 0), Anchor.of("Yes", 1)))
                    .addRating(Rating.of("T19", 30))
                    .build());
    assertEquals("rating 30 for T19 is outside scale {0=No, 100=Yes}", e.getMessage());
  }

  @Test
  void rejectsFactorRatedTwice() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> hostView().addRatings(Rating.of("Co1", 7), Rating.unknown("Co1")).build());
    assertEquals(
        "factor Co1 is rated more than once in assessment acme-2026-h1-host", e.getMessage());
  }

  @Test
  void rejectsSameRatingAddedTwice() {
    Rating rating = Rating.of("Co1", 7);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> hostView().addRatings(rating, rating).build());
    assertEquals(
        "factor Co1 is rated more than once in assessment acme-2026-h1-host", e.getMessage());
  }

  @Test
  void changingScaleRechecksRatings() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> rated().withScale(RatingScale.likert5()));
    assertEquals("rating 7 for Co1 is outside scale 1..5", e.getMessage());
  }

  @Test
  void missingSideIsNamed() {
    IllegalStateException e =
        assertThrows(
            IllegalStateException.class,
            () ->
                Assessment.builder()
                    .id(AssessmentId.of("a"))
                    .relationship(RelationshipId.of("r"))
                    .catalog(SCORECARD)
                    .scale(RatingScale.percent())
                    .assessor(Assessor.of("Dana Reyes", "Alliance manager"))
                    .date(LocalDate.of(2026, 1, 1))
                    .build());
    assertTrue(e.getMessage().contains("side"), e.getMessage());
  }

  @Test
  void equalityIsByEveryAttribute() {
    new EqualsTester()
        .addEqualityGroup(rated(), rated(), Assessment.builder().from(rated()).build())
        .addEqualityGroup(rated().withId(AssessmentId.of("other")))
        .addEqualityGroup(rated().withRelationship(RelationshipId.of("globex")))
        .addEqualityGroup(rated().withCatalog(FactorCatalogs.bestPractices()))
        .addEqualityGroup(rated().withScale(RatingScale.percent()))
        .addEqualityGroup(rated().withAssessor(Assessor.of("Sam Okafor", "Partner manager")))
        .addEqualityGroup(rated().withSide(Side.PARTNER))
        .addEqualityGroup(rated().withDate(LocalDate.of(2026, 9, 30)))
        .addEqualityGroup(rated().withRatings(List.of(Rating.of("Co1", 7))))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester = new NullPointerTester();
    tester.setDefault(FactorCatalog.class, SCORECARD);
    tester.setDefault(RatingScale.class, RatingScale.zeroToTen());
    tester.setDefault(Assessor.class, Assessor.of("Dana Reyes", "Alliance manager"));
    tester.setDefault(AssessmentId.class, AssessmentId.of("a"));
    tester.setDefault(RelationshipId.class, RelationshipId.of("r"));
    tester.testAllPublicStaticMethods(Assessment.class);
    tester.testAllPublicInstanceMethods(rated());
    tester.testAllPublicInstanceMethods(Assessment.builder());
  }
}

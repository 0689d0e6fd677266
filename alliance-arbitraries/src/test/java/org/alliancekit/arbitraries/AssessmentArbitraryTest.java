package org.alliancekit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.alliancekit.model.assessment.AnchoredScale;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.relationship.RelationshipId;

class AssessmentArbitraryTest {

  @Provide
  Arbitrary<Assessment> defaults() {
    return ModelArbitraries.assessments();
  }

  @Provide
  Arbitrary<Assessment> scorecardOnZeroToTen() {
    return ModelArbitraries.assessments()
        .forCatalog(FactorCatalogs.allianceSalesScorecard())
        .onScale(RatingScale.zeroToTen())
        .unknownShare(0.25);
  }

  @Provide
  Arbitrary<Assessment> allUnknownButOne() {
    return ModelArbitraries.assessments().unknownShare(1).atLeastOneKnown();
  }

  @Provide
  Arbitrary<Assessment> everyFactorRated() {
    return ModelArbitraries.assessments()
        .onScale(RatingScale.bestPracticeAnchors())
        .unknownShare(0)
        .allFactorsRated()
        .withId(AssessmentId.of("x-7"))
        .forRelationship(RelationshipId.of("rel-9"))
        .fromSide(Side.PARTNER);
  }

  @Property(tries = 300)
  void defaultAssessmentsRateTheirCatalogInOrderWithTheDefaultUnknownShare(
      @ForAll("defaults") Assessment assessment) {
    assertRatingsInCatalogOrder(assessment);
    assertEquals(
        Math.round(AssessmentArbitrary.DEFAULT_UNKNOWN_SHARE * assessment.ratings().size()),
        assessment.unknownCodes().size());
    assertEquals(AssessmentId.of("a1"), assessment.id());
    assertEquals(RelationshipId.of("r1"), assessment.relationship());
    String catalog = assessment.catalog().name();
    Statistics.label("catalog").collect(catalog);
    Statistics.label("scale").collect(assessment.scale().getClass().getSimpleName());
    Statistics.label("catalog")
        .coverage(
            coverage -> {
              coverage.check("CUSTOM").count(n -> n > 0);
              coverage.check(FactorCatalogs.SALES_SCORECARD_NAME).count(n -> n > 0);
              coverage.check(FactorCatalogs.BEST_PRACTICES_NAME).count(n -> n > 0);
            });
    Statistics.label("scale")
        .coverage(
            coverage -> {
              coverage.check("NumericScale").count(n -> n > 0);
              coverage.check("AnchoredScale").count(n -> n > 0);
            });
  }

  @Property(tries = 200)
  void aGivenCatalogScaleAndUnknownShareAreRespected(
      @ForAll("scorecardOnZeroToTen") Assessment assessment) {
    assertEquals(FactorCatalogs.allianceSalesScorecard(), assessment.catalog());
    assertEquals(RatingScale.zeroToTen(), assessment.scale());
    assertEquals(Math.round(0.25 * assessment.ratings().size()), assessment.unknownCodes().size());
    for (Rating rating : assessment.knownRatings()) {
      double value = rating.value().getAsDouble();
      assertEquals(Math.rint(value), value, "whole values on a scale with whole bounds");
    }
  }

  @Property(tries = 200)
  void atLeastOneKnownKeepsOneKnownRatingWhateverTheShare(
      @ForAll("allUnknownButOne") Assessment assessment) {
    assertEquals(1, assessment.knownRatings().size());
    assertEquals(assessment.ratings().size() - 1, assessment.unknownCodes().size());
  }

  @Property(tries = 100)
  void allFactorsRatedRatesEveryFactorWithTheGivenIdsAndSide(
      @ForAll("everyFactorRated") Assessment assessment) {
    assertEquals(assessment.catalog().codes(), codes(assessment));
    assertTrue(assessment.unknownCodes().isEmpty());
    assertEquals(AssessmentId.of("x-7"), assessment.id());
    assertEquals(RelationshipId.of("rel-9"), assessment.relationship());
    assertEquals(Side.PARTNER, assessment.side());
  }

  @Example
  void valuesSpreadOverTheScaleByLevel() {
    assertEquals(0, AssessmentArbitrary.valueAt(RatingScale.zeroToTen(), 0));
    assertEquals(5, AssessmentArbitrary.valueAt(RatingScale.zeroToTen(), 50));
    assertEquals(10, AssessmentArbitrary.valueAt(RatingScale.zeroToTen(), 100));
    // 1 + 4 * 0.33 = 2.32, rounded to the whole value 2 on a scale with whole bounds.
    assertEquals(2, AssessmentArbitrary.valueAt(RatingScale.likert5(), 33));
    // -2.5 + 5 * 0.33 = -0.85: half-unit bounds keep the exact point.
    assertEquals(-0.85, AssessmentArbitrary.valueAt(RatingScale.numeric(-2.5, 2.5), 33), 1e-12);
    // Five anchors: level 60 is 2.4 anchors up, the nearest being the third, "Partly in place".
    AnchoredScale anchors = RatingScale.bestPracticeAnchors();
    assertEquals(50, AssessmentArbitrary.valueAt(anchors, 60));
    assertEquals(100, AssessmentArbitrary.valueAt(anchors, 100));
  }

  @Example
  void rejectsAnUnknownShareOutsideZeroToOne() {
    AssessmentArbitrary assessments = ModelArbitraries.assessments();
    assertEquals(
        "unknown share 1.5 must be between 0 and 1",
        assertThrows(IllegalArgumentException.class, () -> assessments.unknownShare(1.5))
            .getMessage());
    assertEquals(
        "unknown share NaN must be between 0 and 1",
        assertThrows(IllegalArgumentException.class, () -> assessments.unknownShare(Double.NaN))
            .getMessage());
  }

  @Example
  void rejectsNullSettings() {
    AssessmentArbitrary assessments = ModelArbitraries.assessments();
    assertThrows(NullPointerException.class, () -> assessments.forCatalog(null));
    assertThrows(NullPointerException.class, () -> assessments.onScale(null));
    assertThrows(NullPointerException.class, () -> assessments.withId(null));
    assertThrows(NullPointerException.class, () -> assessments.forRelationship(null));
    assertThrows(NullPointerException.class, () -> assessments.fromSide(null));
  }

  @Example
  void configuringReturnsANewArbitraryAndLeavesThisOneAsItWas() {
    AssessmentArbitrary assessments = ModelArbitraries.assessments().onScale(RatingScale.percent());
    assessments.onScale(RatingScale.likert5()).sample();
    assertTrue(
        assessments
            .sampleStream()
            .limit(20)
            .allMatch(a -> a.scale().equals(RatingScale.percent())));
  }

  static void assertRatingsInCatalogOrder(Assessment assessment) {
    List<String> codes = codes(assessment);
    List<String> inCatalogOrder =
        assessment.catalog().codes().stream().filter(codes::contains).toList();
    assertEquals(inCatalogOrder, codes);
  }

  private static List<String> codes(Assessment assessment) {
    return assessment.ratings().stream().map(Rating::code).toList();
  }
}

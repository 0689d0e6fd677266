package org.alliancekit.scoring.assessment;

import static org.alliancekit.model.factor.FactorCategory.COMMERCIAL;
import static org.alliancekit.model.factor.FactorCategory.CULTURAL;
import static org.alliancekit.model.factor.FactorCategory.OPERATIONAL;
import static org.alliancekit.model.factor.FactorCategory.STRATEGIC;
import static org.alliancekit.model.factor.FactorCategory.TECHNICAL;
import static org.alliancekit.scoring.assessment.MissingRatingPolicy.AREA_MEAN;
import static org.alliancekit.scoring.assessment.MissingRatingPolicy.IGNORE;
import static org.alliancekit.scoring.assessment.MissingRatingPolicy.SCALE_MINIMUM;
import static org.alliancekit.scoring.assessment.ScoreFixtures.BEST_PRACTICES;
import static org.alliancekit.scoring.assessment.ScoreFixtures.SCORECARD;
import static org.alliancekit.scoring.assessment.ScoreFixtures.SMALL;
import static org.alliancekit.scoring.assessment.ScoreFixtures.assessment;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.util.List;
import java.util.OptionalDouble;
import java.util.stream.Collectors;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.factor.SuccessFactor;
import org.alliancekit.model.relationship.RelationshipId;
import org.junit.jupiter.api.Test;

/**
 * Known answers worked by hand. Most use {@link ScoreFixtures#SMALL} on the 1..5 scale, where a
 * rating {@code r} normalises to {@code (r - 1) / 4}: C1 = 5 gives 1, C2 = 3 gives 0.5, C3 is
 * unknown and T1 = 2 gives 0.25.
 */
class ScoringRulesTest {
  private static final Assessment SMALL_EXAMPLE =
      assessment(
          SMALL,
          RatingScale.likert5(),
          Rating.of("T1", 2),
          Rating.of("C2", 3),
          Rating.unknown("C3"),
          Rating.of("C1", 5));

  private static Score.Builder smallScore(double overall) {
    return Score.builder()
        .relationship(RelationshipId.of("acme"))
        .date(ScoreFixtures.DATE)
        .catalog("SMALL")
        .overall(overall)
        .coverage(0.75);
  }

  private static FactorScore rated(String code, FactorCategory area, double value) {
    return FactorScore.of(code, area, OptionalDouble.of(value), false, 1);
  }

  @Test
  void likertScaleMapsOneToZeroAndFiveToOne() {
    RatingScale likert = RatingScale.likert5();
    assertEquals(0.0, likert.normalize(1));
    assertEquals(0.5, likert.normalize(3));
    assertEquals(1.0, likert.normalize(5));
    ScoringRule rule = ScoringRules.weightedAverage();
    Rating[] ones = SMALL.codes().stream().map(c -> Rating.of(c, 1)).toArray(Rating[]::new);
    Rating[] fives = SMALL.codes().stream().map(c -> Rating.of(c, 5)).toArray(Rating[]::new);
    assertEquals(0.0, rule.score(assessment(SMALL, likert, ones)).overall());
    assertEquals(1.0, rule.score(assessment(SMALL, likert, fives)).overall());
  }

  @Test
  void anchoredRatingsScoreAsTheirAnchorFraction() {
    // "Largely in place" is recorded as 75 and is worth 0.75; "Planned" as 25, worth 0.25.
    Assessment anchored =
        assessment(
            SMALL, RatingScale.bestPracticeAnchors(), Rating.of("C1", 75), Rating.of("T1", 25));
    Score score = ScoringRules.weightedAverage().score(anchored);
    assertEquals(OptionalDouble.of(0.75), score.factors().get(0).value());
    // (0.75 + 0.25) / 2
    assertEquals(0.5, score.overall());
  }

  @Test
  void weightedAverageIgnoringMissingRatingsScoresKnownOnes() {
    // Commercial: (1 + 0.5) / 2 = 0.75 with weight 2 (two rated factors); technical: 0.25 with
    // weight 1; overall (2 x 0.75 + 0.25) / 3 = 1.75 / 3.
    Score expected =
        smallScore(1.75 / 3)
            .addCategories(
                CategoryScore.of(COMMERCIAL, 0.75, 2, 2, 3),
                CategoryScore.of(TECHNICAL, 0.25, 1, 1, 1))
            .addFactors(
                rated("C1", COMMERCIAL, 1),
                rated("C2", COMMERCIAL, 0.5),
                FactorScore.of("C3", COMMERCIAL, OptionalDouble.empty(), false, 1),
                rated("T1", TECHNICAL, 0.25))
            .build();
    assertEquals(expected, ScoringRules.weightedAverage().score(SMALL_EXAMPLE));
    assertEquals(
        expected, ScoringRules.weightedAverage(Weights.equal(), IGNORE).score(SMALL_EXAMPLE));
  }

  @Test
  void weightedAverageCountsMissingRatingsAsZeroUnderScaleMinimum() {
    // Commercial: (1 + 0.5 + 0) / 3 = 0.5 with weight 3; overall (3 x 0.5 + 0.25) / 4 = 0.4375.
    Score expected =
        smallScore(0.4375)
            .addCategories(
                CategoryScore.of(COMMERCIAL, 0.5, 3, 2, 3),
                CategoryScore.of(TECHNICAL, 0.25, 1, 1, 1))
            .addFactors(
                rated("C1", COMMERCIAL, 1),
                rated("C2", COMMERCIAL, 0.5),
                FactorScore.of("C3", COMMERCIAL, OptionalDouble.of(0), true, 1),
                rated("T1", TECHNICAL, 0.25))
            .build();
    assertEquals(
        expected,
        ScoringRules.weightedAverage(Weights.equal(), SCALE_MINIMUM).score(SMALL_EXAMPLE));
  }

  @Test
  void weightedAverageImputesTheAreaMeanAndKeepsTheAreaWeightUnderAreaMean() {
    // Commercial: 0.75 as under IGNORE, but weight 3; C3 gets 0.75. Overall (2.25 + 0.25) / 4.
    Score expected =
        smallScore(0.625)
            .addCategories(
                CategoryScore.of(COMMERCIAL, 0.75, 3, 2, 3),
                CategoryScore.of(TECHNICAL, 0.25, 1, 1, 1))
            .addFactors(
                rated("C1", COMMERCIAL, 1),
                rated("C2", COMMERCIAL, 0.5),
                FactorScore.of("C3", COMMERCIAL, OptionalDouble.of(0.75), true, 1),
                rated("T1", TECHNICAL, 0.25))
            .build();
    assertEquals(
        expected, ScoringRules.weightedAverage(Weights.equal(), AREA_MEAN).score(SMALL_EXAMPLE));
  }

  @Test
  void factorWeightsShiftTheAreaMeanAndTheFlatAreaWeight() {
    // C1 weighs 3: commercial (3 x 1 + 0.5) / 4 = 0.875 with weight 4; overall (3.5 + 0.25) / 5.
    Score score =
        ScoringRules.weightedAverage(Weights.builder().putFactorWeight("C1", 3).build(), IGNORE)
            .score(SMALL_EXAMPLE);
    assertEquals(0.75, score.overall());
    assertEquals(CategoryScore.of(COMMERCIAL, 0.875, 4, 2, 3), score.category(COMMERCIAL).get());
    assertEquals(3.0, score.factors().get(0).weight());
  }

  @Test
  void explicitAreaWeightsReplaceTheSumOfFactorWeights() {
    // Commercial 0.75 weighs 1, technical 0.25 weighs 3: (0.75 + 0.75) / 4 = 0.375.
    Weights weights =
        Weights.builder().putCategoryWeight(COMMERCIAL, 1).putCategoryWeight(TECHNICAL, 3).build();
    Score score = ScoringRules.weightedAverage(weights, IGNORE).score(SMALL_EXAMPLE);
    assertEquals(0.375, score.overall());
    assertEquals(CategoryScore.of(TECHNICAL, 0.25, 3, 1, 1), score.category(TECHNICAL).get());
  }

  @Test
  void areaOfWeightZeroIsNotScored() {
    Weights weights =
        Weights.builder().putCategoryWeight(COMMERCIAL, 0).putCategoryWeight(TECHNICAL, 1).build();
    Score score = ScoringRules.weightedAverage(weights, IGNORE).score(SMALL_EXAMPLE);
    assertEquals(0.25, score.overall());
    assertEquals(
        ImmutableList.of(TECHNICAL),
        score.categories().stream().map(CategoryScore::category).toList());
    assertEquals(4, score.factors().size());
  }

  @Test
  void weakestLinkCapsEachAreaAtItsWorstFactorPlusTheMargin() {
    // Commercial: min(0.75, 0.5 + 0.2) = 0.7; technical: min(0.25, 0.25 + 0.2) = 0.25;
    // overall (2 x 0.7 + 0.25) / 3 = 0.55.
    Score score = ScoringRules.weakestLink(Weights.equal(), 0.2, IGNORE).score(SMALL_EXAMPLE);
    assertEquals((2 * (0.5 + 0.2) + 0.25) / 3, score.overall());
    assertEquals(0.55, score.overall(), 1e-15);
    assertEquals(0.5 + 0.2, score.category(COMMERCIAL).get().score());
    assertEquals(0.25, score.category(TECHNICAL).get().score());
  }

  @Test
  void weakestLinkWithMarginZeroScoresEachAreaAtItsWorstFactor() {
    // Commercial 0.5 (C2), technical 0.25: (2 x 0.5 + 0.25) / 3.
    Score score = ScoringRules.weakestLink(Weights.equal(), 0, IGNORE).score(SMALL_EXAMPLE);
    assertEquals(1.25 / 3, score.overall());
  }

  @Test
  void weakestLinkCountsAMissingFactorAsTheWorstUnderScaleMinimum() {
    // C3 counts 0: commercial min(0.5, 0 + 0.2) = 0.2 with weight 3; (0.6 + 0.25) / 4 = 0.2125.
    Score score =
        ScoringRules.weakestLink(Weights.equal(), 0.2, SCALE_MINIMUM).score(SMALL_EXAMPLE);
    assertEquals((3 * 0.2 + 0.25) / 4, score.overall());
    assertEquals(0.2125, score.overall(), 1e-15);
  }

  @Test
  void weakestLinkImputesTheUncappedAreaMeanUnderAreaMean() {
    // Commercial: mean 0.75, capped at 0.7, weight 3; C3 imputed with the mean 0.75.
    Score score = ScoringRules.weakestLink(Weights.equal(), 0.2, AREA_MEAN).score(SMALL_EXAMPLE);
    assertEquals((3 * (0.5 + 0.2) + 0.25) / 4, score.overall());
    assertEquals(OptionalDouble.of(0.75), score.factors().get(2).value());
    assertTrue(score.factors().get(2).imputed());
  }

  @Test
  void zeroWeightFactorIsListedButNeitherCountsNorCapsItsArea() {
    // C2 weighs 0: commercial is C1 alone, 1, and C2's 0.5 is no weakest link.
    Weights weights = Weights.builder().putFactorWeight("C2", 0).build();
    Score score = ScoringRules.weakestLink(weights, 0, IGNORE).score(SMALL_EXAMPLE);
    assertEquals(CategoryScore.of(COMMERCIAL, 1, 1, 2, 3), score.category(COMMERCIAL).get());
    assertEquals(
        FactorScore.of("C2", COMMERCIAL, OptionalDouble.of(0.5), false, 0), score.factors().get(1));
  }

  @Test
  void scorecardOverBestPracticesUsesOnlyItsTwentyFiveCodes() {
    // Every scorecard factor is rated 10 (value 1), every other best practice 0: the scorecard
    // sees only ones; a weighted average over all 52 sees 25 ones, 25 / 52.
    Assessment all52 =
        assessment(
            BEST_PRACTICES,
            RatingScale.zeroToTen(),
            BEST_PRACTICES.codes().stream()
                .map(code -> Rating.of(code, SCORECARD.contains(code) ? 10 : 0))
                .toArray(Rating[]::new));
    Score score = ScoringRules.allianceSalesScorecard().score(all52);
    assertEquals(1.0, score.overall());
    assertEquals(SCORECARD.codes(), score.factors().stream().map(FactorScore::code).toList());
    assertEquals(1.0, score.coverage());
    assertEquals("BEST_PRACTICES", score.catalog());
    for (FactorCategory area : FactorCategory.values()) {
      assertEquals(CategoryScore.of(area, 1, 1, 5, 5), score.category(area).get());
    }
    assertEquals(25.0 / 52, ScoringRules.weightedAverage().score(all52).overall(), 1e-15);
  }

  @Test
  void scorecardWeighsAreasEquallyWhateverTheNumberOfRatedFactors() {
    // Five commercial factors at 10 (1) and T14 at 0: the scorecard gives (1 + 0) / 2 = 0.5, a
    // flat average over the six rated factors 5 / 6.
    Assessment assessment =
        assessment(
            SCORECARD,
            RatingScale.zeroToTen(),
            Rating.of("Co1", 10),
            Rating.of("Co5", 10),
            Rating.of("Co6", 10),
            Rating.of("Co7", 10),
            Rating.of("Co8", 10),
            Rating.of("T14", 0));
    assertEquals(0.5, ScoringRules.allianceSalesScorecard().score(assessment).overall());
    assertEquals(5.0 / 6, ScoringRules.weightedAverage().score(assessment).overall());
    // Under SCALE_MINIMUM the three areas without ratings score 0: (1 + 0 x 4) / 5 = 0.2.
    assertEquals(
        0.2, ScoringRules.allianceSalesScorecard(SCALE_MINIMUM).score(assessment).overall());
    // Under AREA_MEAN technical's four unrated factors take T14's 0: the same 0.5.
    Score areaMean = ScoringRules.allianceSalesScorecard(AREA_MEAN).score(assessment);
    assertEquals(0.5, areaMean.overall());
    assertEquals(OptionalDouble.of(0), areaMean.factors().get(6).value());
    assertEquals(6.0 / 25, ScoringRules.allianceSalesScorecard().score(assessment).coverage());
  }

  @Test
  void scorecardRejectsCatalogWithoutItsCodes() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoringRules.allianceSalesScorecard().score(SMALL_EXAMPLE));
    assertEquals(
        "catalog SMALL does not fit the Alliance Sales Balanced Scorecard: it lacks the codes "
            + SCORECARD.codes(),
        e.getMessage());
  }

  @Test
  void scorecardRejectsCatalogMissingSomeCodes() {
    FactorCatalog partial =
        FactorCatalog.of(
            "PARTIAL",
            SCORECARD.factors().stream()
                .filter(f -> !f.code().equals("S25") && !f.code().equals("O48"))
                .toList());
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ScoringRules.allianceSalesScorecard()
                    .score(assessment(partial, RatingScale.zeroToTen(), Rating.of("Co1", 3))));
    assertEquals(
        "catalog PARTIAL does not fit the Alliance Sales Balanced Scorecard: it lacks the codes"
            + " [S25, O48]",
        e.getMessage());
  }

  @Test
  void scorecardRejectsCatalogThatPutsAScorecardCodeInAnotherArea() {
    List<SuccessFactor> moved =
        SCORECARD.factors().stream()
            .map(f -> f.code().equals("Co1") ? f.withCategory(TECHNICAL) : f)
            .toList();
    FactorCatalog catalog = FactorCatalog.of("MOVED", moved);
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ScoringRules.allianceSalesScorecard()
                    .score(assessment(catalog, RatingScale.zeroToTen(), Rating.of("Co1", 3))));
    assertEquals(
        "catalog MOVED does not fit the Alliance Sales Balanced Scorecard: it puts Co1 in"
            + " TECHNICAL, not COMMERCIAL",
        e.getMessage());
  }

  @Test
  void assessmentWithNothingToScoreIsAnErrorNamingIt() {
    Assessment unknown =
        assessment(SMALL, RatingScale.likert5(), Rating.unknown("C1"), Rating.unknown("T1"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ScoringRules.weightedAverage().score(unknown));
    assertEquals(
        "assessment a1 has nothing to score under weightedAverage(Weights.equal(), IGNORE): no"
            + " factor of positive weight in an area of positive weight has a known rating",
        e.getMessage());
    // At the scale minimum the same assessment scores 0.
    assertEquals(
        0.0, ScoringRules.weightedAverage(Weights.equal(), SCALE_MINIMUM).score(unknown).overall());
  }

  @Test
  void knownRatingsOfWeightZeroOnlyLeaveNothingToScore() {
    Assessment onlyC1 = assessment(SMALL, RatingScale.likert5(), Rating.of("C1", 4));
    ScoringRule rule =
        ScoringRules.weightedAverage(Weights.builder().putFactorWeight("C1", 0).build(), AREA_MEAN);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> rule.score(onlyC1));
    assertTrue(e.getMessage().startsWith("assessment a1 has nothing to score"), e.getMessage());
  }

  @Test
  void rejectsAllZeroFactorWeights() {
    Weights zero =
        Weights.builder()
            .putFactorWeight("C1", 0)
            .putFactorWeight("C2", 0)
            .putFactorWeight("C3", 0)
            .putFactorWeight("T1", 0)
            .build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoringRules.weightedAverage(zero, IGNORE).score(SMALL_EXAMPLE));
    assertEquals(
        "weights of all 4 factors scored in catalog SMALL are 0 (C1, C2, C3, T1); at least one"
            + " must be greater than 0",
        e.getMessage());
  }

  @Test
  void rejectsAllZeroFactorWeightsOfALargeCatalogListingTheFirstCodes() {
    Weights.Builder zero = Weights.builder();
    BEST_PRACTICES.codes().forEach(code -> zero.putFactorWeight(code, 0));
    Assessment assessment =
        assessment(BEST_PRACTICES, RatingScale.zeroToTen(), Rating.of("Co1", 3));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoringRules.weakestLink(zero.build(), 0.1, IGNORE).score(assessment));
    assertEquals(
        "weights of all 52 factors scored in catalog BEST_PRACTICES are 0 (Co1, Co2, Co3, Co4,"
            + " Co5, Co6, Co7, Co8, Co9, Co10, ...); at least one must be greater than 0",
        e.getMessage());
  }

  @Test
  void rejectsPositiveAreaWeightOverFactorsThatAllWeighZero() {
    Weights weights =
        Weights.builder()
            .putFactorWeight("C1", 0)
            .putFactorWeight("C2", 0)
            .putFactorWeight("C3", 0)
            .putCategoryWeight(COMMERCIAL, 2)
            .build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoringRules.weightedAverage(weights, IGNORE).score(SMALL_EXAMPLE));
    assertEquals(
        "area COMMERCIAL has weight 2.0 but all its factors scored in catalog SMALL weigh 0; give"
            + " the area weight 0 or one of its factors a positive weight",
        e.getMessage());
  }

  @Test
  void rejectsAllZeroAreaWeights() {
    Weights weights =
        Weights.builder().putCategoryWeight(COMMERCIAL, 0).putCategoryWeight(TECHNICAL, 0).build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoringRules.weightedAverage(weights, IGNORE).score(SMALL_EXAMPLE));
    assertEquals(
        "weights of all areas scored in catalog SMALL are 0 ({COMMERCIAL=0.0, TECHNICAL=0.0}); at"
            + " least one must be greater than 0",
        e.getMessage());
  }

  @Test
  void rejectsFactorWeightsWhoseSumOverflows() {
    Weights huge =
        Weights.builder()
            .putFactorWeight("C1", Double.MAX_VALUE)
            .putFactorWeight("C2", Double.MAX_VALUE)
            .build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ScoringRules.weightedAverage(huge, IGNORE).score(SMALL_EXAMPLE));
    assertEquals(
        "weights of the factors scored in catalog SMALL sum to Infinity; the sum must be a finite"
            + " number",
        e.getMessage());
  }

  @Test
  void rejectsWeakestLinkMarginOutsideZeroToOne() {
    for (double margin : new double[] {-0.1, 1.5, Double.NaN}) {
      IllegalArgumentException e =
          assertThrows(
              IllegalArgumentException.class,
              () -> ScoringRules.weakestLink(Weights.equal(), margin, IGNORE));
      assertEquals(
          "weakest-link margin " + margin + " must be a number between 0 and 1", e.getMessage());
    }
  }

  @Test
  void weightsForCodesOutsideTheCatalogAreIgnored() {
    Weights weights = Weights.builder().putFactorWeight("Co1", 5).build();
    assertEquals(
        ScoringRules.weightedAverage().score(SMALL_EXAMPLE),
        ScoringRules.weightedAverage(weights, IGNORE).score(SMALL_EXAMPLE));
  }

  @Test
  void scoreListsStrongestAndWeakestFactors() {
    Score score = ScoringRules.weightedAverage().score(SMALL_EXAMPLE);
    assertEquals(
        List.of("C1", "C2"),
        score.strongest(2).stream().map(FactorScore::code).collect(Collectors.toList()));
    assertEquals(
        List.of("T1"),
        score.weakest(1).stream().map(FactorScore::code).collect(Collectors.toList()));
    assertEquals(100 * 1.75 / 3, score.percent(), 1e-12);
  }

  @Test
  void factorsAreListedAlikeWhetherTheRatingsLieOnWholePointsOfTheScaleOrBetween() {
    // C1 = 2.5 lies between the likert scale's whole points: (2.5 - 1) / 4 = 0.375.
    Assessment between =
        assessment(
            SMALL,
            RatingScale.likert5(),
            Rating.of("T1", 2),
            Rating.of("C1", 2.5),
            Rating.of("C2", 3));
    List<FactorScore> expected =
        List.of(
            rated("C1", COMMERCIAL, 0.375),
            rated("C2", COMMERCIAL, 0.5),
            FactorScore.of("C3", COMMERCIAL, OptionalDouble.empty(), false, 1),
            rated("T1", TECHNICAL, 0.25));
    Score score = ScoringRules.weightedAverage().score(between);
    assertEquals(expected, score.factors());
    assertEquals(
        List.of(
            rated("C1", COMMERCIAL, 1),
            rated("C2", COMMERCIAL, 0.5),
            FactorScore.of("C3", COMMERCIAL, OptionalDouble.empty(), false, 1),
            rated("T1", TECHNICAL, 0.25)),
        ScoringRules.weightedAverage().score(SMALL_EXAMPLE).factors());
    Score copy = Score.builder().from(score).build();
    assertEquals(copy, score);
    assertEquals(copy.toString(), score.toString());
    assertTrue(
        score.toString().startsWith("Score{relationship=acme, date=" + ScoreFixtures.DATE + ", "),
        score.toString());
  }

  @Test
  void coverageIsTheAssessmentsCoverage() {
    Score score =
        ScoringRules.allianceSalesScorecard()
            .score(
                assessment(
                    BEST_PRACTICES,
                    RatingScale.percent(),
                    Rating.of("Co2", 40),
                    Rating.of("Co1", 60)));
    // Two of 52 rated, though the scorecard considers only Co1 of them.
    assertEquals(2.0 / 52, score.coverage());
    assertEquals(0.6, score.overall());
  }

  @Test
  void rulesReportTheirPolicyAndAreMonotone() {
    assertEquals(IGNORE, ScoringRules.weightedAverage().missingRatingPolicy());
    assertEquals(AREA_MEAN, ScoringRules.allianceSalesScorecard(AREA_MEAN).missingRatingPolicy());
    ScoringRule weakest = ScoringRules.weakestLink(Weights.equal(), 0.1, SCALE_MINIMUM);
    assertEquals(SCALE_MINIMUM, weakest.missingRatingPolicy());
    assertTrue(weakest.isMonotone());
  }

  @Test
  void rulesPrintAsTheCallThatMakesThem() {
    assertEquals(
        "weightedAverage(Weights.equal(), IGNORE)", ScoringRules.weightedAverage().toString());
    assertEquals(
        "weightedAverage(Weights{factors={Co1=2.0}, areas={}}, AREA_MEAN)",
        ScoringRules.weightedAverage(Weights.builder().putFactorWeight("Co1", 2).build(), AREA_MEAN)
            .toString());
    assertEquals(
        "allianceSalesScorecard(SCALE_MINIMUM)",
        ScoringRules.allianceSalesScorecard(SCALE_MINIMUM).toString());
    assertEquals(
        "weakestLink(Weights.equal(), margin=0.1, IGNORE)",
        ScoringRules.weakestLink(Weights.equal(), 0.1, IGNORE).toString());
  }

  @Test
  void rulesCompareByValue() {
    new EqualsTester()
        .addEqualityGroup(
            ScoringRules.weightedAverage(), ScoringRules.weightedAverage(Weights.equal(), IGNORE))
        .addEqualityGroup(ScoringRules.weightedAverage(Weights.equal(), SCALE_MINIMUM))
        .addEqualityGroup(
            ScoringRules.weightedAverage(
                Weights.builder().putFactorWeight("C1", 2).build(), IGNORE))
        .addEqualityGroup(
            ScoringRules.allianceSalesScorecard(), ScoringRules.allianceSalesScorecard(IGNORE))
        .addEqualityGroup(ScoringRules.allianceSalesScorecard(AREA_MEAN))
        .addEqualityGroup(
            ScoringRules.weakestLink(Weights.equal(), 0.1, IGNORE),
            ScoringRules.weakestLink(Weights.equal(), 0.1, IGNORE))
        .addEqualityGroup(ScoringRules.weakestLink(Weights.equal(), 0.2, IGNORE))
        .addEqualityGroup(ScoringRules.weakestLink(Weights.equal(), 1, IGNORE))
        .testEquals();
    assertEquals(
        ScoringRules.weakestLink(Weights.equal(), 0.0, IGNORE),
        ScoringRules.weakestLink(Weights.equal(), -0.0, IGNORE));
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = ScoreFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(ScoringRules.class);
    tester.testAllPublicInstanceMethods(ScoringRules.weightedAverage());
    tester.testAllPublicInstanceMethods(ScoringRules.allianceSalesScorecard());
    tester.testAllPublicInstanceMethods(ScoringRules.weakestLink(Weights.equal(), 0.3, AREA_MEAN));
  }

  @Test
  void areasWithoutFactorsInTheCatalogAreNotScored() {
    Score score = ScoringRules.weightedAverage().score(SMALL_EXAMPLE);
    for (FactorCategory area : List.of(STRATEGIC, CULTURAL, OPERATIONAL)) {
      assertTrue(score.category(area).isEmpty(), area.toString());
    }
  }
}

package org.alliancekit.scoring.portfolio;

import static org.alliancekit.model.factor.FactorCategory.COMMERCIAL;
import static org.alliancekit.model.factor.FactorCategory.STRATEGIC;
import static org.alliancekit.model.factor.FactorCategory.TECHNICAL;
import static org.alliancekit.scoring.assessment.ScoreFixtures.BEST_PRACTICES;
import static org.alliancekit.scoring.assessment.ScoreFixtures.SCORECARD;
import static org.alliancekit.scoring.assessment.ScoreFixtures.SMALL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;
import org.alliancekit.arbitraries.ModelArbitraries;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.NumericScale;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.assessment.CategoryScore;
import org.alliancekit.scoring.assessment.MissingRatingPolicy;
import org.alliancekit.scoring.assessment.Score;
import org.alliancekit.scoring.assessment.ScoreFixtures;
import org.alliancekit.scoring.assessment.ScoringRule;
import org.alliancekit.scoring.assessment.ScoringRules;
import org.alliancekit.scoring.assessment.Weights;
import org.junit.jupiter.api.Test;

class PortfolioScorerTest {
  private static final double NAN = Double.NaN;
  private static final PortfolioScorer SMALL_SCORER =
      PortfolioScorer.of(ScoringRules.weightedAverage(), SMALL);

  private static List<RelationshipId> ids(String... ids) {
    return Arrays.stream(ids).map(RelationshipId::of).toList();
  }

  /**
   * Four rows of the small catalog (C1, C2, C3 commercial, T1 technical): a good row worked by
   * hand, a value above 1, nothing known, and all zeros.
   */
  private static RatingMatrix smallMatrix() {
    return RatingMatrix.of(
        SMALL,
        ids("acme", "bolt", "core", "acme"),
        new double[] {
          1, 0.5, NAN, 0.25, //
          1.5, 0.5, 0.5, 0.5, //
          NAN, NAN, NAN, NAN, //
          0, 0, 0, 0
        });
  }

  @Test
  void scoresEachRowAndReportsEveryBadRowWithItsIndexAndId() {
    PortfolioScores scores = SMALL_SCORER.score(smallMatrix());
    // Row 0 as in the object rule's worked example: commercial 0.75 (weight 2), technical 0.25.
    assertEquals(1.75 / 3, scores.overall(0));
    assertEquals(0.75, scores.area(0, COMMERCIAL));
    assertEquals(0.25, scores.area(0, TECHNICAL));
    assertTrue(scores.isValid(0));
    assertTrue(scores.isScored(0, COMMERCIAL));
    assertFalse(scores.isScored(0, STRATEGIC));
    assertEquals(
        List.of(
            Problem.atRow(
                1,
                "bolt",
                ProblemKind.OUT_OF_RANGE,
                "normalised rating 1.5 for C1 must be NaN (unknown) or a number between 0 and 1"),
            Problem.atRow(
                2,
                "core",
                ProblemKind.MISSING_VALUE,
                "nothing to score under weightedAverage(Weights.equal(), IGNORE): no factor of"
                    + " positive weight in an area of positive weight has a known rating")),
        scores.problems());
    assertFalse(scores.isValid(1));
    assertFalse(scores.isValid(2));
    assertTrue(scores.isValid(3));
    assertEquals(0.0, scores.overall(3));
    assertEquals(4, scores.size());
    assertEquals(2, scores.validCount());
    assertFalse(scores.isClean());
    assertEquals(RelationshipId.of("core"), scores.relationship(2));
    assertEquals(ids("acme", "bolt", "core", "acme"), scores.relationships());
  }

  @Test
  void outputsHoldNoNanAndInvalidRowsScoreZero() {
    PortfolioScores scores = SMALL_SCORER.score(smallMatrix());
    assertEquals(0, Arrays.compare(new double[] {1.75 / 3, 0, 0, 0}, scores.overallScores()));
    for (FactorCategory area : FactorCategory.values()) {
      for (double value : scores.areaScores(area)) {
        assertFalse(Double.isNaN(value), area.toString());
      }
      assertFalse(scores.isScored(1, area));
    }
    assertEquals(0, Arrays.compare(new double[4], scores.areaScores(STRATEGIC)));
  }

  @Test
  void arrayAccessorsReturnCopies() {
    PortfolioScores scores = SMALL_SCORER.score(smallMatrix());
    scores.overallScores()[0] = 0.99;
    scores.areaScores(COMMERCIAL)[0] = 0.99;
    assertEquals(1.75 / 3, scores.overall(0));
    assertEquals(0.75, scores.area(0, COMMERCIAL));
  }

  @Test
  void scorecardOverBestPracticesUsesOnlyItsTwentyFiveColumns() {
    // Scorecard columns 1, every other best practice 0: the scorecard sees only ones.
    double[] row = new double[BEST_PRACTICES.size()];
    for (int column = 0; column < row.length; column++) {
      row[column] = SCORECARD.contains(BEST_PRACTICES.codes().get(column)) ? 1 : 0;
    }
    PortfolioScores scores =
        PortfolioScorer.of(ScoringRules.allianceSalesScorecard(), BEST_PRACTICES)
            .score(RatingMatrix.of(BEST_PRACTICES, ids("acme"), row));
    assertEquals(1.0, scores.overall(0));
    for (FactorCategory area : FactorCategory.values()) {
      assertEquals(1.0, scores.area(0, area));
    }
  }

  @Test
  void outOfRangeValueInAColumnTheRuleLeavesOutIsStillReported() {
    double[] row = new double[BEST_PRACTICES.size()];
    row[BEST_PRACTICES.indexOf("Co2")] = -0.5;
    PortfolioScores scores =
        PortfolioScorer.of(ScoringRules.allianceSalesScorecard(), BEST_PRACTICES)
            .score(RatingMatrix.of(BEST_PRACTICES, ids("acme"), row));
    assertEquals(
        "normalised rating -0.5 for Co2 must be NaN (unknown) or a number between 0 and 1",
        scores.problems().get(0).message());
  }

  @Test
  void infiniteValueIsOutOfRange() {
    PortfolioScores scores =
        SMALL_SCORER.score(
            RatingMatrix.of(
                SMALL, ids("acme"), new double[] {0.5, Double.POSITIVE_INFINITY, 0, 0}));
    assertEquals(ProblemKind.OUT_OF_RANGE, scores.problems().get(0).kind());
  }

  @Test
  void problemsFoundWhileBuildingArePassedOn() {
    Assessment otherCatalog =
        ScoreFixtures.assessment(SCORECARD, RatingScale.zeroToTen(), Rating.of("Co1", 4));
    RatingMatrix matrix =
        RatingMatrix.builder(SMALL)
            .addRow(RelationshipId.of("acme"), RatingScale.likert5(), 5, 3, NAN, 2)
            .addRow(RelationshipId.of("bolt"), RatingScale.likert5(), 5, 7, NAN, 9)
            .addRow(otherCatalog)
            .build();
    Problem offScale =
        Problem.atRow(
            1,
            "bolt",
            ProblemKind.OUT_OF_RANGE,
            "rating 7 for C2 is outside scale 1..5; rating 9 for T1 is outside scale 1..5");
    Problem unknownCatalog =
        Problem.atRow(
            2,
            "acme",
            ProblemKind.UNKNOWN_REFERENCE,
            "assessment a1 uses catalog SALES_SCORECARD, not the matrix's catalog SMALL");
    assertEquals(List.of(offScale, unknownCatalog), matrix.problems());
    assertTrue(Double.isNaN(matrix.value(1, "C1")));
    PortfolioScores scores = SMALL_SCORER.score(matrix);
    assertEquals(List.of(offScale, unknownCatalog), scores.problems());
    assertEquals(1.75 / 3, scores.overall(0));
  }

  @Test
  void scoringAssessmentsGoesThroughTheMatrix() {
    Assessment example =
        ScoreFixtures.assessment(
            SMALL,
            RatingScale.likert5(),
            Rating.of("C1", 5),
            Rating.of("C2", 3),
            Rating.of("T1", 2));
    Assessment scorecard =
        ScoreFixtures.assessment(SCORECARD, RatingScale.zeroToTen(), Rating.of("Co1", 4));
    PortfolioScores scores = SMALL_SCORER.score(List.of(example, scorecard, example));
    assertEquals(1.75 / 3, scores.overall(0));
    assertEquals(1.75 / 3, scores.overall(2));
    assertEquals(1, scores.problems().size());
    assertEquals(1, scores.problems().get(0).row().getAsLong());
    assertEquals(ProblemKind.UNKNOWN_REFERENCE, scores.problems().get(0).kind());
  }

  @Test
  void runsARuleOfOnesOwnThroughItsScoreMethodAndLetsItsOtherFailuresThrough() {
    ScoringRule custom =
        new ScoringRule() {
          @Override
          public Score score(Assessment assessment) {
            throw new UnsupportedOperationException("not today");
          }

          @Override
          public MissingRatingPolicy missingRatingPolicy() {
            return MissingRatingPolicy.IGNORE;
          }

          @Override
          public String toString() {
            return "custom";
          }
        };
    PortfolioScorer scorer = PortfolioScorer.of(custom, SMALL);
    assertEquals(custom, scorer.rule());
    assertEquals("PortfolioScorer{custom, catalog=SMALL}", scorer.toString());
    UnsupportedOperationException e =
        assertThrows(UnsupportedOperationException.class, () -> scorer.score(smallMatrix()));
    assertEquals("not today", e.getMessage());
  }

  /**
   * A rule of a user's own, not one of {@link ScoringRules}: each area scores the mean of its rated
   * factors, and the overall score is the mean of the scored areas in which Commercial counts
   * double.
   */
  static final class CommercialCountsDouble implements ScoringRule {
    private static final ScoringRule AREAS =
        ScoringRules.weightedAverage(everyAreaWeighsOne(), MissingRatingPolicy.IGNORE);

    private static Weights everyAreaWeighsOne() {
      Weights.Builder weights = Weights.builder();
      for (FactorCategory area : FactorCategory.values()) {
        weights.putCategoryWeight(area, 1);
      }
      return weights.build();
    }

    @Override
    public Score score(Assessment assessment) {
      Score areas = AREAS.score(assessment);
      double sum = 0;
      double weights = 0;
      for (CategoryScore area : areas.categories()) {
        double weight = area.category() == COMMERCIAL ? 2 : 1;
        sum += weight * area.score();
        weights += weight;
      }
      return Score.builder().from(areas).overall(sum / weights).build();
    }

    @Override
    public MissingRatingPolicy missingRatingPolicy() {
      return MissingRatingPolicy.IGNORE;
    }

    @Override
    public String toString() {
      return "commercialCountsDouble";
    }
  }

  @Test
  void ruleOfOnesOwnScoresEachRowAsItsObjectApi() {
    PortfolioScorer scorer = PortfolioScorer.of(new CommercialCountsDouble(), SMALL);
    // Row 0: commercial (1 + 0) / 2 = 0.5 counts double, technical 0.25: (2 x 0.5 + 0.25) / 3.
    PortfolioScores scores =
        scorer.score(
            RatingMatrix.of(
                SMALL,
                ids("acme", "bolt", "core"),
                new double[] {
                  1, 0, NAN, 0.25, //
                  0.5, 1.5, 0.5, 0.5, //
                  NAN, NAN, NAN, NAN
                }));
    assertEquals(1.25 / 3, scores.overall(0));
    assertEquals(0.5, scores.area(0, COMMERCIAL));
    assertEquals(0.25, scores.area(0, TECHNICAL));
    assertFalse(scores.isScored(0, STRATEGIC));
    Assessment acme =
        ScoreFixtures.assessmentBuilder(SMALL, RatingScale.likert5())
            .relationship(RelationshipId.of("acme"))
            .addRatings(Rating.of("C1", 5), Rating.of("C2", 1), Rating.of("T1", 2))
            .build();
    Score expected = new CommercialCountsDouble().score(acme);
    assertEquals(expected.overall(), scores.overall(0));
    assertEquals(expected.overall(), scorer.score(List.of(acme)).overall(0));
    assertEquals(2, scores.problems().size());
    assertEquals(
        Problem.atRow(
            1,
            "bolt",
            ProblemKind.OUT_OF_RANGE,
            "normalised rating 1.5 for C2 must be NaN (unknown) or a number between 0 and 1"),
        scores.problems().get(0));
    Problem nothing = scores.problems().get(1);
    assertEquals(2, nothing.row().getAsLong());
    assertEquals(ProblemKind.MISSING_VALUE, nothing.kind());
    assertTrue(
        nothing
            .message()
            .startsWith(
                "rule commercialCountsDouble cannot score the row: assessment row-2 has nothing to"
                    + " score under weightedAverage("),
        nothing.message());
  }

  @Test
  void ruleOfOnesOwnThatRefusesARowWithRatingsLeavesThatRowUndefined() {
    ScoringRule picky =
        new ScoringRule() {
          private final ScoringRule standard = ScoringRules.weightedAverage();

          @Override
          public Score score(Assessment assessment) {
            if (assessment.relationship().value().equals("bolt")) {
              throw new IllegalArgumentException("bolt is not scored");
            }
            return standard.score(assessment);
          }

          @Override
          public MissingRatingPolicy missingRatingPolicy() {
            return MissingRatingPolicy.IGNORE;
          }

          @Override
          public String toString() {
            return "picky";
          }
        };
    PortfolioScores scores =
        PortfolioScorer.of(picky, SMALL)
            .score(
                RatingMatrix.of(
                    SMALL, ids("acme", "bolt"), new double[] {1, 0.5, NAN, 0.25, 1, 1, 1, 1}));
    assertEquals(1.75 / 3, scores.overall(0));
    assertEquals(
        List.of(
            Problem.atRow(
                1,
                "bolt",
                ProblemKind.UNDEFINED,
                "rule picky cannot score the row: bolt is not scored")),
        scores.problems());
  }

  @Property(tries = 200)
  void ruleOfOnesOwnGivesTheObjectApisNumbersOnAnyInputAndThreads(
      @ForAll("portfolios") Portfolio p, @ForAll @IntRange(min = 1, max = 8) int threads) {
    ScoringRule rule = new CommercialCountsDouble();
    PortfolioScorer scorer = PortfolioScorer.of(rule, p.catalog());
    PortfolioScores scores = scorer.score(p.assessments());
    List<Problem> expectedProblems = new ArrayList<>();
    for (int row = 0; row < p.assessments().size(); row++) {
      Assessment assessment = p.assessments().get(row);
      Score score;
      try {
        score = rule.score(assessment);
      } catch (IllegalArgumentException e) {
        assertFalse(scores.isValid(row));
        expectedProblems.add(
            Problem.atRow(
                row,
                assessment.relationship().value(),
                assessment.knownRatings().isEmpty()
                    ? ProblemKind.MISSING_VALUE
                    : ProblemKind.UNDEFINED,
                "rule commercialCountsDouble cannot score the row: " + e.getMessage()));
        continue;
      }
      assertTrue(scores.isValid(row));
      assertEquals(
          Double.doubleToRawLongBits(score.overall()),
          Double.doubleToRawLongBits(scores.overall(row)));
      for (FactorCategory area : FactorCategory.values()) {
        Optional<Double> expected = score.category(area).map(category -> category.score());
        assertEquals(expected.isPresent(), scores.isScored(row, area));
        assertEquals(expected.orElse(0.0), scores.area(row, area));
      }
    }
    assertEquals(expectedProblems, scores.problems());
    // A matrix row is the assessment's normalised ratings: the same numbers and problem kinds (the
    // rule's messages name the assessment, row-<index> for a matrix row).
    RatingMatrix.Builder matrix = RatingMatrix.builder(p.catalog());
    p.assessments().forEach(matrix::addRow);
    PortfolioScores fromMatrix = scorer.score(matrix.build(), threads);
    assertEquals(0, Arrays.compare(scores.overallScores(), fromMatrix.overallScores()));
    for (FactorCategory area : FactorCategory.values()) {
      assertEquals(0, Arrays.compare(scores.areaScores(area), fromMatrix.areaScores(area)));
    }
    assertEquals(rowsAndKinds(scores), rowsAndKinds(fromMatrix));
  }

  private static List<String> rowsAndKinds(PortfolioScores scores) {
    return scores.problems().stream().map(problem -> problem.row() + " " + problem.kind()).toList();
  }

  @Test
  void rejectsRuleThatDoesNotFitTheCatalog() {
    IllegalArgumentException scorecard =
        assertThrows(
            IllegalArgumentException.class,
            () -> PortfolioScorer.of(ScoringRules.allianceSalesScorecard(), SMALL));
    assertEquals(
        "catalog SMALL does not fit the Alliance Sales Balanced Scorecard: it lacks the codes "
            + SCORECARD.codes(),
        scorecard.getMessage());
    Weights zero =
        Weights.builder()
            .putFactorWeight("C1", 0)
            .putFactorWeight("C2", 0)
            .putFactorWeight("C3", 0)
            .putFactorWeight("T1", 0)
            .build();
    IllegalArgumentException weights =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PortfolioScorer.of(
                    ScoringRules.weightedAverage(zero, MissingRatingPolicy.IGNORE), SMALL));
    assertEquals(
        "weights of all 4 factors scored in catalog SMALL are 0 (C1, C2, C3, T1); at least one"
            + " must be greater than 0",
        weights.getMessage());
  }

  @Test
  void rejectsMatrixOfAnotherCatalog() {
    RatingMatrix scorecard = RatingMatrix.of(SCORECARD, ids(), new double[0]);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SMALL_SCORER.score(scorecard));
    assertEquals(
        "a rating matrix of catalog SALES_SCORECARD cannot be scored by a scorer of catalog SMALL",
        e.getMessage());
  }

  @Test
  void emptyMatrixGivesEmptyScores() {
    PortfolioScores scores = SMALL_SCORER.score(RatingMatrix.of(SMALL, ids(), new double[0]));
    assertEquals(0, scores.size());
    assertTrue(scores.isClean());
  }

  @Test
  void floatMatrixScoresAsTheDoubleMatrixOfTheWidenedValues() {
    float[] floats = {1f, 0.5f, Float.NaN, 0.25f, 0.1f, 0.7f, 0.3f, Float.NaN};
    double[] doubles = new double[floats.length];
    for (int i = 0; i < floats.length; i++) {
      doubles[i] = floats[i];
    }
    PortfolioScores fromFloats = SMALL_SCORER.score(RatingMatrix.of(SMALL, ids("a", "b"), floats));
    PortfolioScores fromDoubles =
        SMALL_SCORER.score(RatingMatrix.of(SMALL, ids("a", "b"), doubles));
    assertEquals(fromDoubles, fromFloats);
    assertEquals(1.75 / 3, fromFloats.overall(0));
  }

  @Test
  void scorerDescribesItself() {
    assertEquals(ScoringRules.weightedAverage(), SMALL_SCORER.rule());
    assertEquals(SMALL, SMALL_SCORER.catalog());
    assertEquals(
        "PortfolioScorer{weightedAverage(Weights.equal(), IGNORE), catalog=SMALL}",
        SMALL_SCORER.toString());
    assertEquals(
        "PortfolioScores{rows=4, valid=2, problems=[row 1 (bolt) OUT_OF_RANGE: normalised rating"
            + " 1.5 for C1 must be NaN (unknown) or a number between 0 and 1, row 2 (core)"
            + " MISSING_VALUE: nothing to score under weightedAverage(Weights.equal(), IGNORE): no"
            + " factor of positive weight in an area of positive weight has a known rating]}",
        SMALL_SCORER.score(smallMatrix()).toString());
  }

  @Test
  void scoresCompareByValue() {
    new com.google.common.testing.EqualsTester()
        .addEqualityGroup(SMALL_SCORER.score(smallMatrix()), SMALL_SCORER.score(smallMatrix()))
        .addEqualityGroup(
            PortfolioScorer.of(
                    ScoringRules.weightedAverage(
                        Weights.equal(), MissingRatingPolicy.SCALE_MINIMUM),
                    SMALL)
                .score(smallMatrix()))
        .addEqualityGroup(SMALL_SCORER.score(RatingMatrix.of(SMALL, ids(), new double[0])))
        .testEquals();
  }

  @Test
  void scoresThatDifferInOnlyOnePartAreNotEqual() {
    // Each group differs from the first in one part only, worked by hand on the small catalog
    // (C1..C3 commercial, T1 technical):
    // ids: the same clean row under another id;
    // overall: area weights 1 and 2 move the overall score (0.75 + 2 x 0.25) / 3 but not the areas;
    // areas: with both areas weighing 1, rows (1, 0) and (0.5, 0.5) both average 0.5 overall;
    // flags: a technical area scored 0 and one not scored both store 0;
    // problems: the same unscorable row, reported under two rules.
    PortfolioScorer areasWeighOne =
        PortfolioScorer.of(
            ScoringRules.weightedAverage(
                Weights.builder()
                    .putCategoryWeight(FactorCategory.COMMERCIAL, 1)
                    .putCategoryWeight(FactorCategory.TECHNICAL, 1)
                    .build(),
                MissingRatingPolicy.IGNORE),
            SMALL);
    PortfolioScorer technicalWeighsTwo =
        PortfolioScorer.of(
            ScoringRules.weightedAverage(
                Weights.builder().putCategoryWeight(FactorCategory.TECHNICAL, 2).build(),
                MissingRatingPolicy.IGNORE),
            SMALL);
    PortfolioScorer areaMean =
        PortfolioScorer.of(
            ScoringRules.weightedAverage(Weights.equal(), MissingRatingPolicy.AREA_MEAN), SMALL);
    double[] clean = {1, 0.5, NAN, 0.25};
    double[] unknown = {NAN, NAN, NAN, NAN};
    PortfolioScores acme = SMALL_SCORER.score(RatingMatrix.of(SMALL, ids("acme"), clean));
    assertNotEquals(acme, SMALL_SCORER.score(RatingMatrix.of(SMALL, ids("bolt"), clean)));
    assertNotEquals(acme, technicalWeighsTwo.score(RatingMatrix.of(SMALL, ids("acme"), clean)));
    assertEquals(
        1.25 / 3,
        technicalWeighsTwo.score(RatingMatrix.of(SMALL, ids("acme"), clean)).overall(0),
        1e-15);
    assertNotEquals(
        areasWeighOne.score(RatingMatrix.of(SMALL, ids("acme"), new double[] {1, 1, 1, 0})),
        areasWeighOne.score(
            RatingMatrix.of(SMALL, ids("acme"), new double[] {0.5, 0.5, 0.5, 0.5})));
    assertNotEquals(
        SMALL_SCORER.score(RatingMatrix.of(SMALL, ids("acme"), new double[] {0, 0, 0, 0})),
        SMALL_SCORER.score(RatingMatrix.of(SMALL, ids("acme"), new double[] {0, 0, 0, NAN})));
    assertNotEquals(
        SMALL_SCORER.score(RatingMatrix.of(SMALL, ids("acme"), unknown)),
        areaMean.score(RatingMatrix.of(SMALL, ids("acme"), unknown)));
  }

  @Test
  void summaryListsAtMostThreeProblems() {
    double[] unknown = new double[4 * 4];
    Arrays.fill(unknown, NAN);
    assertEquals(
        "PortfolioScores{rows=3, valid=0, problems=[row 0 (a) MISSING_VALUE: nothing to score"
            + " under weightedAverage(Weights.equal(), IGNORE): no factor of positive weight in an"
            + " area of positive weight has a known rating, row 1 (b) MISSING_VALUE: nothing to"
            + " score under weightedAverage(Weights.equal(), IGNORE): no factor of positive weight"
            + " in an area of positive weight has a known rating, row 2 (c) MISSING_VALUE: nothing"
            + " to score under weightedAverage(Weights.equal(), IGNORE): no factor of positive"
            + " weight in an area of positive weight has a known rating]}",
        SMALL_SCORER
            .score(RatingMatrix.of(SMALL, ids("a", "b", "c"), Arrays.copyOf(unknown, 12)))
            .toString());
    String four =
        SMALL_SCORER.score(RatingMatrix.of(SMALL, ids("a", "b", "c", "d"), unknown)).toString();
    assertTrue(four.endsWith("has a known rating] and more}"), four);
    assertFalse(four.contains("row 3"), four);
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester =
        ScoreFixtures.nullPointerTester()
            .setDefault(FactorCatalog.class, SMALL)
            .setDefault(RatingMatrix.class, smallMatrix());
    tester.testAllPublicStaticMethods(PortfolioScorer.class);
    tester.testAllPublicInstanceMethods(SMALL_SCORER);
    tester.testAllPublicInstanceMethods(SMALL_SCORER.score(smallMatrix()));
  }

  // ------------------------------------------------------------- columnar = object path

  /** A rule and a portfolio of assessments of one catalog. */
  record Portfolio(FactorCatalog catalog, ScoringRule rule, List<Assessment> assessments) {}

  @Provide
  Arbitrary<Portfolio> portfolios() {
    return ModelArbitraries.factorCatalogs()
        .flatMap(
            catalog ->
                Combinators.combine(
                        ScoreFixtures.rules(catalog),
                        ScoreFixtures.assessments(catalog).list().ofMinSize(1).ofMaxSize(20))
                    .as((rule, assessments) -> new Portfolio(catalog, rule, assessments)));
  }

  @Property(tries = 300)
  void columnarPathGivesBitIdenticalScoresToTheObjectPath(@ForAll("portfolios") Portfolio p) {
    PortfolioScores scores = PortfolioScorer.of(p.rule(), p.catalog()).score(p.assessments());
    assertEquals(p.assessments().size(), scores.size());
    List<Problem> expectedProblems = new ArrayList<>();
    for (int row = 0; row < p.assessments().size(); row++) {
      Assessment assessment = p.assessments().get(row);
      Optional<Score> score = ScoreFixtures.tryScore(p.rule(), assessment);
      if (score.isEmpty()) {
        assertFalse(scores.isValid(row));
        assertEquals(0.0, scores.overall(row));
        expectedProblems.add(
            Problem.atRow(
                row,
                assessment.relationship().value(),
                ProblemKind.MISSING_VALUE,
                "nothing to score under "
                    + p.rule()
                    + ": no factor of positive weight in an area of positive weight has a known"
                    + " rating"));
        continue;
      }
      assertTrue(scores.isValid(row));
      assertEquals(
          Double.doubleToRawLongBits(score.get().overall()),
          Double.doubleToRawLongBits(scores.overall(row)));
      assertEquals(score.get().overall(), scores.overall(row));
      for (FactorCategory area : FactorCategory.values()) {
        Optional<Double> expected = score.get().category(area).map(category -> category.score());
        assertEquals(expected.isPresent(), scores.isScored(row, area));
        assertEquals(expected.orElse(0.0), scores.area(row, area));
      }
    }
    assertEquals(expectedProblems, scores.problems());
  }

  @Property(tries = 100)
  void matrixFromAnArrayOfNormalisedValuesEqualsTheBuiltOne(@ForAll("portfolios") Portfolio p) {
    FactorCatalog catalog = p.catalog();
    double[] values = new double[p.assessments().size() * catalog.size()];
    Arrays.fill(values, Double.NaN);
    List<RelationshipId> ids = new ArrayList<>();
    for (int row = 0; row < p.assessments().size(); row++) {
      Assessment assessment = p.assessments().get(row);
      ids.add(assessment.relationship());
      for (Rating rating : assessment.knownRatings()) {
        values[row * catalog.size() + catalog.indexOf(rating.code())] =
            assessment.scale().normalize(rating.value().getAsDouble());
      }
    }
    RatingMatrix fromArray = RatingMatrix.of(catalog, ImmutableList.copyOf(ids), values);
    RatingMatrix.Builder builder = RatingMatrix.builder(catalog);
    p.assessments().forEach(builder::addRow);
    assertEquals(builder.build(), fromArray);
    PortfolioScorer scorer = PortfolioScorer.of(p.rule(), catalog);
    assertEquals(scorer.score(p.assessments()), scorer.score(fromArray));
  }

  // ------------------------------------------------------------- byte storage and threads

  /** A rule, a catalog, a numeric scale that fits bytes and rows of byte ratings. */
  record BytePortfolio(
      FactorCatalog catalog, ScoringRule rule, NumericScale scale, List<byte[]> rows) {
    List<RelationshipId> ids() {
      List<RelationshipId> ids = new ArrayList<>();
      for (int row = 0; row < rows.size(); row++) {
        ids.add(RelationshipId.of("r" + row));
      }
      return ids;
    }

    byte[] ratings() {
      byte[] all = new byte[rows.size() * catalog.size()];
      for (int row = 0; row < rows.size(); row++) {
        System.arraycopy(rows.get(row), 0, all, row * catalog.size(), catalog.size());
      }
      return all;
    }
  }

  @Provide
  Arbitrary<BytePortfolio> bytePortfolios() {
    Arbitrary<NumericScale> scales =
        Arbitraries.oneOf(
            Arbitraries.of(RatingScale.zeroToTen(), RatingScale.likert5(), RatingScale.percent()),
            Combinators.combine(
                    Arbitraries.integers().between(0, 20), Arbitraries.integers().between(1, 107))
                .as((min, width) -> RatingScale.numeric(min, min + width)));
    return ModelArbitraries.factorCatalogs()
        .flatMap(
            catalog ->
                Combinators.combine(ScoreFixtures.rules(catalog), scales)
                    .flatAs(
                        (rule, scale) -> {
                          // mostly points of the scale, some unknown, now and then off the scale
                          Arbitrary<Byte> rating =
                              Arbitraries.frequencyOf(
                                  Tuple.of(
                                      20,
                                      Arbitraries.integers()
                                          .between((int) scale.min(), (int) scale.max())
                                          .map(Integer::byteValue)),
                                  Tuple.of(4, Arbitraries.just((byte) RatingMatrix.UNKNOWN)),
                                  Tuple.of(1, Arbitraries.bytes()));
                          return rating
                              .array(byte[].class)
                              .ofSize(catalog.size())
                              .list()
                              .ofMinSize(1)
                              .ofMaxSize(20)
                              .map(rows -> new BytePortfolio(catalog, rule, scale, rows));
                        }));
  }

  @Property(tries = 300)
  void byteMatrixScoresBitForBitAsTheBuilderAndTheObjectPath(
      @ForAll("bytePortfolios") BytePortfolio p) {
    FactorCatalog catalog = p.catalog();
    RatingMatrix bytes = RatingMatrix.ofBytes(catalog, p.ids(), p.ratings(), p.scale());
    RatingMatrix.Builder builder = RatingMatrix.builder(catalog);
    for (int row = 0; row < p.rows().size(); row++) {
      double[] raw = new double[catalog.size()];
      for (int column = 0; column < raw.length; column++) {
        int rating = p.rows().get(row)[column];
        raw[column] = rating == RatingMatrix.UNKNOWN ? Double.NaN : rating;
      }
      builder.addRow(p.ids().get(row), p.scale(), raw);
    }
    RatingMatrix built = builder.build();
    assertEquals(built.problems(), bytes.problems());
    for (int row = 0; row < bytes.rows(); row++) {
      for (int column = 0; column < catalog.size(); column++) {
        assertEquals(
            Double.doubleToLongBits(built.value(row, column)),
            Double.doubleToLongBits(bytes.value(row, column)));
      }
    }
    PortfolioScorer scorer = PortfolioScorer.of(p.rule(), catalog);
    PortfolioScores scores = scorer.score(bytes);
    assertEquals(scorer.score(built), scores);
    for (int row = 0; row < bytes.rows(); row++) {
      if (!scores.isValid(row)) {
        continue;
      }
      List<Rating> ratings = new ArrayList<>();
      for (int column = 0; column < catalog.size(); column++) {
        int rating = p.rows().get(row)[column];
        if (rating != RatingMatrix.UNKNOWN) {
          ratings.add(Rating.of(catalog.codes().get(column), rating));
        }
      }
      Score score =
          p.rule()
              .score(
                  ScoreFixtures.assessmentBuilder(catalog, p.scale())
                      .relationship(p.ids().get(row))
                      .ratings(ratings)
                      .build());
      assertEquals(
          Double.doubleToRawLongBits(score.overall()),
          Double.doubleToRawLongBits(scores.overall(row)));
      for (FactorCategory area : FactorCategory.values()) {
        assertEquals(
            score.category(area).map(category -> category.score()).orElse(0.0),
            scores.area(row, area));
      }
    }
  }

  @Property(tries = 100)
  void scoresAreTheSameOnAnyNumberOfThreads(
      @ForAll("bytePortfolios") BytePortfolio p, @ForAll @IntRange(min = 1, max = 25) int threads) {
    PortfolioScorer scorer = PortfolioScorer.of(p.rule(), p.catalog());
    RatingMatrix bytes = RatingMatrix.ofBytes(p.catalog(), p.ids(), p.ratings(), p.scale());
    assertEquals(scorer.score(bytes), scorer.score(bytes, threads));
    double[] values = new double[bytes.rows() * bytes.width()];
    for (int row = 0; row < bytes.rows(); row++) {
      for (int column = 0; column < bytes.width(); column++) {
        // every fifth value made invalid, so that the threads also split rows with problems
        values[row * bytes.width() + column] =
            (row + column) % 5 == 4 ? 2.0 : bytes.value(row, column);
      }
    }
    RatingMatrix doubles = RatingMatrix.of(p.catalog(), p.ids(), values);
    assertEquals(scorer.score(doubles), scorer.score(doubles, threads));
  }

  @Test
  void rejectsFewerThanOneThread() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SMALL_SCORER.score(smallMatrix(), 0));
    assertEquals("number of threads 0 must be at least 1", e.getMessage());
  }

  @Test
  void twoThreadsScoreTheSmallMatrixAsOne() {
    PortfolioScores one = SMALL_SCORER.score(smallMatrix());
    PortfolioScores two = SMALL_SCORER.score(smallMatrix(), 2);
    assertEquals(one, two);
    assertEquals(2, two.problems().size());
  }
}

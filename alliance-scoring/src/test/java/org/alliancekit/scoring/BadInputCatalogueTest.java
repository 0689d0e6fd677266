package org.alliancekit.scoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import javax.money.MonetaryAmount;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.batch.BatchResult;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.factor.SuccessFactor;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.assessment.AssessmentCombiner;
import org.alliancekit.scoring.assessment.Score;
import org.alliancekit.scoring.assessment.ScoringRule;
import org.alliancekit.scoring.assessment.ScoringRules;
import org.alliancekit.scoring.benchmark.PortfolioBenchmark;
import org.alliancekit.scoring.portfolio.PortfolioScorer;
import org.alliancekit.scoring.portfolio.PortfolioScores;
import org.alliancekit.scoring.portfolio.RatingMatrix;
import org.alliancekit.scoring.potential.ImprovementModel;
import org.alliancekit.scoring.potential.PotentialTriage;
import org.alliancekit.scoring.potential.RelationshipPotential;
import org.alliancekit.scoring.potential.SalesPotential;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Hostile input for the public entry points of the scoring module: each gives a clear {@link
 * IllegalArgumentException} naming the field and value, or a correct result, and never hangs,
 * throws a {@link NullPointerException} from our own code, puts NaN into an output or drops a row
 * without a word. The batch paths are fed ten million rows.
 */
class BadInputCatalogueTest {
  private static final Duration QUICKLY = Duration.ofSeconds(5);
  private static final BigDecimal TINY = new BigDecimal("1E-999999999");
  private static final BigDecimal HUGE = new BigDecimal("1E+999999999");
  private static final PartnerId ACME = PartnerId.of("acme");
  private static final PartnerId GLOBEX = PartnerId.of("globex");
  private static final LocalDate DATE = LocalDate.of(2026, 3, 31);

  /** Two factors, one per area, so that ten million rows stay small. */
  private static final FactorCatalog PAIR =
      FactorCatalog.of(
          "PAIR",
          SuccessFactor.of("C1", "Value proposition", FactorCategory.COMMERCIAL),
          SuccessFactor.of("T1", "Product fit", FactorCategory.TECHNICAL));

  private static void rejects(Executable call, String... fragments) {
    IllegalArgumentException e =
        assertTimeoutPreemptively(
            QUICKLY, () -> assertThrows(IllegalArgumentException.class, call));
    for (String fragment : fragments) {
      assertTrue(
          e.getMessage().contains(fragment),
          () -> "message '" + e.getMessage() + "' does not name '" + fragment + "'");
    }
    assertTrue(e.getMessage().length() < 1_000, () -> "message of " + e.getMessage().length());
  }

  private static Assessment.Builder assessment(String id) {
    return Assessment.builder()
        .id(AssessmentId.of(id))
        .relationship(RelationshipId.of("r-" + id))
        .catalog(FactorCatalogs.allianceSalesScorecard())
        .scale(RatingScale.zeroToTen())
        .assessor(Assessor.of("Dana Reyes", "Alliance manager"))
        .side(Side.HOST)
        .date(DATE);
  }

  private static void assertNoNaN(Score score) {
    assertFalse(Double.isNaN(score.overall()), score::toString);
    assertFalse(Double.isNaN(score.coverage()), score::toString);
    score
        .categories()
        .forEach(area -> assertFalse(area.toString().contains("NaN"), area::toString));
  }

  @Test
  void scoringRulesRefuseAnAssessmentWithNothingToScoreAndNeverAnswerNaN() {
    for (ScoringRule rule :
        List.of(
            ScoringRules.weightedAverage(),
            ScoringRules.allianceSalesScorecard(),
            ScoringRules.weightedAverage(
                org.alliancekit.scoring.assessment.Weights.equal(),
                org.alliancekit.scoring.assessment.MissingRatingPolicy.SCALE_MINIMUM))) {
      Score partial = rule.score(assessment("a1").addRatings(Rating.of("Co1", 10)).build());
      assertNoNaN(partial);
      Score unknowns =
          assertTimeoutPreemptively(
              QUICKLY,
              () -> {
                try {
                  return rule.score(assessment("a2").addRatings(Rating.unknown("Co1")).build());
                } catch (IllegalArgumentException e) {
                  assertTrue(e.getMessage().contains("a2") || e.getMessage().contains("r-a2"));
                  return null;
                }
              });
      if (unknowns != null) {
        assertNoNaN(unknowns);
      }
    }
  }

  @Test
  void combiningNothingOrAssessmentsOfDifferentCatalogsIsRefused() {
    rejects(() -> AssessmentCombiner.mean().combine(List.of()), "no");
    Assessment one = assessment("a1").addRatings(Rating.of("Co1", 5)).build();
    rejects(() -> AssessmentCombiner.mean().combine(List.of(one, one)), "a1");
  }

  @Test
  void salesPotentialRefusesNaNOutOfRangeScoresNegativeAndAbsurdRevenue() {
    rejects(() -> SalesPotential.of(Money.of(1, "EUR"), Double.NaN, 0.5), "current score", "NaN");
    rejects(() -> SalesPotential.of(Money.of(1, "EUR"), 0.5, 1.5), "attainable score", "1.5");
    rejects(() -> SalesPotential.of(Money.of(-1, "EUR"), 0.5, 0.6), "revenue", "-1");
    rejects(() -> SalesPotential.of(Money.of(HUGE, "EUR"), 0.5, 0.6), "EUR", "1E+999999999");
    rejects(() -> ImprovementModel.closeGap(Double.NaN), "NaN");
    SalesPotential zero = SalesPotential.of(Money.of(1000, "EUR"), 0.0, 0.5);
    assertTrue(zero.uplift().isEmpty(), "uplift from a zero score is undefined, not NaN");
  }

  @Test
  void theBatchOfPotentialsReportsEveryBadRowByIndexAndDropsNone() {
    List<RelationshipId> ids = new ArrayList<>();
    List<MonetaryAmount> revenues = new ArrayList<>();
    double[] scores = {0.5, Double.NaN, 1.5, 0.4, 0.3, 0.2, 0.6, Double.NEGATIVE_INFINITY};
    String[] names = {"a", "b", "c", "a", null, "f", "g", "h"};
    MonetaryAmount[] amounts = {
      Money.of(100, "EUR"),
      Money.of(100, "EUR"),
      Money.of(100, "EUR"),
      Money.of(100, "EUR"),
      Money.of(100, "EUR"),
      Money.of(-5, "EUR"),
      Money.of(100, "USD"),
      null
    };
    for (int i = 0; i < names.length; i++) {
      ids.add(names[i] == null ? null : RelationshipId.of(names[i]));
      revenues.add(amounts[i]);
    }
    BatchResult<RelationshipPotential> batch =
        assertTimeoutPreemptively(
            QUICKLY,
            () ->
                PotentialTriage.of(ImprovementModel.closeGap(0.5))
                    .potentials(
                        Collections.unmodifiableList(ids),
                        Collections.unmodifiableList(revenues),
                        scores));
    assertEquals(names.length, batch.results().size() + batch.problems().size(), batch::toString);
    assertEquals(
        List.of(1L, 2L, 3L, 4L, 5L, 6L, 7L),
        batch.problems().stream().map(p -> p.row().getAsLong()).toList(),
        batch::toString);
    assertEquals(
        List.of(
            ProblemKind.INVALID_VALUE,
            ProblemKind.OUT_OF_RANGE,
            ProblemKind.DUPLICATE,
            ProblemKind.MISSING_VALUE,
            ProblemKind.INVALID_VALUE,
            ProblemKind.CURRENCY_MISMATCH,
            ProblemKind.MISSING_VALUE),
        batch.problems().stream().map(Problem::kind).toList(),
        batch::toString);
  }

  @Test
  void benchmarksRefuseNoScoresAndDuplicatedRelationships() {
    rejects(() -> PortfolioBenchmark.of(List.of()), "at least one score");
    Score score =
        ScoringRules.weightedAverage()
            .score(assessment("a1").addRatings(Rating.of("Co1", 5)).build());
    rejects(() -> PortfolioBenchmark.of(List.of(score, score)), "r-a1");
  }

  @Test
  void ratingMatricesReportOffScaleAndNonFiniteRowsByIndexAndScoreTheRest() {
    RatingMatrix matrix =
        RatingMatrix.builder(PAIR)
            .addRow(RelationshipId.of("good"), RatingScale.zeroToTen(), 5, 10)
            .addRow(RelationshipId.of("off"), RatingScale.zeroToTen(), 11, 5)
            .addRow(RelationshipId.of("inf"), RatingScale.zeroToTen(), Double.POSITIVE_INFINITY, 5)
            .addRow(RelationshipId.of("none"), RatingScale.zeroToTen(), Double.NaN, Double.NaN)
            .build();
    PortfolioScores scores = PortfolioScorer.of(ScoringRules.weightedAverage(), PAIR).score(matrix);
    assertEquals(0.75, scores.overall(0));
    assertEquals(1, scores.validCount());
    assertEquals(
        List.of(1L, 2L, 3L),
        scores.problems().stream().map(p -> p.row().getAsLong()).toList(),
        scores::toString);
    assertTrue(scores.problems().get(0).message().contains("rating 11 for C1"));
    assertTrue(scores.problems().get(1).message().contains("Infinity"));
    RatingMatrix given =
        RatingMatrix.of(
            PAIR,
            List.of(RelationshipId.of("a"), RelationshipId.of("b")),
            new double[] {Double.POSITIVE_INFINITY, 0.5, -0.0, 1.0});
    PortfolioScores scored = PortfolioScorer.of(ScoringRules.weightedAverage(), PAIR).score(given);
    assertEquals(List.of(0L), scored.problems().stream().map(p -> p.row().getAsLong()).toList());
    assertEquals(0.5, scored.overall(1));
    rejects(
        () -> RatingMatrix.of(PAIR, List.of(RelationshipId.of("a")), new double[3]),
        "3 values",
        "PAIR");
  }

  /**
   * Ten million rows through the columnar scorer, as floats: two values per row, every 1000th row
   * unknown throughout and every 1001st off the unit interval. Every row is scored or reported.
   */
  @Test
  void tenMillionRowsAreScoredWithEveryBadRowReportedInBoundedTimeAndMemory() {
    int rows = 10_000_000;
    float[] values = new float[2 * rows];
    for (int row = 0; row < rows; row++) {
      float value = (row % 11) / 10f;
      if (row % 1000 == 999) {
        value = Float.NaN;
      } else if (row % 1001 == 1000) {
        value = 1.5f;
      }
      values[2 * row] = value;
      values[2 * row + 1] = value;
    }
    RatingMatrix matrix =
        RatingMatrix.of(PAIR, Collections.nCopies(rows, RelationshipId.of("r")), values);
    PortfolioScorer scorer = PortfolioScorer.of(ScoringRules.weightedAverage(), PAIR);
    long start = System.nanoTime();
    long[] cpu = new long[1];
    PortfolioScores scores =
        assertTimeoutPreemptively(
            Duration.ofSeconds(60),
            () -> {
              long before = processCpuNanos();
              PortfolioScores scored = scorer.score(matrix);
              cpu[0] = processCpuNanos() - before;
              return scored;
            });
    System.out.printf(
        "PortfolioScorer: %d rows in %d ms (%d ms of process CPU)%n",
        rows, (System.nanoTime() - start) / 1_000_000, cpu[0] / 1_000_000);
    assertEquals(rows, scores.size());
    assertEquals(rows, scores.validCount() + scores.problems().size());
    int unknown = 0;
    int outside = 0;
    for (Problem problem : scores.problems()) {
      long row = problem.row().getAsLong();
      if (row % 1000 == 999) {
        assertEquals(ProblemKind.MISSING_VALUE, problem.kind());
        unknown++;
      } else {
        assertEquals(1000, row % 1001);
        assertEquals(ProblemKind.OUT_OF_RANGE, problem.kind());
        outside++;
      }
    }
    assertEquals(rows / 1000, unknown);
    int reported = outside;
    assertTrue(reported > 9_000, () -> "rows off the interval reported: " + reported);
    double[] overall = scores.overallScores();
    for (int row = 0; row < rows; row += 9973) {
      int at = row;
      if (scores.isValid(at)) {
        assertEquals((double) ((at % 11) / 10f), overall[at], () -> "row " + at);
      }
    }
    assertTrue(Arrays.stream(overall).noneMatch(Double::isNaN), "NaN in the overall scores");
  }

  @Test
  void emptyInputsGiveEmptyResultsOrClearErrors() {
    PortfolioScores none =
        PortfolioScorer.of(ScoringRules.weightedAverage(), PAIR)
            .score(RatingMatrix.of(PAIR, List.of(), new double[0]));
    assertEquals(0, none.size());
  }

  /**
   * The CPU time of the whole JVM so far: the machine may be shared, so wall time alone misleads.
   */
  private static long processCpuNanos() {
    return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
  }
}

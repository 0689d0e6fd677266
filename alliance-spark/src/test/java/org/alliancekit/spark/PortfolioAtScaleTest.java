package org.alliancekit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.money.MonetaryAmount;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.batch.BatchResult;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.assessment.AssessmentCombiner;
import org.alliancekit.scoring.assessment.CategoryScore;
import org.alliancekit.scoring.assessment.Score;
import org.alliancekit.scoring.assessment.ScoringRule;
import org.alliancekit.scoring.benchmark.PercentileRank;
import org.alliancekit.scoring.benchmark.PortfolioBenchmark;
import org.alliancekit.scoring.potential.ImprovementModel;
import org.alliancekit.scoring.potential.PotentialRanking;
import org.alliancekit.scoring.potential.PotentialTriage;
import org.alliancekit.scoring.potential.RelationshipPotential;
import org.alliancekit.scoring.potential.SalesPotential;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spark against the single-JVM library on a generated portfolio of 100,000 relationships, in the
 * wide format and in the long format (about 3.5 million rating rows): every score, potential, rank
 * and percentile rank must be the same double or decimal.
 *
 * <p>{@code -Dalliance.spark.longRelationships=N} sets another size for the long format.
 */
class PortfolioAtScaleTest {
  private static final int RELATIONSHIPS = 100_000;
  private static final int LONG_RELATIONSHIPS =
      Integer.getInteger("alliance.spark.longRelationships", 100_000);
  private static final ScoringRule RULE = SparkScoring.reportRule();
  private static final ImprovementModel MODEL = ImprovementModel.closeGap(0.5);

  private static SparkSession spark;
  private static final SparkScoring SCORING = SparkScoring.standard();

  /** The single-JVM scores of the wide portfolio, and the relationships with nothing to score. */
  private static Map<String, Score> wideExpected;

  private static final Set<String> WIDE_NOTHING = new HashSet<>();

  /** The Spark scores of the wide portfolio, kept for the tests that build on them. */
  private static FrameResult wideScores;

  @BeforeAll
  static void start() {
    spark = SparkSessions.start("portfolio-at-scale");
    wideExpected = expectedScores(RELATIONSHIPS, false, WIDE_NOTHING);
    wideScores = SCORING.scoreWide(wide()).persist();
  }

  @AfterAll
  static void stop() {
    wideScores.unpersist();
    spark.stop();
  }

  private static Dataset<Row> wide() {
    return spark
        .range(RELATIONSHIPS)
        .map((MapFunction<Long, Row>) Generated::wideRow, Encoders.row(Generated.WIDE));
  }

  private static Dataset<Row> ratingRows() {
    return spark
        .range(LONG_RELATIONSHIPS)
        .flatMap(
            (FlatMapFunction<Long, Row>) i -> Generated.longRows(i).iterator(),
            Encoders.row(Generated.LONG));
  }

  /** The single-JVM scores: host assessments only (wide), or all assessments combined (long). */
  private static Map<String, Score> expectedScores(
      int count, boolean combine, Set<String> nothingToScore) {
    Map<String, Score> scores = new HashMap<>();
    for (long i = 0; i < count; i++) {
      Generated.Relationship relationship = Generated.relationship(i);
      List<Assessment> assessments = Generated.assessments(relationship);
      Assessment scored =
          !combine
              ? assessments.get(0)
              : assessments.size() == 1
                  ? assessments.get(0)
                  : AssessmentCombiner.mean().combine(assessments);
      try {
        scores.put(relationship.id(), RULE.score(scored));
      } catch (IllegalArgumentException e) {
        nothingToScore.add(relationship.id());
      }
    }
    return scores;
  }

  private static void assertScoresMatch(
      Map<String, Score> expected, Set<String> nothing, FrameResult result) {
    List<Row> rows = result.rows().collectAsList();
    assertEquals(expected.size(), rows.size());
    for (Row row : rows) {
      Score score = expected.get(row.getString(0));
      assertEquals(score.overall(), row.getDouble(1), row.getString(0));
      for (FactorCategory area : FactorCategory.values()) {
        Optional<CategoryScore> category = score.category(area);
        Object actual = row.get(2 + area.ordinal());
        assertEquals(category.map(CategoryScore::score).orElse(null), actual, row.getString(0));
      }
      assertEquals(score.coverage(), row.getDouble(7), row.getString(0));
    }
    List<Row> problems = result.problems().collectAsList();
    assertFalse(nothing.isEmpty());
    assertEquals(nothing.size(), problems.size());
    for (Row problem : problems) {
      assertTrue(nothing.contains(problem.getString(1)), problem.toString());
      assertEquals(ProblemKind.MISSING_VALUE.name(), problem.getString(2));
    }
  }

  @Test
  void wideScoresEqualTheObjectRulesOnEveryRelationship() {
    assertScoresMatch(wideExpected, WIDE_NOTHING, wideScores);
  }

  @Test
  void longScoresEqualCombinedAssessmentsScoredByTheObjectRules() {
    Set<String> nothing = new HashSet<>();
    Map<String, Score> expected = expectedScores(LONG_RELATIONSHIPS, true, nothing);
    FrameResult result = SCORING.scoreLong(ratingRows()).persist();
    assertScoresMatch(expected, nothing, result);
    result.unpersist();
  }

  @Test
  void potentialRanksAndTopKEqualThePotentialTriage() {
    FixedRates rates = Generated.rates();
    Dataset<Row> scored = wideScores.rows();
    FrameResult potential = SCORING.potential(scored, rates).persist();
    Dataset<Row> ranked = SparkScoring.rankByUplift(potential.rows()).persist();

    List<RelationshipId> ids = new ArrayList<>();
    List<MonetaryAmount> revenues = new ArrayList<>();
    List<Double> currents = new ArrayList<>();
    Map<String, MonetaryAmount> byId = new HashMap<>();
    Map<String, Double> currentById = new HashMap<>();
    for (Row row : scored.collectAsList()) {
      Generated.Relationship relationship =
          Generated.relationship(Long.parseLong(row.getString(0).substring(1)));
      ids.add(RelationshipId.of(relationship.id()));
      MonetaryAmount revenue = Money.of(relationship.revenue(), relationship.currency());
      revenues.add(revenue);
      byId.put(relationship.id(), revenue);
      currents.add(row.getDouble(1));
      currentById.put(relationship.id(), row.getDouble(1));
    }
    PotentialTriage triage =
        PotentialTriage.of(MODEL, rates.currencyUnit(), amount -> rates.operator().apply(amount));
    BatchResult<RelationshipPotential> converted =
        triage.potentials(ids, revenues, currents.stream().mapToDouble(d -> d).toArray());
    PotentialRanking ranking = triage.rank(converted.results());
    Map<String, Long> ranks = new HashMap<>();
    for (int k = 0; k < ranking.ranked().size(); k++) {
      ranks.put(ranking.ranked().get(k).relationship().value(), k + 1L);
    }
    Map<String, RelationshipPotential> convertedById = new HashMap<>();
    converted.results().forEach(p -> convertedById.put(p.relationship().value(), p));
    Set<String> mismatched = new HashSet<>();
    for (Problem problem : converted.problems()) {
      assertEquals(ProblemKind.CURRENCY_MISMATCH, problem.kind());
      mismatched.add(problem.key());
    }
    assertFalse(mismatched.isEmpty());
    // Without a rate, relationships are ranked among those of their own currency, as the report
    // ranks them.
    List<RelationshipPotential> unconverted = new ArrayList<>();
    for (String id : mismatched) {
      unconverted.add(
          RelationshipPotential.of(
              RelationshipId.of(id),
              SalesPotential.estimate(byId.get(id), currentById.get(id), MODEL)));
    }
    PotentialRanking ownCurrency = PotentialTriage.of(MODEL).rank(unconverted);
    for (int k = 0; k < ownCurrency.ranked().size(); k++) {
      ranks.put(ownCurrency.ranked().get(k).relationship().value(), k + 1L);
    }

    List<Row> rows = ranked.collectAsList();
    assertEquals(ids.size(), rows.size());
    int undefined = 0;
    for (Row row : rows) {
      String id = row.getString(0);
      double current = row.getDouble(3);
      SalesPotential own = SalesPotential.estimate(byId.get(id), current, MODEL);
      assertEquals(0, decimal(own.revenue()).compareTo(row.getDecimal(1)), id);
      assertEquals(own.revenue().getCurrency().getCurrencyCode(), row.getString(2));
      assertEquals(own.attainable(), row.getDouble(4), id);
      assertDecimal(own.uplift(), row.getDecimal(5), id);
      RelationshipPotential reported = convertedById.get(id);
      if (reported == null) {
        assertTrue(mismatched.contains(id), id);
        assertNull(row.get(6), id);
      } else {
        assertDecimal(reported.uplift(), row.getDecimal(6), id);
      }
      assertEquals(ranks.get(id), row.get(7), id);
      if (own.uplift().isEmpty()) {
        undefined++;
      }
    }
    assertTrue(undefined > 0, "the portfolio has relationships with an undefined uplift");
    List<Row> problems = potential.problems().collectAsList();
    assertEquals(mismatched.size(), problems.size());
    problems.forEach(p -> assertTrue(mismatched.contains(p.getString(1)), p.toString()));

    Dataset<Row> top = SparkScoring.topByUplift(potential.rows(), 25);
    String plan = top.queryExecution().executedPlan().toString();
    assertTrue(plan.contains("TakeOrderedAndProject"), plan);
    List<Row> topRows = top.collectAsList();
    assertEquals(25, topRows.size());
    for (int k = 0; k < 25; k++) {
      assertEquals(ranking.ranked().get(k).relationship().value(), topRows.get(k).getString(0));
    }
    ranked.unpersist();
    potential.unpersist();
  }

  @Test
  void percentileRanksEqualThePortfolioBenchmark() {
    PortfolioBenchmark benchmark = PortfolioBenchmark.of(wideExpected.values());
    List<Row> rows = SparkScoring.percentileRanks(wideScores.rows()).collectAsList();
    assertEquals(wideExpected.size(), rows.size());
    for (Row row : rows) {
      PercentileRank rank = benchmark.percentileRank(RelationshipId.of(row.getString(0)));
      assertEquals(rank.overall(), row.getDouble(1), row.getString(0));
      for (FactorCategory area : FactorCategory.values()) {
        Object actual = row.get(2 + area.ordinal());
        assertEquals(rank.areas().get(area), actual, row.getString(0) + " " + area);
      }
    }
  }

  private static BigDecimal decimal(MonetaryAmount amount) {
    return amount.getNumber().numberValue(BigDecimal.class);
  }

  private static void assertDecimal(
      Optional<MonetaryAmount> expected, BigDecimal actual, String id) {
    if (expected.isEmpty()) {
      assertNull(actual, id);
    } else {
      assertEquals(
          0, decimal(expected.get()).compareTo(actual), id + ": " + expected + " vs " + actual);
    }
  }
}

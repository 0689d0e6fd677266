package org.alliancekit.scoring.benchmark;

import static org.alliancekit.scoring.benchmark.BenchmarkFixtures.gbp;
import static org.alliancekit.scoring.benchmark.BenchmarkFixtures.score;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Random;
import java.util.function.Function;
import javax.money.MonetaryAmount;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.assessment.Score;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class PortfolioBenchmarkTest {
  private static final double EPSILON = 1e-12;
  private static final RelationshipId A = RelationshipId.of("a");
  private static final RelationshipId B = RelationshipId.of("b");
  private static final RelationshipId C = RelationshipId.of("c");
  private static final RelationshipId D = RelationshipId.of("d");

  /*
   * Overall 0.2, 0.5, 0.5, 0.8; COMMERCIAL scored for a, b, c only (0.9, 0.1, 0.5); TECHNICAL for
   * a only (0.4); the other areas for nobody. A fresh instance for each test: the ranks are
   * computed lazily and kept, and each test should compute them.
   */
  private final PortfolioBenchmark four =
      PortfolioBenchmark.of(
          List.of(
              score("a", 0.2, 0.9, 0.4),
              score("b", 0.5, 0.1),
              score("c", 0.5, 0.5),
              score("d", 0.8)));

  @Test
  void percentileRanksOfAPortfolioWithATie() {
    // Rank = 100 x (strictly below + half the equal ones, itself included) / 4:
    //   a: (0 + 1/2) / 4 = 12.5;  b, c: (1 + 2/2) / 4 = 50;  d: (3 + 1/2) / 4 = 87.5.
    assertEquals(12.5, four.percentileRank(A).overall());
    assertEquals(50.0, four.percentileRank(B).overall());
    assertEquals(50.0, four.percentileRank(C).overall());
    assertEquals(87.5, four.percentileRank(D).overall());
    // COMMERCIAL among the three scored there: b 0.1 -> (0 + 1/2) / 3, c 0.5 -> (1 + 1/2) / 3,
    // a 0.9 -> (2 + 1/2) / 3.
    assertEquals(
        100 * 0.5 / 3,
        four.percentileRank(B).area(FactorCategory.COMMERCIAL).getAsDouble(),
        EPSILON);
    assertEquals(
        50.0, four.percentileRank(C).area(FactorCategory.COMMERCIAL).getAsDouble(), EPSILON);
    assertEquals(
        100 * 2.5 / 3,
        four.percentileRank(A).area(FactorCategory.COMMERCIAL).getAsDouble(),
        EPSILON);
    // A relationship alone in an area ranks 50; an unscored area has no rank.
    assertEquals(OptionalDouble.of(50), four.percentileRank(A).area(FactorCategory.TECHNICAL));
    assertEquals(OptionalDouble.empty(), four.percentileRank(D).area(FactorCategory.COMMERCIAL));
    assertEquals(ImmutableMap.of(), four.percentileRank(D).areas());
    assertEquals(
        List.of(A, B, C, D),
        four.percentileRanks().stream().map(PercentileRank::relationship).toList());
  }

  @Test
  void overallDistributionUsesPopulationDeviationAndInterpolatedQuartiles() {
    // Mean 0.5; deviations -0.3, 0, 0, 0.3 give variance 0.18 / 4 = 0.045. Quartiles at positions
    // 0.75, 1.5 and 2.25 of the sorted scores: 0.2 + 0.75 x 0.3 = 0.425, 0.5, 0.5 + 0.25 x 0.3.
    ScoreDistribution overall = four.overall();
    assertEquals(4, overall.count());
    assertEquals(0.5, overall.mean(), EPSILON);
    assertEquals(Math.sqrt(0.045), overall.standardDeviation(), EPSILON);
    assertEquals(0.2, overall.min());
    assertEquals(0.425, overall.lowerQuartile(), EPSILON);
    assertEquals(0.5, overall.median(), EPSILON);
    assertEquals(0.575, overall.upperQuartile(), EPSILON);
    assertEquals(0.8, overall.max());
  }

  @Test
  void areaDistributionCoversOnlyTheRelationshipsScoredThere() {
    // COMMERCIAL: 0.9, 0.1, 0.5; sorted 0.1, 0.5, 0.9; quartiles at positions 0.5, 1, 1.5.
    ScoreDistribution commercial = four.area(FactorCategory.COMMERCIAL).orElseThrow();
    assertEquals(3, commercial.count());
    assertEquals(0.5, commercial.mean(), EPSILON);
    assertEquals(0.3, commercial.lowerQuartile(), EPSILON);
    assertEquals(0.5, commercial.median(), EPSILON);
    assertEquals(0.7, commercial.upperQuartile(), EPSILON);
    assertEquals(Optional.empty(), four.area(FactorCategory.OPERATIONAL));
  }

  @Test
  void heatMapHasARowPerRelationshipAndAColumnPerArea() {
    HeatMap map = four.heatMap();
    assertEquals(List.of(A, B, C, D), map.relationships());
    assertEquals(List.of(FactorCategory.values()), map.columns());
    assertEquals(OptionalDouble.of(0.9), map.cell(A, FactorCategory.COMMERCIAL));
    assertEquals(OptionalDouble.of(0.4), map.cell(A, FactorCategory.TECHNICAL));
    assertEquals(OptionalDouble.empty(), map.cell(D, FactorCategory.COMMERCIAL));
    assertEquals(0.5, map.areaMean(FactorCategory.COMMERCIAL).getAsDouble(), EPSILON);
    assertEquals(OptionalDouble.of(0.4), map.areaMean(FactorCategory.TECHNICAL));
    assertEquals(OptionalDouble.empty(), map.areaMean(FactorCategory.CULTURAL));
  }

  @Test
  void pearsonOfAPerfectlyLinearSetIsOne() {
    // Revenue = 500 x score exactly, so the points lie on one straight line.
    Correlation link =
        portfolio(0.2, 0.4, 0.6, 0.8)
            .revenueCorrelation(revenue(gbp(100), gbp(200), gbp(300), gbp(400)));
    assertTrue(link.isDefined());
    assertEquals(4, link.pairs());
    assertEquals(1.0, link.pearson().getAsDouble(), EPSILON);
    assertEquals(1.0, link.spearman().getAsDouble(), EPSILON);
    assertEquals(Optional.empty(), link.reason());
  }

  @Test
  void spearmanOfAMonotoneNonLinearSetIsOne() {
    // Revenue grows with score but far from linearly: the ranks agree exactly, the values do not.
    Correlation link =
        portfolio(0.1, 0.2, 0.3, 0.4, 0.5)
            .revenueCorrelation(revenue(gbp(1), gbp(10), gbp(100), gbp(1_000), gbp(100_000)));
    assertEquals(1.0, link.spearman().getAsDouble());
    assertTrue(link.pearson().getAsDouble() < 0.9, link.toString());
  }

  @Test
  void aFallingSetCorrelatesMinusOne() {
    Correlation link =
        portfolio(0.2, 0.4, 0.6).revenueCorrelation(revenue(gbp(3_000), gbp(2_000), gbp(1_000)));
    assertEquals(-1.0, link.pearson().getAsDouble(), EPSILON);
    assertEquals(-1.0, link.spearman().getAsDouble(), EPSILON);
  }

  @Test
  void spearmanGivesTiesTheirAverageRank() {
    // Scores 0.1..0.4 rank 1, 2, 3, 4; revenues 10, 20, 20, 50 rank 1, 2.5, 2.5, 4.
    // Rank deviations (-1.5, -0.5, 0.5, 1.5) and (-1.5, 0, 0, 1.5): 4.5 / sqrt(5 x 4.5) =
    // sqrt(0.9).
    // Pearson: score deviations (-0.15, -0.05, 0.05, 0.15), revenue deviations (-15, -5, -5, 25):
    // 6 / sqrt(0.05 x 900) = 2 / sqrt(5).
    Correlation link =
        portfolio(0.1, 0.2, 0.3, 0.4)
            .revenueCorrelation(revenue(gbp(10), gbp(20), gbp(20), gbp(50)));
    assertEquals(Math.sqrt(0.9), link.spearman().getAsDouble(), EPSILON);
    assertEquals(2 / Math.sqrt(5), link.pearson().getAsDouble(), EPSILON);
  }

  @Test
  void relationshipsWithoutRevenueAreLeftOutAndListed() {
    PortfolioBenchmark five = portfolio(0.1, 0.2, 0.3, 0.4, 0.9);
    Correlation link =
        five.revenueCorrelation(
            ImmutableMap.of(
                RelationshipId.of("r0"), gbp(10),
                RelationshipId.of("r1"), gbp(20),
                RelationshipId.of("r3"), gbp(40)));
    assertEquals(3, link.pairs());
    assertEquals(List.of(RelationshipId.of("r2"), RelationshipId.of("r4")), link.withoutRevenue());
    assertEquals(1.0, link.spearman().getAsDouble(), EPSILON);
  }

  @Test
  void fewerThanThreePairsGiveNoCoefficients() {
    Correlation link =
        portfolio(0.1, 0.2, 0.3)
            .revenueCorrelation(
                ImmutableMap.of(RelationshipId.of("r0"), gbp(1), RelationshipId.of("r2"), gbp(2)));
    assertFalse(link.isDefined());
    assertEquals(OptionalDouble.empty(), link.pearson());
    assertEquals(OptionalDouble.empty(), link.spearman());
    assertEquals(
        Optional.of(
            "only 2 relationships have both a score and a revenue; a correlation needs at least 3"),
        link.reason());
  }

  @Test
  void noRevenueAtAllGivesNoCoefficients() {
    Correlation link = portfolio(0.1, 0.2, 0.3).revenueCorrelation(ImmutableMap.of());
    assertEquals(
        Optional.of(
            "only 0 relationships have both a score and a revenue; a correlation needs at least 3"),
        link.reason());
    assertEquals(
        ImmutableList.of(RelationshipId.of("r0"), RelationshipId.of("r1"), RelationshipId.of("r2")),
        link.withoutRevenue());
  }

  @Test
  void equalScoresGiveNoCoefficients() {
    Correlation link = portfolio(0.5, 0.5, 0.5).revenueCorrelation(revenue(gbp(1), gbp(2), gbp(3)));
    assertEquals(
        Optional.of(
            "all 3 relationships have the same overall score, 0.5; a correlation needs scores that"
                + " differ"),
        link.reason());
    assertEquals(OptionalDouble.empty(), link.pearson());
  }

  @Test
  void equalRevenuesGiveNoCoefficients() {
    Correlation link = portfolio(0.1, 0.5, 0.9).revenueCorrelation(revenue(gbp(7), gbp(7), gbp(7)));
    assertEquals(
        Optional.of(
            "all 3 relationships have the same revenue, "
                + gbp(7)
                + "; a correlation needs revenues that differ"),
        link.reason());
    assertEquals(OptionalDouble.empty(), link.spearman());
  }

  @Test
  void hugeAndNegativeRevenuesStillCorrelate() {
    // Scaling by the largest amount keeps the squares of 1E+200 far from overflow.
    Correlation link =
        portfolio(0.1, 0.5, 0.9)
            .revenueCorrelation(
                revenue(
                    Money.of(new BigDecimal("-1E+200"), "GBP"),
                    gbp(0),
                    Money.of(new BigDecimal("1E+200"), "GBP")));
    assertEquals(1.0, link.pearson().getAsDouble(), EPSILON);
  }

  @Test
  void rejectsRevenueInTwoCurrencies() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                portfolio(0.1, 0.2, 0.3)
                    .revenueCorrelation(revenue(gbp(1), gbp(2), Money.of(3, "USD"))));
    assertEquals(
        "revenue of relationship r2 is in USD but revenue of relationship r0 is in GBP; convert"
            + " all revenue to one currency first",
        e.getMessage());
  }

  @Test
  void rejectsRevenueOfARelationshipOutsideThePortfolio() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> four.revenueCorrelation(ImmutableMap.of(RelationshipId.of("zz"), gbp(1))));
    assertEquals(
        "revenue is given for relationship zz, which is not in the portfolio", e.getMessage());
  }

  @Test
  void rejectsRevenueTooLargeForADouble() {
    MonetaryAmount huge = Money.of(new BigDecimal("1E+400"), "GBP");
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> four.revenueCorrelation(ImmutableMap.of(A, huge)));
    assertEquals(
        "revenue " + huge + " of relationship a is too large to correlate", e.getMessage());
  }

  @Test
  void rejectsTwoScoresOfOneRelationship() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                PortfolioBenchmark.of(List.of(score("a", 0.1), score("b", 0.2), score("a", 0.3))));
    assertEquals(
        "relationship a appears more than once in the portfolio; give one score per relationship",
        e.getMessage());
  }

  @Test
  void rejectsAnEmptyPortfolio() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> PortfolioBenchmark.of(List.of()));
    assertEquals("a portfolio benchmark needs at least one score", e.getMessage());
  }

  @Test
  void rejectsARelationshipOutsideThePortfolio() {
    RelationshipId zz = RelationshipId.of("zz");
    IllegalArgumentException rank =
        assertThrows(IllegalArgumentException.class, () -> four.percentileRank(zz));
    assertEquals("relationship zz is not in the portfolio", rank.getMessage());
    IllegalArgumentException score =
        assertThrows(IllegalArgumentException.class, () -> four.score(zz));
    assertEquals("relationship zz is not in the portfolio", score.getMessage());
  }

  @Test
  void looksUpScoresByRelationship() {
    assertEquals(score("c", 0.5, 0.5), four.score(C));
    assertEquals(List.of(A, B, C, D), four.relationships());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            PortfolioBenchmark.of(List.of(score("a", 0.2), score("b", 0.5))),
            PortfolioBenchmark.of(List.of(score("a", 0.2), score("b", 0.5))))
        .addEqualityGroup(PortfolioBenchmark.of(List.of(score("b", 0.5), score("a", 0.2))))
        .addEqualityGroup(PortfolioBenchmark.of(List.of(score("a", 0.2))))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = BenchmarkFixtures.nullPointerTester();
    tester.testAllPublicStaticMethods(PortfolioBenchmark.class);
    tester.testAllPublicInstanceMethods(four);
  }

  @Property
  void percentileRanksLieBetweenZeroAndHundred(@ForAll("portfolios") List<Score> scores) {
    for (PercentileRank rank : PortfolioBenchmark.of(scores).percentileRanks()) {
      assertTrue(rank.overall() >= 0 && rank.overall() <= 100, rank.toString());
      rank.areas().values().forEach(r -> assertTrue(r >= 0 && r <= 100, rank.toString()));
    }
  }

  @Property
  void ranksAndDistributionsDoNotDependOnPortfolioOrder(
      @ForAll("portfolios") List<Score> scores, @ForAll long seed) {
    List<Score> shuffled = new ArrayList<>(scores);
    Collections.shuffle(shuffled, new Random(seed));
    assertEquals(ranksById(scores), ranksById(shuffled));
    PortfolioBenchmark original = PortfolioBenchmark.of(scores);
    PortfolioBenchmark reordered = PortfolioBenchmark.of(shuffled);
    assertEquals(original.overall(), reordered.overall());
    for (FactorCategory category : FactorCategory.values()) {
      assertEquals(original.area(category), reordered.area(category));
      assertEquals(original.heatMap().areaMean(category), reordered.heatMap().areaMean(category));
    }
  }

  @Property
  void aHigherScoreRanksHigher(@ForAll("portfolios") List<Score> scores) {
    PortfolioBenchmark portfolio = PortfolioBenchmark.of(scores);
    for (Score x : scores) {
      for (Score y : scores) {
        double rankX = portfolio.percentileRank(x.relationship()).overall();
        double rankY = portfolio.percentileRank(y.relationship()).overall();
        if (x.overall() < y.overall()) {
          assertTrue(rankX < rankY, x + " " + y);
        } else if (x.overall() == y.overall()) {
          assertEquals(rankX, rankY);
        }
      }
    }
  }

  @Property
  void heatMapAreaMeansLieWithinTheirColumn(@ForAll("portfolios") List<Score> scores) {
    HeatMap map = PortfolioBenchmark.of(scores).heatMap();
    for (FactorCategory category : FactorCategory.values()) {
      OptionalDouble mean = map.areaMean(category);
      List<Double> column =
          map.rows().stream()
              .map(row -> row.cell(category))
              .filter(OptionalDouble::isPresent)
              .map(OptionalDouble::getAsDouble)
              .toList();
      assertEquals(column.isEmpty(), mean.isEmpty());
      assertEquals(
          mean,
          PortfolioBenchmark.of(scores)
              .area(category)
              .map(d -> OptionalDouble.of(d.mean()))
              .orElse(OptionalDouble.empty()));
      mean.ifPresent(
          m ->
              assertTrue(
                  m >= Collections.min(column) && m <= Collections.max(column), column + " " + m));
    }
  }

  @Property
  void withScoresRoundTrips(@ForAll("portfolios") List<Score> scores) {
    PortfolioBenchmark portfolio = PortfolioBenchmark.of(scores);
    PortfolioBenchmark other = portfolio.withScores(List.of(score("other", 0.5)));
    assertEquals(List.of(RelationshipId.of("other")), other.relationships());
    assertEquals(portfolio, other.withScores(scores));
  }

  @Provide
  Arbitrary<List<Score>> portfolios() {
    return BenchmarkFixtures.portfolios();
  }

  private static Map<RelationshipId, PercentileRank> ranksById(List<Score> scores) {
    return PortfolioBenchmark.of(scores).percentileRanks().stream()
        .collect(ImmutableMap.toImmutableMap(PercentileRank::relationship, Function.identity()));
  }

  /** A portfolio of relationships r0, r1, ... with the given overall scores. */
  private static PortfolioBenchmark portfolio(double... overall) {
    List<Score> scores = new ArrayList<>();
    for (int i = 0; i < overall.length; i++) {
      scores.add(score("r" + i, overall[i]));
    }
    return PortfolioBenchmark.of(scores);
  }

  /** Revenue of relationships r0, r1, ... in that order. */
  private static ImmutableMap<RelationshipId, MonetaryAmount> revenue(MonetaryAmount... amounts) {
    ImmutableMap.Builder<RelationshipId, MonetaryAmount> revenue = ImmutableMap.builder();
    for (int i = 0; i < amounts.length; i++) {
      revenue.put(RelationshipId.of("r" + i), amounts[i]);
    }
    return revenue.buildOrThrow();
  }
}

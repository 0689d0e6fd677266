package org.alliancekit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.portfolio.PortfolioScorer;
import org.alliancekit.scoring.portfolio.PortfolioScores;
import org.alliancekit.scoring.portfolio.RatingMatrix;
import org.alliancekit.scoring.potential.ImprovementModel;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The SQL functions give the library's answers, null for null, and fail with its messages. */
class SqlFunctionsTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSessions.start("sql-functions");
    SparkScoring.standard().registerFunctions(spark);
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Row one(String sql) {
    return spark.sql(sql).first();
  }

  @Test
  void attainableClosesTheGivenFractionOfTheGap() {
    // 30% closing half its gap of 70 points reaches 65% (0.6499999999999999 in doubles).
    double attainable = one("SELECT alliance_attainable(0.3, 0.5)").getDouble(0);
    assertEquals(0.65, attainable, 1e-15);
    assertEquals(ImprovementModel.closeGap(0.5).attainable(0.3), attainable);
    assertNull(one("SELECT alliance_attainable(NULL, 0.5)").get(0));
  }

  @Test
  void upliftIsTheSourceReportsExampleRoundedToTheCurrency() {
    // GBP 5M at 70% reaching 80%: 5,000,000 x 0.1 / 0.7 = 714,285.714..., rounded to pence.
    BigDecimal uplift =
        one("SELECT alliance_uplift(CAST(5000000 AS DECIMAL(12,2)), 'GBP', 0.7, 0.8)")
            .getDecimal(0);
    assertEquals(0, new BigDecimal("714285.71").compareTo(uplift));
    // In yen there is no minor unit: 714,286.
    assertEquals(
        0,
        new BigDecimal("714286")
            .compareTo(one("SELECT alliance_uplift(5000000, 'JPY', 0.7, 0.8)").getDecimal(0)));
    assertNull(one("SELECT alliance_uplift(100, 'GBP', 0.0, 0.5)").get(0));
  }

  @Test
  void normaliseMapsARatingOntoZeroToOne() {
    assertEquals(0.75, one("SELECT alliance_normalise(4, '1..5')").getDouble(0));
  }

  @Test
  void scoreOfAnArrayIsThePortfolioScorersScore() {
    double[] values = new double[25];
    java.util.Arrays.fill(values, Double.NaN);
    values[0] = 1.0;
    values[5] = 0.5;
    values[24] = 0.25;
    PortfolioScores expected =
        PortfolioScorer.of(SparkScoring.reportRule(), FactorCatalogs.allianceSalesScorecard())
            .score(
                RatingMatrix.of(
                    FactorCatalogs.allianceSalesScorecard(),
                    List.of(RelationshipId.of("x")),
                    values));
    StringBuilder array = new StringBuilder("array(");
    for (int i = 0; i < values.length; i++) {
      array
          .append(i == 0 ? "" : ", ")
          .append(
              Double.isNaN(values[i])
                  ? "CAST(NULL AS DOUBLE)"
                  : "CAST(" + values[i] + " AS DOUBLE)");
    }
    array.append(')');
    Row score = one("SELECT alliance_score('SALES_SCORECARD', " + array + ") AS s").getStruct(0);
    assertEquals(expected.overall(0), score.getDouble(0));
    assertEquals(expected.area(0, FactorCategory.COMMERCIAL), score.getDouble(1));
    assertEquals(expected.area(0, FactorCategory.TECHNICAL), score.getDouble(2));
    assertNull(score.get(3));
    assertEquals(expected.area(0, FactorCategory.OPERATIONAL), score.getDouble(5));
    assertEquals(3.0 / 25, score.getDouble(6));
    // Overall is the mean of the scored areas: (1 + 0.5 + 0.25) / 3.
    assertEquals((1 + 0.5 + 0.25) / 3, score.getDouble(0), 1e-15);
    assertNull(
        one("SELECT alliance_score('SALES_SCORECARD', array_repeat(CAST(NULL AS DOUBLE), 25))")
            .get(0));
  }

  @Test
  void invalidArgumentsFailTheQueryWithTheLibrarysMessage() {
    Exception error =
        assertThrows(Exception.class, () -> one("SELECT alliance_attainable(1.5, 0.5)"));
    assertTrue(
        messages(error).contains("current score 1.5 must be a number between 0 and 1"),
        messages(error));
    Exception currency =
        assertThrows(Exception.class, () -> one("SELECT alliance_uplift(1, 'XYZ', 0.5, 0.6)"));
    assertTrue(
        messages(currency).contains("currency 'XYZ' is not a known currency code"),
        messages(currency));
    Exception width =
        assertThrows(
            Exception.class, () -> one("SELECT alliance_score('SALES_SCORECARD', array(0.5D))"));
    assertTrue(
        messages(width)
            .contains(
                "alliance_score was given 1 ratings; catalog SALES_SCORECARD has" + " 25 factors"),
        messages(width));
  }

  private static String messages(Throwable error) {
    StringBuilder text = new StringBuilder();
    for (Throwable t = error; t != null; t = t.getCause()) {
      text.append(t.getMessage()).append('\n');
    }
    return text.toString();
  }
}

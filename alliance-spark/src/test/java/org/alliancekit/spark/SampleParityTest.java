package org.alliancekit.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apache.spark.sql.functions.expr;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.io.Resources;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.URL;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import javax.money.MonetaryAmount;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.report.sample.SamplePortfolio;
import org.alliancekit.report.scoring.DefaultScoring;
import org.alliancekit.report.scoring.PotentialRow;
import org.alliancekit.report.scoring.ScoreRow;
import org.alliancekit.report.scoring.ScoredPortfolio;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Spark against the single-JVM portfolio report on the bundled sample portfolio: the sample's own
 * {@code assessments.csv}, {@code relationships.csv} and {@code rates.csv}, read by Spark's CSV
 * reader without a schema, must give every score, uplift and rank that {@link DefaultScoring} gives
 * for the same files read by {@code alliance-io}.
 */
class SampleParityTest {
  private static SparkSession spark;
  private static ScoredPortfolio expected;
  private static FrameResult scores;

  @BeforeAll
  static void start() {
    spark = SparkSessions.start("sample-parity");
    PortfolioData data = SamplePortfolio.read();
    assertTrue(data.problems().isEmpty(), data.problems().toString());
    expected = DefaultScoring.standard().evaluate(data);
    // The report scores each relationship on its latest survey round (DefaultScoring
    // .latestSurveyRound); scoreLong combines every row it is given, so it is given that round.
    Dataset<Row> assessments = csv("assessments.csv");
    Dataset<Row> latest =
        assessments
            .withColumn(
                "half", expr("year(date) * 2 + (CASE WHEN month(date) > 6 THEN 1 ELSE 0 END)"))
            .withColumn("latest", expr("max(half) OVER (PARTITION BY relationship_id)"))
            .filter("half = latest")
            .drop("half", "latest");
    scores = SparkScoring.standard().scoreLong(latest).persist();
  }

  @AfterAll
  static void stop() {
    scores.unpersist();
    spark.stop();
  }

  /** One of the sample's files, as Spark reads a CSV file with a header and no schema. */
  private static Dataset<Row> csv(String file) {
    URL url = SamplePortfolio.class.getResource(SamplePortfolio.RESOURCE_FOLDER + file);
    assertNotNull(url, file);
    List<String> lines;
    try {
      lines = Resources.readLines(url, UTF_8);
    } catch (IOException e) {
      throw new AssertionError(file, e);
    }
    return spark.read().option("header", true).csv(spark.createDataset(lines, Encoders.STRING()));
  }

  @Test
  void scoresEqualTheReportsScores() {
    Map<String, ScoreRow> byId =
        expected.scores().stream()
            .collect(Collectors.toMap(row -> row.relationship().value(), Function.identity()));
    assertTrue(byId.size() >= 30, "the sample scores most of its forty relationships");
    List<Row> rows = scores.rows().collectAsList();
    assertEquals(byId.size(), rows.size());
    for (Row row : rows) {
      String id = row.getString(0);
      ScoreRow score = byId.get(id);
      assertNotNull(score, id);
      assertEquals(score.overall(), row.getDouble(1), id);
      for (FactorCategory area : FactorCategory.values()) {
        Object actual = row.get(2 + area.ordinal());
        if (score.area(area).isPresent()) {
          assertEquals(score.area(area).getAsDouble(), (Double) actual, id + " " + area);
        } else {
          assertNull(actual, id + " " + area);
        }
      }
      assertEquals(score.coverage(), row.getDouble(7), id);
    }
    assertEquals(List.of(), scores.problems().collectAsList());
  }

  @Test
  void potentialsAndRanksEqualTheReports() {
    String report = expected.reportCurrency().orElseThrow().getCurrencyCode();
    assertEquals("GBP", report);
    FixedRates rates = FixedRates.fromTable(report, csv("rates.csv"));
    FrameResult potential =
        SparkScoring.standard().potential(scores.rows(), csv("relationships.csv"), rates);
    List<Row> rows = SparkScoring.rankByUplift(potential.rows()).collectAsList();
    assertEquals(List.of(), potential.problems().collectAsList());

    Map<String, PotentialRow> byId =
        expected.potentials().stream()
            .collect(Collectors.toMap(row -> row.relationship().value(), Function.identity()));
    assertEquals(byId.size(), rows.size());
    boolean converted = false;
    for (Row row : rows) {
      String id = row.getString(0);
      PotentialRow potentialRow = byId.get(id);
      assertNotNull(potentialRow, id);
      assertAmount(potentialRow.revenue(), row.getDecimal(1), id);
      assertEquals(potentialRow.currency().getCurrencyCode(), row.getString(2), id);
      assertEquals(potentialRow.current(), row.getDouble(3), id);
      assertEquals(potentialRow.attainable(), row.getDouble(4), id);
      if (potentialRow.uplift().isPresent()) {
        assertAmount(potentialRow.uplift().get(), row.getDecimal(5), id);
      } else {
        assertNull(row.get(5), id);
      }
      if (potentialRow.convertedUplift().isPresent()) {
        assertAmount(potentialRow.convertedUplift().get(), row.getDecimal(6), id);
        converted |= !potentialRow.currency().getCurrencyCode().equals(report);
      } else {
        assertNull(row.get(6), id);
      }
      if (potentialRow.rank().isPresent()) {
        assertEquals((long) potentialRow.rank().getAsInt(), row.get(7), id);
      } else {
        assertNull(row.get(7), id);
      }
    }
    assertTrue(converted, "some uplifts of the sample are converted from EUR or USD into GBP");
    assertFalse(rows.isEmpty());
  }

  private static void assertAmount(MonetaryAmount expected, BigDecimal actual, String id) {
    assertNotNull(actual, id);
    BigDecimal amount = expected.getNumber().numberValue(BigDecimal.class);
    assertEquals(0, amount.compareTo(actual), id + ": " + amount + " vs " + actual);
  }
}

package org.alliancekit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.assessment.AssessmentCombiner;
import org.alliancekit.scoring.assessment.Score;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Known answers on small frames, and every kind of bad row, reported with its reason. */
class BadRowsTest {
  private static final SparkScoring SCORING = SparkScoring.standard();
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSessions.start("bad-rows");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Dataset<Row> frame(StructType schema, Object[]... rows) {
    List<Row> list = new ArrayList<>();
    for (Object[] row : rows) {
      list.add(RowFactory.create(row));
    }
    return spark.createDataFrame(list, schema);
  }

  private static StructType strings(String... names) {
    StructType schema = new StructType();
    for (String name : names) {
      schema = schema.add(name, DataTypes.StringType);
    }
    return schema;
  }

  /** Problems as "source|key|kind|message", sorted. */
  private static List<String> problems(FrameResult result) {
    List<String> problems = new ArrayList<>();
    for (Row row : result.problems().collectAsList()) {
      problems.add(
          row.getString(0)
              + "|"
              + row.getString(1)
              + "|"
              + row.getString(2)
              + "|"
              + row.getString(3));
    }
    problems.sort(null);
    return problems;
  }

  private static Map<String, Row> byKey(Dataset<Row> rows) {
    Map<String, Row> map = new HashMap<>();
    rows.collectAsList().forEach(row -> map.put(row.getString(0), row));
    return map;
  }

  @Test
  void longFormatReportsEveryBadRatingRowAndScoresTheRest() {
    Dataset<Row> ratings =
        frame(
            strings("relationship_id", "side", "factor_code", "rating", "scale", "assessor"),
            new Object[] {"acme", "HOST", "Co1", "8", "0..10", "Dana"},
            new Object[] {"acme", "HOST", "Co2", "", "0..10", "Dana"},
            new Object[] {"acme", "HOST", "Co3", "11", "0..10", "Dana"},
            new Object[] {"acme", "HOST", "Xx9", "5", "0..10", "Dana"},
            new Object[] {"acme", "PARTNER", "Co1", "4", "1..5", "Lee"},
            new Object[] {null, "HOST", "Co1", "5", "0..10", "Dana"},
            new Object[] {"globex", "BOSS", "Co1", "5", "0..10", "Dana"},
            new Object[] {"globex", "HOST", "Co1", "x", "0..10", "Dana"},
            new Object[] {"globex", "HOST", "Co1", "5", "ten", "Dana"},
            new Object[] {"initech", "HOST", "Co1", null, "0..10", "Dana"},
            new Object[] {"hooli", "HOST", "Co1", "5", "0..10", "Dana"},
            new Object[] {"hooli", "HOST", "Co1", "6", "0..10", "Dana"},
            new Object[] {"hooli", "PARTNER", "T11", "5", "0..10", "Lee"});
    FrameResult result = SCORING.scoreLong(ratings).persist();

    // acme: HOST rates Co1 8 of 0..10 (0.8), PARTNER Co1 4 of 1..5 (0.75); the mean is 0.775,
    // the only rated factor, so commercial and overall are 0.775 and coverage 1 of 52.
    Assessment host =
        assessment("acme/HOST", Side.HOST, "0..10", Rating.of("Co1", 8), Rating.unknown("Co2"));
    Assessment partner = assessment("acme/PARTNER", Side.PARTNER, "1..5", Rating.of("Co1", 4));
    Score expected =
        SparkScoring.reportRule().score(AssessmentCombiner.mean().combine(List.of(host, partner)));
    Map<String, Row> rows = byKey(result.rows());
    assertEquals(List.of("acme", "hooli"), rows.keySet().stream().sorted().toList());
    Row acme = rows.get("acme");
    assertEquals(0.775, acme.getDouble(1), 1e-12);
    assertEquals(expected.overall(), acme.getDouble(1));
    assertEquals(0.775, acme.getDouble(2), 1e-12);
    assertNull(acme.get(3));
    assertEquals(1.0 / 52, acme.getDouble(7));
    // hooli's HOST assessment rates Co1 twice and is left out; its PARTNER one is scored alone.
    assertEquals(0.5, rows.get("hooli").getDouble(1));

    List<String> problems = problems(result);
    assertEquals(8, problems.size(), problems.toString());
    assertTrue(problems.contains("ratings||MISSING_VALUE|relationship_id is missing"));
    assertTrue(
        problems.contains("ratings|acme|OUT_OF_RANGE|rating 11 for Co3 is outside scale 0..10"));
    assertTrue(
        problems.contains(
            "ratings|acme|UNKNOWN_REFERENCE|factor code Xx9 is not in catalog BEST_PRACTICES"));
    assertTrue(
        problems.contains(
            "ratings|globex|INVALID_VALUE|side 'BOSS' is not one of [HOST, PARTNER, INDEPENDENT]"));
    assertTrue(
        problems.contains("ratings|globex|INVALID_VALUE|rating 'x' for Co1 is not a number"));
    assertTrue(
        problems.contains(
            "ratings|globex|INVALID_VALUE|rating scale 'ten' must have the form min..max"));
    assertTrue(
        problems.stream()
            .anyMatch(p -> p.startsWith("ratings|hooli|INVALID_VALUE|") && p.contains("Co1")),
        problems.toString());
    assertTrue(
        problems.stream()
            .anyMatch(p -> p.startsWith("ratings|initech|MISSING_VALUE|nothing to score")),
        problems.toString());
    result.unpersist();
  }

  @Test
  void longFormatRejectsAnAssessmentWhoseRowsDisagreeOnTheScale() {
    Dataset<Row> ratings =
        frame(
            strings(
                "assessment_id",
                "relationship_id",
                "side",
                "catalog",
                "factor_code",
                "rating",
                "scale"),
            new Object[] {"a1", "acme", "HOST", "SALES_SCORECARD", "Co1", "8", "0..10"},
            new Object[] {"a1", "acme", "HOST", "SALES_SCORECARD", "Co5", "4", "1..5"});
    FrameResult result = SCORING.scoreLong(ratings);
    assertEquals(0, result.rows().count());
    assertEquals(
        List.of(
            "ratings|acme|INVALID_VALUE|assessment a1 of relationship acme has rows with scale"
                + " 0..10 and 1..5; all rows of one assessment must agree"),
        problems(result));
  }

  @Test
  void longFormatScoresAScorecardAndABestPracticesAssessmentOnTheBestPractices() {
    Dataset<Row> ratings =
        frame(
            strings(
                "assessment_id",
                "relationship_id",
                "side",
                "catalog",
                "factor_code",
                "rating",
                "scale"),
            new Object[] {"h", "acme", "HOST", "SALES_SCORECARD", "Co1", "8", "0..10"},
            new Object[] {"h", "acme", "HOST", "SALES_SCORECARD", "T14", "2", "0..10"},
            new Object[] {"p", "acme", "PARTNER", "BEST_PRACTICES", "Co1", "4", "1..5"},
            new Object[] {"p", "acme", "PARTNER", "BEST_PRACTICES", "S20", "5", "1..5"});
    FrameResult result = SCORING.scoreLong(ratings);
    Assessment host =
        assessment("h", Side.HOST, "0..10", Rating.of("Co1", 8), Rating.of("T14", 2))
            .withCatalog(FactorCatalogs.bestPractices());
    Assessment partner =
        assessment("p", Side.PARTNER, "1..5", Rating.of("Co1", 4), Rating.of("S20", 5));
    Score expected =
        SparkScoring.reportRule().score(AssessmentCombiner.mean().combine(List.of(host, partner)));
    Row acme = result.rows().first();
    // Co1 (0.8 + 0.75) / 2 = 0.775, T14 0.2, S20 1: overall (0.775 + 0.2 + 1) / 3, 3 of 52 rated.
    assertEquals(expected.overall(), acme.getDouble(1));
    assertEquals((0.775 + 0.2 + 1) / 3, acme.getDouble(1), 1e-12);
    assertEquals(3.0 / 52, acme.getDouble(7));
    assertEquals(List.of(), problems(result));
  }

  @Test
  void wideFormatReportsRowsOfTheWrongShapeOrOffTheScale() {
    StructType schema =
        strings("relationship_id", "catalog", "scale")
            .add("ratings", DataTypes.createArrayType(DataTypes.DoubleType, true));
    Double[] good = new Double[25];
    good[0] = 5.0;
    good[5] = 3.0;
    Double[] off = good.clone();
    off[1] = 6.0;
    Dataset<Row> wide =
        frame(
            schema,
            new Object[] {"acme", "SALES_SCORECARD", "1..5", seq(good)},
            new Object[] {"globex", "SALES_SCORECARD", "1..5", seq(off)},
            new Object[] {"initech", "SALES_SCORECARD", "1..5", seq(new Double[3])},
            new Object[] {"hooli", "NO_SUCH", "1..5", seq(good)},
            new Object[] {"umbrella", "SALES_SCORECARD", null, seq(good)});
    FrameResult result = SCORING.scoreWide(wide);
    List<Row> rows = result.rows().collectAsList();
    assertEquals(1, rows.size());
    // Co1 5 of 1..5 is 1 and T14 3 of 1..5 is 0.5: commercial 1, technical 0.5, overall 0.75.
    assertEquals(0.75, rows.get(0).getDouble(1));
    assertEquals(
        List.of(
            "relationship_id",
            "overall",
            "commercial",
            "technical",
            "strategic",
            "cultural",
            "operational",
            "coverage"),
        Arrays.asList(result.rows().columns()));
    assertEquals(
        List.of(
            "relationships|globex|OUT_OF_RANGE|rating 6 for Co5 is outside scale 1..5",
            "relationships|hooli|UNKNOWN_REFERENCE|catalog 'NO_SUCH' is not BEST_PRACTICES or"
                + " SALES_SCORECARD",
            "relationships|initech|INVALID_VALUE|ratings of relationship initech hold 3 values;"
                + " catalog SALES_SCORECARD has 25 factors",
            "relationships|umbrella|MISSING_VALUE|scale is missing"),
        problems(result));
  }

  @Test
  void potentialRanksTheSmallWeakRelationshipAboveTheLargeStrongOne() {
    StructType schema =
        strings("relationship_id")
            .add("overall", DataTypes.DoubleType)
            .add("alliance_revenue", DataTypes.StringType)
            .add("currency", DataTypes.StringType);
    Dataset<Row> scores =
        frame(
            schema,
            new Object[] {"big", 0.70, "5000000", "GBP"},
            new Object[] {"small", 0.30, "1000000", "EUR"},
            new Object[] {"zero", 0.0, "200", "GBP"},
            new Object[] {"yen", 0.5, "1000", "JPY"},
            new Object[] {"negative", 0.5, "-1", "GBP"},
            new Object[] {"unknown", 0.5, "10", "XYZ"},
            new Object[] {"empty", 0.5, null, "GBP"});
    FrameResult potential =
        SCORING.potential(scores, FixedRates.to("GBP", Map.of("EUR", new BigDecimal("0.85"))));
    Map<String, Row> rows = byKey(SparkScoring.rankByUplift(potential.rows()));
    // small: 0.30 closes half its gap to 0.65, uplift 1,000,000 x 0.35 / 0.30 = EUR 1,166,666.67;
    // converted first, GBP 850,000 x 0.35 / 0.30 = GBP 991,666.67. big: 0.70 to 0.85, uplift
    // 5,000,000 x 0.15 / 0.70 = GBP 1,071,428.57, so big ranks first in the report currency.
    assertEquals(0, new BigDecimal("1166666.67").compareTo(rows.get("small").getDecimal(5)));
    assertEquals(0, new BigDecimal("991666.67").compareTo(rows.get("small").getDecimal(6)));
    assertEquals(0.65, rows.get("small").getDouble(4), 1e-15);
    assertEquals(0, new BigDecimal("1071428.57").compareTo(rows.get("big").getDecimal(6)));
    assertEquals(1L, rows.get("big").get(7));
    assertEquals(2L, rows.get("small").get(7));
    assertNull(rows.get("zero").get(5), "a zero score with revenue has no uplift");
    assertNull(rows.get("zero").get(7));
    assertNull(rows.get("yen").get(6));
    assertEquals(1L, rows.get("yen").get(7), "JPY has no rate: ranked among the JPY relationships");
    assertEquals(4, rows.size());
    assertEquals(
        List.of(
            "relationships|empty|MISSING_VALUE|alliance_revenue of relationship empty is missing",
            "relationships|negative|INVALID_VALUE|relationship negative: revenue GBP -1 must not"
                + " be negative",
            "relationships|unknown|INVALID_VALUE|currency 'XYZ' of relationship unknown is not a"
                + " known currency",
            "relationships|yen|CURRENCY_MISMATCH|no rate from JPY to GBP for relationship yen; its"
                + " converted uplift is empty and it is ranked among the relationships in JPY"),
        problems(potential));
  }

  @Test
  void potentialJoinsRevenueFromTheRelationshipsTable() {
    Dataset<Row> scores =
        frame(
            strings("relationship_id").add("overall", DataTypes.DoubleType),
            new Object[] {"small", 0.30},
            new Object[] {"lost", 0.5});
    Dataset<Row> relationships =
        frame(
            strings("relationship_id", "host_id", "alliance_revenue", "currency"),
            new Object[] {"small", "globex", "1000000", "GBP"},
            new Object[] {"other", "globex", "5", "GBP"});
    FrameResult potential =
        SCORING.potential(scores, relationships, FixedRates.to("GBP", Map.of()));
    Map<String, Row> rows = byKey(potential.rows());
    assertEquals(0, new BigDecimal("1166666.67").compareTo(rows.get("small").getDecimal(6)));
    assertEquals(
        List.of(
            "relationships|lost|MISSING_VALUE|alliance_revenue of relationship lost is missing"),
        problems(potential));
  }

  @Test
  void percentileRanksFollowThePortfolioBenchmarkDefinition() {
    StructType schema = strings("relationship_id");
    for (String metric : Ranking.METRICS) {
      schema = schema.add(metric, DataTypes.DoubleType);
    }
    // Overall 20%, 50%, 50%, 80% rank 12.5, 50, 50 and 87.5; commercial is scored for two only.
    Dataset<Row> scores =
        frame(
            schema,
            new Object[] {"a", 0.2, 0.1, 0.3, 0.3, 0.3, 0.3},
            new Object[] {"b", 0.5, null, 0.3, 0.3, 0.3, 0.3},
            new Object[] {"c", 0.5, 0.9, 0.3, 0.3, 0.3, 0.3},
            new Object[] {"d", 0.8, null, 0.3, 0.3, 0.3, 0.3});
    Map<String, Row> ranks = byKey(SparkScoring.percentileRanks(scores));
    assertEquals(12.5, ranks.get("a").getDouble(1));
    assertEquals(50.0, ranks.get("b").getDouble(1));
    assertEquals(50.0, ranks.get("c").getDouble(1));
    assertEquals(87.5, ranks.get("d").getDouble(1));
    assertEquals(25.0, ranks.get("a").getDouble(2));
    assertEquals(75.0, ranks.get("c").getDouble(2));
    assertNull(ranks.get("b").get(2));
    assertEquals(50.0, ranks.get("d").getDouble(3));
  }

  @Test
  void missingColumnsAndBadArgumentsAreCallerErrors() {
    Dataset<Row> noScale = frame(strings("relationship_id", "side", "factor_code", "rating"));
    IllegalArgumentException missing =
        assertThrows(IllegalArgumentException.class, () -> SCORING.scoreLong(noScale));
    assertEquals(
        "ratings has no column scale; it has [relationship_id, side, factor_code, rating]",
        missing.getMessage());
    IllegalArgumentException k =
        assertThrows(IllegalArgumentException.class, () -> SparkScoring.topByUplift(noScale, 0));
    assertEquals("k is 0; the top needs at least 1 row", k.getMessage());
    IllegalArgumentException catalog =
        assertThrows(
            IllegalArgumentException.class,
            () -> SparkScoring.of(SparkScoring::reportRule, () -> null, "NONE"));
    assertEquals(
        "default catalog 'NONE' is not BEST_PRACTICES or SALES_SCORECARD", catalog.getMessage());
  }

  @Test
  void ratesAreReadFromARatesTableDirectlyOrInverted() {
    Dataset<Row> table =
        frame(
            strings("from", "to", "rate"),
            new Object[] {"EUR", "GBP", "0.85"},
            new Object[] {"GBP", "USD", "1.25"},
            new Object[] {"EUR", "USD", "1.10"});
    FixedRates rates = FixedRates.fromTable("GBP", table);
    assertEquals(new BigDecimal("0.85"), rates.rate("EUR").orElseThrow());
    assertEquals(0, new BigDecimal("0.8").compareTo(rates.rate("USD").orElseThrow()));
    assertTrue(rates.rate("JPY").isEmpty());
    Dataset<Row> twice =
        frame(
            strings("from", "to", "rate"),
            new Object[] {"EUR", "GBP", "0.85"},
            new Object[] {"EUR", "GBP", "0.86"});
    IllegalArgumentException duplicate =
        assertThrows(IllegalArgumentException.class, () -> FixedRates.fromTable("GBP", twice));
    assertEquals("rates table lists EUR to GBP twice", duplicate.getMessage());
  }

  private static scala.collection.Seq<Double> seq(Double[] values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(Arrays.asList(values));
  }

  private static Assessment assessment(String id, Side side, String scale, Rating... ratings) {
    return Assessment.builder()
        .id(AssessmentId.of(id))
        .relationship(RelationshipId.of("acme"))
        .catalog(FactorCatalogs.bestPractices())
        .scale(RatingScale.parse(scale))
        .assessor(Assessor.of("Dana Reyes", "Alliance manager"))
        .side(side)
        .date(LocalDate.of(2026, 6, 30))
        .addRatings(ratings)
        .build();
  }
}

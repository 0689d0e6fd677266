package org.alliancekit.spark;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.alliancekit.model.assessment.Assessment;
import org.alliancekit.model.assessment.AssessmentId;
import org.alliancekit.model.assessment.Assessor;
import org.alliancekit.model.assessment.NumericScale;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.assessment.Side;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.relationship.RelationshipId;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * A seeded portfolio, relationship by relationship: relationship {@code i} is a pure function of
 * {@code i}, so Spark can generate it on its executors and the test the same data in one JVM.
 */
final class Generated {
  static final long SEED = 20_260_611L;

  static final StructType WIDE =
      new StructType()
          .add("relationship_id", DataTypes.StringType)
          .add("catalog", DataTypes.StringType)
          .add("scale", DataTypes.StringType)
          .add("ratings", DataTypes.createArrayType(DataTypes.DoubleType, true))
          .add("alliance_revenue", DataTypes.createDecimalType(20, 2))
          .add("currency", DataTypes.StringType);

  static final StructType LONG =
      new StructType()
          .add("assessment_id", DataTypes.StringType)
          .add("relationship_id", DataTypes.StringType)
          .add("side", DataTypes.StringType)
          .add("assessor", DataTypes.StringType)
          .add("catalog", DataTypes.StringType)
          .add("scale", DataTypes.StringType)
          .add("factor_code", DataTypes.StringType)
          .add("rating", DataTypes.StringType);

  private static final String[] SCALES = {"0..10", "1..5", "0..100"};

  private Generated() {}

  /** The fixed sample rates into GBP; JPY has none. */
  static FixedRates rates() {
    return FixedRates.to(
        "GBP", Map.of("EUR", new BigDecimal("0.85"), "USD", new BigDecimal("0.79")));
  }

  /** One assessment's ratings: per factor 0 = rated, 1 = rated unknown, 2 = not rated. */
  record Ratings(String id, Side side, String scale, double[] values, int[] states) {}

  /** Relationship {@code i}. */
  record Relationship(
      String id, String catalog, List<Ratings> assessments, BigDecimal revenue, String currency) {}

  static Relationship relationship(long i) {
    SplittableRandom random = new SplittableRandom(SEED ^ (i * 0x9E3779B97F4A7C15L));
    String id = String.format("r%06d", i);
    String catalog =
        random.nextInt(5) == 0
            ? FactorCatalogs.BEST_PRACTICES_NAME
            : FactorCatalogs.SALES_SCORECARD_NAME;
    int width = FactorCatalogs.byName(catalog).orElseThrow().size();
    boolean nothing = random.nextInt(500) == 0;
    boolean floor = random.nextInt(200) == 0;
    List<Ratings> assessments = new ArrayList<>();
    assessments.add(ratings(random, id + "-host", Side.HOST, width, nothing, floor));
    if (random.nextInt(4) == 0) {
      assessments.add(ratings(random, id + "-partner", Side.PARTNER, width, nothing, floor));
    }
    String currency;
    int pick = random.nextInt(50);
    currency = pick == 0 ? "JPY" : pick < 25 ? "GBP" : pick < 40 ? "EUR" : "USD";
    BigDecimal revenue =
        random.nextInt(25) == 0
            ? BigDecimal.ZERO
            : BigDecimal.valueOf(
                random.nextLong(10_000_00L, 2_000_000_000_00L), currency.equals("JPY") ? 0 : 2);
    return new Relationship(id, catalog, assessments, revenue, currency);
  }

  private static Ratings ratings(
      SplittableRandom random, String id, Side side, int width, boolean nothing, boolean floor) {
    String scale = SCALES[random.nextInt(SCALES.length)];
    NumericScale parsed = RatingScale.parse(scale);
    int min = (int) parsed.min();
    int span = (int) (parsed.max() - parsed.min());
    double[] values = new double[width];
    int[] states = new int[width];
    for (int column = 0; column < width; column++) {
      int draw = random.nextInt(100);
      states[column] = nothing ? 1 + draw % 2 : draw < 8 ? 1 : draw < 15 ? 2 : 0;
      values[column] =
          states[column] != 0 ? Double.NaN : floor ? min : min + random.nextInt(span + 1);
    }
    return new Ratings(id, side, scale, values, states);
  }

  /** The wide row of relationship {@code i}: its host assessment and its revenue. */
  static Row wideRow(long i) {
    Relationship relationship = relationship(i);
    Ratings host = relationship.assessments().get(0);
    Double[] ratings = new Double[host.values().length];
    for (int column = 0; column < ratings.length; column++) {
      ratings[column] = host.states()[column] == 0 ? host.values()[column] : null;
    }
    return RowFactory.create(
        relationship.id(),
        relationship.catalog(),
        host.scale(),
        scala.jdk.javaapi.CollectionConverters.asScala(java.util.Arrays.asList(ratings)),
        relationship.revenue(),
        relationship.currency());
  }

  /** The rating rows of relationship {@code i}, as {@code assessments.csv} holds them. */
  static List<Row> longRows(long i) {
    Relationship relationship = relationship(i);
    FactorCatalog catalog = FactorCatalogs.byName(relationship.catalog()).orElseThrow();
    List<Row> rows = new ArrayList<>();
    for (Ratings ratings : relationship.assessments()) {
      for (int column = 0; column < catalog.size(); column++) {
        int state = ratings.states()[column];
        if (state == 2) {
          continue;
        }
        rows.add(
            RowFactory.create(
                ratings.id(),
                relationship.id(),
                ratings.side().name(),
                "Dana Reyes",
                relationship.catalog(),
                ratings.scale(),
                catalog.codes().get(column),
                state == 0 ? format(ratings.values()[column]) : ""));
      }
    }
    return rows;
  }

  private static String format(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  /** The model assessments of a relationship, as a single-JVM program would build them. */
  static List<Assessment> assessments(Relationship relationship) {
    FactorCatalog catalog = FactorCatalogs.byName(relationship.catalog()).orElseThrow();
    List<Assessment> assessments = new ArrayList<>();
    for (Ratings ratings : relationship.assessments()) {
      List<Rating> list = new ArrayList<>();
      for (int column = 0; column < catalog.size(); column++) {
        String code = catalog.codes().get(column);
        if (ratings.states()[column] == 0) {
          list.add(Rating.of(code, ratings.values()[column]));
        } else if (ratings.states()[column] == 1) {
          list.add(Rating.unknown(code));
        }
      }
      assessments.add(
          Assessment.builder()
              .id(AssessmentId.of(ratings.id()))
              .relationship(RelationshipId.of(relationship.id()))
              .catalog(catalog)
              .scale(RatingScale.parse(ratings.scale()))
              .assessor(Assessor.of("Dana Reyes", "Alliance manager"))
              .side(ratings.side())
              .date(LocalDate.of(2026, 6, 30))
              .ratings(list)
              .build());
    }
    return assessments;
  }
}

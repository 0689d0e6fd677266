package org.alliancekit.spark.bench;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.alliancekit.model.assessment.RatingScale;
import org.alliancekit.model.factor.FactorCatalog;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.scoring.portfolio.PortfolioScorer;
import org.alliancekit.scoring.portfolio.PortfolioScores;
import org.alliancekit.scoring.portfolio.RatingMatrix;
import org.alliancekit.spark.SparkScoring;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.RunnerException;

/**
 * Scores a portfolio of Alliance Sales Balanced Scorecard assessments (25 factors on 0..10, one in
 * ten unknown) from raw ratings in memory, once through the single-JVM columnar path ({@link
 * RatingMatrix} and {@link PortfolioScorer} on one thread) and once through {@link
 * SparkScoring#scoreWide} on Spark {@code local[2]} over a cached DataFrame, and prints the ratio of
 * the two times.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class SparkVersusColumnar {
  private static final FactorCatalog CATALOG = FactorCatalogs.allianceSalesScorecard();
  private static final RatingScale SCALE = RatingScale.zeroToTen();
  private static final StructType WIDE =
      new StructType()
          .add("relationship_id", DataTypes.StringType)
          .add("catalog", DataTypes.StringType)
          .add("scale", DataTypes.StringType)
          .add("ratings", DataTypes.createArrayType(DataTypes.DoubleType, true));

  /** The number of relationships scored. */
  @Param("1000000")
  public int relationships;

  private List<RelationshipId> ids;
  private double[][] ratings;
  private PortfolioScorer scorer;
  private SparkSession spark;
  private Dataset<Row> wide;
  private SparkScoring scoring;

  /** Generates the portfolio, and caches it in Spark. */
  @Setup(Level.Trial)
  public void setUp() {
    ids = new ArrayList<>(relationships);
    ratings = new double[relationships][];
    for (int i = 0; i < relationships; i++) {
      ids.add(RelationshipId.of("r" + i));
      ratings[i] = ratings(i);
    }
    scorer = PortfolioScorer.of(SparkScoring.reportRule(), CATALOG);
    spark = Scores.localTwoCores("spark-versus-columnar");
    wide =
        spark
            .range(relationships)
            .map((MapFunction<Long, Row>) SparkVersusColumnar::row, Encoders.row(WIDE))
            .persist();
    wide.count();
    scoring = SparkScoring.standard();
  }

  /** Stops Spark. */
  @TearDown(Level.Trial)
  public void tearDown() {
    wide.unpersist();
    spark.stop();
  }

  /** The single-JVM columnar path: a rating matrix built from raw ratings, then scored. */
  @Benchmark
  public PortfolioScores columnar() {
    RatingMatrix.Builder matrix = RatingMatrix.builder(CATALOG);
    for (int i = 0; i < relationships; i++) {
      matrix.addRow(ids.get(i), SCALE, ratings[i]);
    }
    return scorer.score(matrix.build());
  }

  /** Spark local[2]: the same portfolio scored from a cached DataFrame. */
  @Benchmark
  public long sparkLocal2() {
    return scoring.scoreWide(wide).rows().count();
  }

  private static double[] ratings(long i) {
    SplittableRandom random = new SplittableRandom(i * 0x9E3779B97F4A7C15L + 11);
    double[] values = new double[CATALOG.size()];
    for (int column = 0; column < values.length; column++) {
      values[column] = random.nextInt(10) == 0 ? Double.NaN : random.nextInt(11);
    }
    return values;
  }

  private static Row row(long i) {
    double[] values = ratings(i);
    List<Object> list = new ArrayList<>(values.length);
    for (double value : values) {
      list.add(Double.isNaN(value) ? null : value);
    }
    return RowFactory.create(
        "r" + i,
        CATALOG.name(),
        SCALE.toString(),
        scala.jdk.javaapi.CollectionConverters.asScala(list));
  }

  /**
   * Runs the benchmark and prints the ratio of Spark's time to the columnar path's.
   *
   * @param args the number of relationships (default 1,000,000)
   */
  public static void main(String[] args) throws RunnerException {
    String relationships = args.length > 0 ? args[0] : "1000000";
    Collection<RunResult> results = Scores.run(SparkVersusColumnar.class, "relationships", relationships);
    double columnar = Scores.of(results, "columnar");
    double spark = Scores.of(results, "sparkLocal2");
    System.out.printf(
        "%s relationships: columnar %.0f ms, Spark local[2] %.0f ms, Spark / columnar = %.2f%n",
        relationships, columnar, spark, spark / columnar);
  }
}

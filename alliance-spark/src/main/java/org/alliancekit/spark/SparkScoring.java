package org.alliancekit.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.alliancekit.model.factor.FactorCatalogs;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.scoring.assessment.MissingRatingPolicy;
import org.alliancekit.scoring.assessment.ScoringRule;
import org.alliancekit.scoring.assessment.ScoringRules;
import org.alliancekit.scoring.assessment.Weights;
import org.alliancekit.scoring.portfolio.PortfolioScorer;
import org.alliancekit.scoring.potential.ImprovementModel;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Scores and ranks alliance portfolios held in Spark DataFrames, with exactly the numbers of the
 * single-JVM library: every score comes from the library's {@link PortfolioScorer} run inside the
 * executors on batches of rows, every potential from its {@code SalesPotential}, so no arithmetic
 * is redone in SQL.
 *
 * <pre>{@code
 * SparkScoring scoring = SparkScoring.standard();
 * FrameResult scores = scoring.scoreLong(spark.read().option("header", true).csv("assessments.csv"));
 * FrameResult potential = scoring.potential(scores.rows(), relationships, FixedRates.to("GBP", rates));
 * Dataset<Row> top = SparkScoring.topByUplift(potential.rows(), 20);
 * scoring.registerFunctions(spark); // alliance_score, alliance_uplift, ... in SQL
 * }</pre>
 *
 * <p><b>Default scoring</b> ({@link #standard()}, the portfolio report's): each rating is
 * normalised as {@code (value - min) / (max - min)} on its scale; an area's score is the mean of
 * its rated factors; the overall score is the mean of the scores of the areas with at least one
 * rated factor ({@link #reportRule()}); unknown ratings are left out and show in the coverage
 * (rated factors / catalog factors). Several assessments of one relationship are combined first by
 * {@link org.alliancekit.scoring.assessment.AssessmentCombiner#mean()}, which averages each
 * factor's normalised ratings. The attainable score closes half the gap to a perfect score ({@link
 * ImprovementModel#closeGap(double) closeGap(0.5)}), and the uplift is {@code revenue x (attainable
 * / current - 1)} in the relationship's currency.
 *
 * <p><b>Columns.</b> Input columns are found by name in any order (Spark's case rules apply), other
 * columns are ignored, and values are read as text, so CSV read without a schema works as well as
 * typed columns. Scores are fractions from 0 to 1, as the library gives them; money columns are
 * {@code decimal(38,4)}. A bad row never fails the job: it is left out and listed, with its reason,
 * in the {@link FrameResult#problems() problems}.
 *
 * <p><b>Serialisation.</b> Every function shipped to the executors carries only serialisable
 * settings (the rule and the improvement model as {@link SerializableSupplier}s, names, rates) and
 * builds the library objects it needs on the executor; nothing is kept on the driver between calls.
 * Instances are immutable and thread-safe.
 */
public final class SparkScoring {
  private static final SerializableSupplier<ScoringRule> REPORT_RULE = SparkScoring::reportRule;
  private static final SerializableSupplier<ImprovementModel> HALF_THE_GAP =
      () -> ImprovementModel.closeGap(0.5);

  private final SerializableSupplier<ScoringRule> rule;
  private final SerializableSupplier<ImprovementModel> model;
  private final String defaultCatalog;

  private SparkScoring(
      SerializableSupplier<ScoringRule> rule,
      SerializableSupplier<ImprovementModel> model,
      String defaultCatalog) {
    this.rule = rule;
    this.model = model;
    this.defaultCatalog = defaultCatalog;
  }

  /**
   * The rule of the portfolio report: {@link ScoringRules#weightedAverage(Weights,
   * MissingRatingPolicy)} with every factor and every area weighing 1, ignoring unknown ratings, so
   * an area scores the mean of its rated factors and the overall score is the mean of the scored
   * areas. (The flat {@link ScoringRules#weightedAverage()} would instead weigh each area by its
   * number of rated factors.)
   */
  public static ScoringRule reportRule() {
    Weights.Builder areas = Weights.builder();
    for (FactorCategory area : FactorCategory.values()) {
      areas.putCategoryWeight(area, 1.0);
    }
    return ScoringRules.weightedAverage(areas.build(), MissingRatingPolicy.IGNORE);
  }

  /**
   * Returns the scoring of the portfolio report: {@link #reportRule()}, {@code
   * ImprovementModel.closeGap(0.5)}, and {@code BEST_PRACTICES} for rating rows without a catalog.
   */
  public static SparkScoring standard() {
    return new SparkScoring(REPORT_RULE, HALF_THE_GAP, FactorCatalogs.BEST_PRACTICES_NAME);
  }

  /**
   * Returns a scoring with the given rule, improvement model and catalog for rows without one. The
   * suppliers run once here, to check them, and again on each executor.
   *
   * @param rule supplies the rule, such as {@code ScoringRules::allianceSalesScorecard}; a rule
   *     that is not one of {@link ScoringRules} runs through its own {@code score} method (see
   *     {@link PortfolioScorer})
   * @param model supplies the improvement model, such as {@code () -> ImprovementModel.step(0.1)}
   * @param defaultCatalog {@code BEST_PRACTICES} or {@code SALES_SCORECARD}
   * @throws IllegalArgumentException if the rule is a standard rule that does not apply to the
   *     default catalog, or the catalog is not a standard one
   */
  public static SparkScoring of(
      SerializableSupplier<ScoringRule> rule,
      SerializableSupplier<ImprovementModel> model,
      String defaultCatalog) {
    checkNotNull(rule, "rule");
    checkNotNull(model, "model");
    checkNotNull(defaultCatalog, "defaultCatalog");
    PortfolioScorer.of(
        checkNotNull(rule.get(), "rule supplied nothing"),
        FactorCatalogs.byName(defaultCatalog)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "default catalog '"
                            + defaultCatalog
                            + "' is not "
                            + FactorCatalogs.BEST_PRACTICES_NAME
                            + " or "
                            + FactorCatalogs.SALES_SCORECARD_NAME)));
    checkNotNull(model.get(), "model supplied nothing");
    return new SparkScoring(rule, model, defaultCatalog);
  }

  /**
   * Scores rating rows of the long format, one row per rating, the layout of {@code
   * assessments.csv}.
   *
   * <p>Input columns: {@code relationship_id}, {@code side} ({@code HOST}, {@code PARTNER} or
   * {@code INDEPENDENT}), {@code factor_code}, {@code rating} (a number on the scale; empty or null
   * for unknown) and {@code scale} (such as {@code 0..10}); optionally {@code assessment_id}
   * (without it, the rows of one relationship and side form one assessment) and {@code catalog}
   * (without it, the default catalog). Other columns, such as assessor and date, are ignored: they
   * do not change a score. Every row given is combined; the portfolio report scores a relationship
   * on its latest survey round (the assessments of its latest half-year), so to get the report's
   * scores, give only those rows.
   *
   * <p>The rows of one relationship are grouped (one shuffle); each assessment is built as a model
   * {@code Assessment}, several are combined by the mean of each factor's normalised ratings, and
   * the result is scored by the rule in batches.
   *
   * <p>Rows: {@code relationship_id, overall, commercial, technical, strategic, cultural,
   * operational, coverage}, one per relationship, the layout of {@code scores.csv}; an area that
   * was not scored is null. Problems (source {@code ratings}): a rating row with a missing or
   * unreadable value, an unknown catalog or factor code, or a rating off its scale (the row is left
   * out, its assessment still scored); an assessment whose rows disagree on side, catalog or scale,
   * or that rates a factor twice (the assessment is left out); a relationship with nothing to
   * score.
   *
   * @throws IllegalArgumentException if a required column is missing (the message names it)
   */
  public FrameResult scoreLong(Dataset<Row> ratings) {
    checkNotNull(ratings, "ratings");
    requireColumns(ratings, "ratings", "relationship_id", "side", "factor_code", "rating", "scale");
    boolean hasAssessment = hasColumn(ratings, "assessment_id");
    boolean hasCatalog = hasColumn(ratings, "catalog");
    Dataset<Row> selected =
        ratings.select(
            text("relationship_id"),
            text("side"),
            text("factor_code"),
            text("rating"),
            text("scale"),
            hasAssessment ? text("assessment_id") : nothing("assessment_id"),
            hasCatalog ? text("catalog") : nothing("catalog"));
    Dataset<Row> read =
        selected.mapPartitions(
            Ratings.reader(defaultCatalog, hasAssessment, hasCatalog), Encoders.row(Ratings.READ));
    Dataset<Row> raw =
        read.groupByKey(
                (MapFunction<Row, String>) row -> row.isNullAt(0) ? "" : row.getString(0),
                Encoders.STRING())
            .flatMapGroups(Ratings.assembler(), Encoders.row(Ratings.RAW));
    Dataset<Row> scored =
        raw.mapPartitions(BatchScoring.scorer(rule, "ratings"), Encoders.row(BatchScoring.SCORED));
    return new FrameResult(
        scored, outcome -> Outcomes.kept(outcome).drop("alliance_revenue", "currency"));
  }

  /**
   * Scores relationships of the wide format: one row per relationship with all its ratings.
   *
   * <p>Input columns: {@code relationship_id}, {@code scale} (such as {@code 1..5}) and {@code
   * ratings}, an array of raw ratings on that scale in catalog order, one per factor of the catalog
   * (null or NaN for unknown); optionally {@code catalog} (without it, the default catalog), and
   * {@code alliance_revenue} and {@code currency}, which are passed through so that {@link
   * #potential(Dataset, FixedRates)} needs no join. Each row is one assessment; rows are scored
   * independently, in batches, without a shuffle, so ids should be unique.
   *
   * <p>Rows: the {@code scores.csv} layout as for {@link #scoreLong}, plus {@code alliance_revenue}
   * and {@code currency} when the input has them. Problems (source {@code relationships}): a
   * missing or unreadable id, catalog or scale, ratings of the wrong length, a rating off the
   * scale, nothing to score.
   *
   * @throws IllegalArgumentException if a required column is missing (the message names it)
   */
  public FrameResult scoreWide(Dataset<Row> relationships) {
    checkNotNull(relationships, "relationships");
    requireColumns(relationships, "relationships", "relationship_id", "scale", "ratings");
    boolean hasCatalog = hasColumn(relationships, "catalog");
    boolean hasRevenue =
        hasColumn(relationships, "alliance_revenue") && hasColumn(relationships, "currency");
    Dataset<Row> selected =
        relationships.select(
            text("relationship_id"),
            hasCatalog ? text("catalog") : nothing("catalog"),
            text("scale"),
            col("ratings").cast("array<double>").as("ratings"),
            hasRevenue ? text("alliance_revenue") : nothing("alliance_revenue"),
            hasRevenue ? text("currency") : nothing("currency"));
    Dataset<Row> raw =
        selected.mapPartitions(
            Ratings.wideReader(defaultCatalog, hasCatalog), Encoders.row(Ratings.RAW));
    Dataset<Row> scored =
        raw.mapPartitions(
            BatchScoring.scorer(rule, "relationships"), Encoders.row(BatchScoring.SCORED));
    return new FrameResult(
        scored,
        outcome ->
            hasRevenue
                ? Outcomes.kept(outcome)
                : Outcomes.kept(outcome).drop("alliance_revenue", "currency"));
  }

  /**
   * Computes the alliance sales potential of scored relationships, joining their revenue from
   * {@code relationships} (columns {@code relationship_id}, {@code alliance_revenue} and {@code
   * currency}, the layout of {@code relationships.csv}). Relationships without a score are not in
   * the result; see {@link #potential(Dataset, FixedRates)} for the rest.
   *
   * @throws IllegalArgumentException if a required column is missing (the message names it)
   */
  public FrameResult potential(Dataset<Row> scores, Dataset<Row> relationships, FixedRates rates) {
    checkNotNull(scores, "scores");
    checkNotNull(relationships, "relationships");
    requireColumns(scores, "scores", "relationship_id", "overall");
    requireColumns(
        relationships, "relationships", "relationship_id", "alliance_revenue", "currency");
    Dataset<Row> joined =
        scores
            .select(col("relationship_id"), col("overall"))
            .join(
                relationships.select(
                    col("relationship_id"), text("alliance_revenue"), text("currency")),
                new String[] {"relationship_id"},
                "left");
    return potential(joined, rates);
  }

  /**
   * Computes the alliance sales potential of each row of {@code scores}, which holds {@code
   * relationship_id}, {@code overall}, {@code alliance_revenue} and {@code currency} (such as the
   * rows of {@link #scoreWide} over revenue-carrying input).
   *
   * <p>The attainable score comes from the improvement model; the uplift is the library's {@code
   * SalesPotential} in the relationship's currency, rounded half-even to that currency's minor
   * unit. The converted uplift is computed as a single-JVM {@code PotentialTriage} with a
   * conversion does it: the revenue is converted with {@code rates} first, unrounded, and the
   * uplift computed and rounded once in the report currency.
   *
   * <p>Rows: {@code relationship_id, revenue, currency, current, attainable, uplift,
   * uplift_converted}; {@link #rankByUplift} adds {@code rank}, completing the layout of {@code
   * potential.csv}. An uplift is null where it is undefined (a zero score with revenue). A
   * relationship whose currency has no rate keeps its row, with a null converted uplift, and is
   * also listed as a {@code CURRENCY_MISMATCH} problem; {@link #rankByUplift} ranks it within its
   * currency. Problems (source {@code relationships}): a missing, unreadable or negative revenue,
   * an unknown currency or one with more than 4 minor digits, a missing rate.
   *
   * @throws IllegalArgumentException if a required column is missing (the message names it)
   */
  public FrameResult potential(Dataset<Row> scores, FixedRates rates) {
    checkNotNull(scores, "scores");
    checkNotNull(rates, "rates");
    requireColumns(scores, "scores", "relationship_id", "overall", "alliance_revenue", "currency");
    Dataset<Row> selected =
        scores.select(
            text("relationship_id"),
            col("overall").cast("double").as("overall"),
            text("alliance_revenue"),
            text("currency"));
    Dataset<Row> potential =
        selected.mapPartitions(
            PotentialRows.potentials(model, rates), Encoders.row(PotentialRows.POTENTIAL));
    return new FrameResult(potential, Outcomes::kept);
  }

  /**
   * Adds the column {@code rank} to potential rows, completing the layout of {@code potential.csv}
   * as the portfolio report ranks: 1 for the largest converted uplift, equal uplifts in
   * relationship id order, as the single-JVM {@code PotentialRanking} ranks. A relationship whose
   * currency has no rate into the report currency is ranked among the relationships of its own
   * currency, by its uplift in that currency, starting again at 1; a relationship whose uplift is
   * undefined is not ranked (null). This is a distributed total order: a range-partitioned sort,
   * fixed with a local checkpoint (one job runs here), then numbered partition by partition. For
   * the first few only, {@link #topByUplift} needs no sort.
   *
   * <p>Ids compare as Spark compares strings (by UTF-8 bytes), which is the library's order for
   * every id without characters beyond U+FFFF.
   */
  public static Dataset<Row> rankByUplift(Dataset<Row> potential) {
    checkNotNull(potential, "potential");
    requireColumns(
        potential, "potential", "relationship_id", "currency", "uplift", "uplift_converted");
    return Ranking.rankByUplift(potential);
  }

  /**
   * Returns the {@code k} potential rows of largest converted uplift, largest first, equal uplifts
   * in relationship id order. Spark plans this as a per-partition top-k and a merge of {@code k}
   * rows per partition, without sorting the portfolio.
   *
   * @throws IllegalArgumentException if {@code k} is less than 1
   */
  public static Dataset<Row> topByUplift(Dataset<Row> potential, int k) {
    checkNotNull(potential, "potential");
    checkArgument(k >= 1, "k is %s; the top needs at least 1 row", k);
    requireColumns(potential, "potential", "relationship_id", "uplift_converted");
    return Ranking.topByUplift(potential, k);
  }

  /**
   * Returns the percentile ranks of every scored relationship, overall and per area, defined as in
   * {@code PortfolioBenchmark}: {@code 100 x (below + equal / 2) / n}, where {@code below} counts
   * the relationships that score strictly lower, {@code equal} those that score the same (itself
   * included), and {@code n}, per area, only the relationships scored in that area.
   *
   * <p>Rows: {@code relationship_id, overall_rank, commercial_rank, technical_rank, strategic_rank,
   * cultural_rank, operational_rank}; an area rank is null where the area was not scored.
   * Relationship ids must be unique. The distinct scores of each column are counted,
   * range-partitioned and sorted (fixed with a local checkpoint; one job runs here), counted
   * partition by partition, and the ranks joined back: no step holds the whole portfolio in one
   * task.
   *
   * @throws IllegalArgumentException if a score column is missing (the message names it)
   */
  public static Dataset<Row> percentileRanks(Dataset<Row> scores) {
    checkNotNull(scores, "scores");
    List<String> needed = new ArrayList<>(List.of("relationship_id"));
    needed.addAll(Arrays.asList(Ranking.METRICS));
    requireColumns(scores, "scores", needed.toArray(new String[0]));
    return Ranking.percentileRanks(scores);
  }

  /**
   * Registers the SQL functions of this scoring in the session:
   *
   * <ul>
   *   <li>{@code alliance_normalise(rating, scale)}: the rating normalised on a scale such as
   *       {@code '0..10'};
   *   <li>{@code alliance_score(catalog, ratings)}: the score of an array of normalised ratings
   *       (each from 0 to 1, null or NaN for unknown) in the order of the catalog ({@code
   *       'BEST_PRACTICES'} or {@code 'SALES_SCORECARD'}), by this scoring's rule, as a struct of
   *       {@code overall, commercial, technical, strategic, cultural, operational, coverage}; null
   *       when nothing can be scored;
   *   <li>{@code alliance_attainable(current, fraction)}: the attainable score when a fraction of
   *       the gap to a perfect score is closed;
   *   <li>{@code alliance_uplift(revenue, currency, current, attainable)}: the uplift as {@code
   *       decimal(38,4)}, rounded to the currency's minor unit (which is why the currency is an
   *       argument); null when undefined (a zero score with revenue).
   * </ul>
   *
   * <p>Each function returns null when an argument is null, and fails the query with a message
   * naming the value and the rule when an argument is invalid (a score outside 0 to 1, an unknown
   * currency, a rating off its scale).
   */
  public void registerFunctions(SparkSession spark) {
    checkNotNull(spark, "spark");
    SqlFunctions.register(spark, rule);
  }

  /** Returns the settings, such as {@code SparkScoring{defaultCatalog=BEST_PRACTICES, ...}}. */
  @Override
  public String toString() {
    return "SparkScoring{rule="
        + rule.get()
        + ", model="
        + model.get()
        + ", defaultCatalog="
        + defaultCatalog
        + "}";
  }

  static Column text(String name) {
    return col(name).cast("string").as(name);
  }

  static Column nothing(String name) {
    return lit(null).cast("string").as(name);
  }

  static boolean hasColumn(Dataset<Row> frame, String name) {
    for (String column : frame.columns()) {
      if (column.equalsIgnoreCase(name)) {
        return true;
      }
    }
    return false;
  }

  static void requireColumns(Dataset<Row> frame, String what, String... names) {
    for (String name : names) {
      checkArgument(
          hasColumn(frame, name),
          "%s has no column %s; it has %s",
          what,
          name,
          Arrays.toString(frame.columns()));
    }
  }
}

package org.alliancekit.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.alliancekit.io.csv.LeadsCsv;
import org.alliancekit.io.csv.OpportunitiesCsv;
import org.alliancekit.io.csv.RelationshipsCsv;
import org.alliancekit.io.csv.StageHistoryCsv;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The pipeline records of a portfolio as DataFrames in the layouts of the portfolio folder's files:
 * {@code relationships.csv}, {@code opportunities.csv}, {@code involvements.csv}, {@code
 * stage_history.csv} and {@code leads.csv} (see the README's "The CSV format of a portfolio
 * folder"). Each frame holds text columns named as the file's header (matched ignoring case; other
 * columns are ignored); {@link SparkPipeline} turns the rows into the model's records with the
 * library's own CSV rules inside the executors.
 *
 * <pre>{@code
 * PipelineFrames frames = PipelineFrames.read(spark, "s3a://bucket/portfolio");
 * }</pre>
 *
 * <p>Immutable; the DataFrames are Spark's own.
 */
public final class PipelineFrames {
  private final Dataset<Row> relationships;
  private final Dataset<Row> opportunities;
  private final Dataset<Row> involvements;
  private final Dataset<Row> stageHistory;
  private final Dataset<Row> leads;

  /** The rows grouped by record, kept by {@link #persist()}; null until then. */
  private final Dataset<Row> groupedOpportunities;

  private final Dataset<Row> groupedLeads;

  private PipelineFrames(
      Dataset<Row> relationships,
      Dataset<Row> opportunities,
      Dataset<Row> involvements,
      Dataset<Row> stageHistory,
      Dataset<Row> leads) {
    this(relationships, opportunities, involvements, stageHistory, leads, null, null);
  }

  private PipelineFrames(
      Dataset<Row> relationships,
      Dataset<Row> opportunities,
      Dataset<Row> involvements,
      Dataset<Row> stageHistory,
      Dataset<Row> leads,
      Dataset<Row> groupedOpportunities,
      Dataset<Row> groupedLeads) {
    this.relationships = relationships;
    this.opportunities = opportunities;
    this.involvements = involvements;
    this.stageHistory = stageHistory;
    this.leads = leads;
    this.groupedOpportunities = groupedOpportunities;
    this.groupedLeads = groupedLeads;
  }

  /**
   * Returns frames whose rows, once grouped by record for {@link SparkPipeline} (the shuffle every
   * analysis starts with), are kept (Spark's default storage level, memory and disk), so that
   * several analyses of the same frames group them once.
   */
  public PipelineFrames persist() {
    PipelineRows.Layout layout = PipelineRows.Layout.of(this);
    return new PipelineFrames(
        relationships,
        opportunities,
        involvements,
        stageHistory,
        leads,
        PipelineRows.opportunities(this, layout).persist(),
        PipelineRows.leads(this, layout).persist());
  }

  /** Releases what {@link #persist()} kept; returns these frames. */
  public PipelineFrames unpersist() {
    if (groupedOpportunities != null) {
      groupedOpportunities.unpersist();
      groupedLeads.unpersist();
    }
    return this;
  }

  /** The opportunity rows grouped by record, if kept. */
  Dataset<Row> groupedOpportunities() {
    return groupedOpportunities;
  }

  /** The lead rows grouped by record, if kept. */
  Dataset<Row> groupedLeads() {
    return groupedLeads;
  }

  /**
   * Returns the frames given. A portfolio without stage histories or leads passes frames without
   * rows, such as {@link #empty(SparkSession, List)} of the file's columns.
   */
  public static PipelineFrames of(
      Dataset<Row> relationships,
      Dataset<Row> opportunities,
      Dataset<Row> involvements,
      Dataset<Row> stageHistory,
      Dataset<Row> leads) {
    return new PipelineFrames(
        checkNotNull(relationships, "relationships"),
        checkNotNull(opportunities, "opportunities"),
        checkNotNull(involvements, "involvements"),
        checkNotNull(stageHistory, "stageHistory"),
        checkNotNull(leads, "leads"));
  }

  /**
   * Reads the five files of the portfolio folder {@code folder}, any path Hadoop can open, with
   * Spark's CSV reader: a header row, every value as text, quoted values that span lines and quotes
   * doubled inside quotes, as the library writes them. Since a value may span lines, Spark reads
   * each file in one task (a folder of part files in one task per part); see {@link
   * #read(SparkSession, String, boolean)} for files whose values do not. {@code relationships.csv}
   * and {@code opportunities.csv} are required; a missing {@code involvements.csv}, {@code
   * stage_history.csv} or {@code leads.csv} is read as a file with its header only.
   *
   * @throws IllegalArgumentException if a required file is missing
   * @throws UncheckedIOException if the folder cannot be listed
   */
  public static PipelineFrames read(SparkSession spark, String folder) {
    return read(spark, folder, true);
  }

  /**
   * Reads the five files as {@link #read(SparkSession, String)} does; with {@code valuesSpanLines}
   * false, values are expected on one line (quoted values, such as an opportunity's {@code
   * customer_need}, may then not hold line breaks), which lets Spark split each large file across
   * the executors instead of reading it in one task.
   *
   * @throws IllegalArgumentException if a required file is missing
   * @throws UncheckedIOException if the folder cannot be listed
   */
  public static PipelineFrames read(SparkSession spark, String folder, boolean valuesSpanLines) {
    checkNotNull(spark, "spark");
    checkNotNull(folder, "folder");
    try {
      FileSystem fs = new Path(folder).getFileSystem(spark.sparkContext().hadoopConfiguration());
      return new PipelineFrames(
          csv(
              spark,
              fs,
              folder,
              RelationshipsCsv.FILE_NAME,
              RelationshipsCsv.COLUMNS,
              true,
              valuesSpanLines),
          csv(
              spark,
              fs,
              folder,
              OpportunitiesCsv.OPPORTUNITIES_FILE_NAME,
              OpportunitiesCsv.OPPORTUNITY_COLUMNS,
              true,
              valuesSpanLines),
          csv(
              spark,
              fs,
              folder,
              OpportunitiesCsv.INVOLVEMENTS_FILE_NAME,
              OpportunitiesCsv.INVOLVEMENT_COLUMNS,
              false,
              valuesSpanLines),
          csv(
              spark,
              fs,
              folder,
              StageHistoryCsv.FILE_NAME,
              StageHistoryCsv.COLUMNS,
              false,
              valuesSpanLines),
          csv(spark, fs, folder, LeadsCsv.FILE_NAME, LeadsCsv.COLUMNS, false, valuesSpanLines));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the portfolio folder " + folder, e);
    }
  }

  /** Returns a DataFrame with the given text columns and no rows. */
  public static Dataset<Row> empty(SparkSession spark, List<String> columns) {
    checkNotNull(spark, "spark");
    StructType schema = new StructType();
    for (String column : columns) {
      schema = schema.add(column, DataTypes.StringType, true);
    }
    return spark.createDataFrame(ImmutableList.<Row>of(), schema);
  }

  private static Dataset<Row> csv(
      SparkSession spark,
      FileSystem fs,
      String folder,
      String file,
      List<String> columns,
      boolean required,
      boolean valuesSpanLines)
      throws IOException {
    Path path = new Path(folder, file);
    if (!fs.exists(path)) {
      if (required) {
        throw new IllegalArgumentException(
            "the portfolio folder " + folder + " has no " + file + ", which is required");
      }
      return empty(spark, columns);
    }
    return spark
        .read()
        .option("header", true)
        .option("multiLine", valuesSpanLines)
        .option("escape", "\"")
        .csv(path.toString());
  }

  /** The relationships, in the layout of {@code relationships.csv}. */
  public Dataset<Row> relationships() {
    return relationships;
  }

  /** The opportunities, in the layout of {@code opportunities.csv}. */
  public Dataset<Row> opportunities() {
    return opportunities;
  }

  /** The involvements of the opportunities, in the layout of {@code involvements.csv}. */
  public Dataset<Row> involvements() {
    return involvements;
  }

  /** The stage histories of the opportunities, in the layout of {@code stage_history.csv}. */
  public Dataset<Row> stageHistory() {
    return stageHistory;
  }

  /** The leads, in the layout of {@code leads.csv}. */
  public Dataset<Row> leads() {
    return leads;
  }

  /** Returns the column names of each frame. */
  @Override
  public String toString() {
    return "PipelineFrames{relationships="
        + String.join(",", relationships.columns())
        + ", opportunities="
        + String.join(",", opportunities.columns())
        + ", involvements="
        + String.join(",", involvements.columns())
        + ", stageHistory="
        + String.join(",", stageHistory.columns())
        + ", leads="
        + String.join(",", leads.columns())
        + "}";
  }
}

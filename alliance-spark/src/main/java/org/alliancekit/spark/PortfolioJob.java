package org.alliancekit.spark;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.min;
import static org.apache.spark.sql.functions.monotonically_increasing_id;
import static org.apache.spark.sql.functions.udf;
import static org.apache.spark.sql.functions.when;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import javax.money.CurrencyUnit;
import javax.money.Monetary;
import javax.money.MonetaryException;
import org.alliancekit.io.PartnerRow;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.csv.AssessmentsCsv;
import org.alliancekit.io.csv.CsvTableWriter;
import org.alliancekit.io.csv.OpportunitiesCsv;
import org.alliancekit.io.csv.PartnersCsv;
import org.alliancekit.io.csv.RatesCsv;
import org.alliancekit.io.csv.RelationshipsCsv;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.factor.FactorCategory;
import org.alliancekit.model.money.MinorUnits;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.RevenuePeriod;
import org.alliancekit.pipeline.forecast.Forecast;
import org.alliancekit.pipeline.forecast.ForecastPeriod;
import org.alliancekit.report.AnalysisFiles;
import org.alliancekit.report.QuarterForecast;
import org.alliancekit.report.ReportFiles;
import org.alliancekit.scoring.relationship.MotionObservation;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.expressions.Window;
import org.apache.spark.sql.types.DataTypes;

/**
 * The portfolio report's scoring as a Spark application: reads a portfolio folder in the library's
 * CSV format from any path Hadoop can open ({@code hdfs://}, {@code s3a://}, {@code abfss://},
 * {@code gs://}, {@code file://}) and writes the report's {@code scores.csv}, {@code potential.csv}
 * and {@code problems.csv} there, with the file names, columns, row order and number formats of the
 * {@code alliancekit report}.
 *
 * <pre>
 * spark-submit --class org.alliancekit.spark.PortfolioJob alliance-spark-0.1.0-job.jar \
 *     --in s3a://bucket/portfolio --out s3a://bucket/report [--currency GBP]
 * </pre>
 *
 * <p><b>Input.</b> {@code assessments.csv} and {@code relationships.csv} (required), read by
 * Spark's CSV reader as text, and the small {@code partners.csv} and {@code rates.csv} (optional),
 * the first read on the driver by the library's own {@link PartnersCsv} reader. As the report does,
 * each relationship is scored on its latest survey round: the assessments dated in its latest
 * half-year of the host's fiscal year ({@link RevenuePeriod#containing}), the host being the
 * company that hosts the most relationships. The report currency is {@code --currency}, else the
 * currency of the host of the first relationship, else the first relationship's currency.
 *
 * <p><b>Output.</b> {@code scores.csv} ({@code relationship_id, overall, commercial, technical,
 * strategic, cultural, operational, coverage}, every relationship in file order, empty cells where
 * there is no score), {@code potential.csv} ({@code relationship_id, revenue, currency, current,
 * attainable, uplift, uplift_converted, rank, ranked_in}: the ranked relationships first, those
 * ranked in the report currency by rank, then those ranked in their own currency by currency code
 * and rank, then the unranked ones in file order) and {@code problems.csv} ({@code file, line,
 * column, reason}; line 0, since a distributed file has no line numbers, and the row's id in the
 * reason). UTF-8, a header row, CRLF line ends, each row written by {@link CsvTableWriter}. Each
 * file is written by the executors in parts and the parts are concatenated in order into the one
 * file; a relationship whose revenue cannot be read keeps its revenue cell as given.
 *
 * <p><b>Pipeline.</b> When the folder has {@code opportunities.csv}, the job also reads it with
 * {@code involvements.csv}, {@code stage_history.csv} and {@code leads.csv} ({@link
 * PipelineFrames#read}) and writes, through {@link SparkPipeline}, the report's {@code
 * forecast.csv} (by calendar quarter of the expected close and currency) and, given {@code --as-of
 * yyyy-mm-dd} (the report's as-of date), its {@code velocity.csv} and {@code motions.csv}, and
 * {@value #PIPELINE_FINDINGS}: the rows of the report's {@code findings.csv} that come from the
 * opportunities and leads (kinds {@code CHANNEL_CONFLICT} and {@code MOTION_MISMATCH}, the host
 * being the company that hosts the most relationships), in the report's order. These files are
 * small and written by the driver. The rows the pipeline analyses leave out are in {@code
 * problems.csv}.
 */
public final class PortfolioJob {
  /** File name of the scores, as the report names it. */
  public static final String SCORES = "scores.csv";

  /** File name of the ranked potential, as the report names it. */
  public static final String POTENTIAL = "potential.csv";

  /** File name of the problems, as the report names it. */
  public static final String PROBLEMS = "problems.csv";

  /**
   * File name of the findings that come from the opportunities and leads: the columns of the
   * report's {@code findings.csv}.
   */
  public static final String PIPELINE_FINDINGS = "pipeline_findings.csv";

  private static final String LINE = "_line";
  private static final String HALF = "_half";
  private static final String USAGE =
      "usage: PortfolioJob --in <portfolio folder> --out <report folder> [--currency <code>]"
          + " [--as-of <yyyy-mm-dd>]";

  private PortfolioJob() {}

  /**
   * Runs the job in the session that {@code spark-submit} configures and stops it at the end.
   * Arguments: {@code --in DIR --out DIR [--currency CODE] [--as-of yyyy-mm-dd]}.
   *
   * @throws IOException if a file cannot be read or written
   * @throws IllegalArgumentException if an argument is missing or unknown (the message shows the
   *     usage)
   */
  public static void main(String[] args) throws IOException {
    Map<String, String> options = options(args);
    SparkSession spark = SparkSession.builder().appName("AllianceKit portfolio").getOrCreate();
    try {
      ImmutableList<String> written =
          run(
              spark,
              options.get("--in"),
              options.get("--out"),
              Optional.ofNullable(options.get("--currency")),
              Optional.ofNullable(options.get("--as-of")).map(PortfolioJob::day));
      System.out.println("wrote " + String.join(", ", written));
    } finally {
      spark.stop();
    }
  }

  /**
   * Reads the portfolio folder {@code in}, writes the report's files into {@code out} (created if
   * needed; files of the same names replaced) and returns the paths written.
   *
   * @throws IOException if a file cannot be read or written
   * @throws IllegalArgumentException if a required file or column is missing, or the currency is
   *     unknown
   */
  public static ImmutableList<String> run(
      SparkSession spark, String in, String out, Optional<String> currency) throws IOException {
    return run(spark, in, out, currency, Optional.empty());
  }

  /**
   * Reads the portfolio folder {@code in}, writes the report's files into {@code out} (created if
   * needed; files of the same names replaced), with the pipeline files of the class documentation
   * as of {@code asOf}, and returns the paths written.
   *
   * @throws IOException if a file cannot be read or written
   * @throws IllegalArgumentException if a required file or column is missing, or the currency is
   *     unknown
   */
  public static ImmutableList<String> run(
      SparkSession spark,
      String in,
      String out,
      Optional<String> currency,
      Optional<LocalDate> asOf)
      throws IOException {
    checkNotNull(spark, "spark");
    checkNotNull(asOf, "asOf");
    checkNotNull(in, "in");
    checkNotNull(out, "out");
    checkNotNull(currency, "currency");
    FileSystem fs = new Path(in).getFileSystem(spark.sparkContext().hadoopConfiguration());
    Dataset<Row> relationships =
        csv(spark, in, RelationshipsCsv.FILE_NAME).withColumn(LINE, monotonically_increasing_id());
    Dataset<Row> assessments = csv(spark, in, AssessmentsCsv.FILE_NAME);
    List<PartnerRow> partners = partners(fs, new Path(in, PartnersCsv.FILE_NAME));

    List<Row> first = relationships.orderBy(LINE).limit(1).collectAsList();
    String report =
        currency.orElseGet(
            () ->
                first.isEmpty()
                    ? "EUR"
                    : partner(partners, first.get(0).getAs(RelationshipsCsv.HOST_ID))
                        .flatMap(PartnerRow::currency)
                        .map(CurrencyUnit::getCurrencyCode)
                        .orElse(first.get(0).getAs(RelationshipsCsv.CURRENCY)));
    Month fiscalYearStart =
        host(relationships)
            .flatMap(host -> partner(partners, host))
            .map(row -> row.partner().fiscalYearStartMonth())
            .orElse(Month.JANUARY);

    UserDefinedFunction half = udf(halfYear(fiscalYearStart), DataTypes.IntegerType);
    Dataset<Row> dated = assessments.withColumn(HALF, half.apply(col(AssessmentsCsv.DATE)));
    Dataset<Row> latest =
        dated
            .filter(col(HALF).isNotNull())
            .withColumn(
                "_latest", max(HALF).over(Window.partitionBy(AssessmentsCsv.RELATIONSHIP_ID)))
            .filter(col(HALF).equalTo(col("_latest")))
            .drop(HALF, "_latest");
    Dataset<Row> undated =
        dated
            .filter(col(HALF).isNull())
            .select(
                lit("ratings").as("source"),
                SparkScoring.text(AssessmentsCsv.RELATIONSHIP_ID).as("key"),
                lit(ProblemKind.INVALID_VALUE.name()).as("kind"),
                concat(
                        lit("date '"),
                        SparkScoring.text(AssessmentsCsv.DATE),
                        lit("' is not a day (yyyy-mm-dd); the rating row is left out"))
                    .as("message"));

    SparkScoring scoring = SparkScoring.standard();
    FrameResult scores = scoring.scoreLong(latest).persist();
    FixedRates rates =
        fs.exists(new Path(in, RatesCsv.FILE_NAME))
            ? FixedRates.fromTable(report, csv(spark, in, RatesCsv.FILE_NAME))
            : FixedRates.to(report, Map.of());
    FrameResult potential = scoring.potential(scores.rows(), relationships, rates).persist();
    Dataset<Row> ranked = SparkScoring.rankByUplift(potential.rows());

    Path target = new Path(out);
    FileSystem outFs = target.getFileSystem(spark.sparkContext().hadoopConfiguration());
    outFs.mkdirs(target);
    List<String> written = new ArrayList<>();
    written.add(writeScores(relationships, scores.rows(), outFs, target));
    written.add(writePotential(relationships, ranked, report, outFs, target));
    Dataset<Row> problems =
        scores.problems().unionByName(potential.problems()).unionByName(undated);
    if (fs.exists(new Path(in, OpportunitiesCsv.OPPORTUNITIES_FILE_NAME))) {
      PipelineFrames frames = PipelineFrames.read(spark, in).persist();
      written.addAll(writePipeline(frames, relationships, asOf, outFs, target));
      problems = problems.unionByName(SparkPipeline.standard().problems(frames));
    }
    written.add(writeProblems(problems, outFs, target));
    potential.unpersist();
    scores.unpersist();
    return ImmutableList.copyOf(written);
  }

  private static String writeScores(
      Dataset<Row> relationships, Dataset<Row> scores, FileSystem fs, Path out) throws IOException {
    List<String> header = new ArrayList<>();
    header.add("relationship_id");
    header.add("overall");
    for (FactorCategory area : FactorCategory.values()) {
      header.add(area.name().toLowerCase(Locale.ROOT));
    }
    header.add("coverage");
    int width = header.size();
    Dataset<Row> joined =
        relationships
            .select(
                SparkScoring.text(RelationshipsCsv.RELATIONSHIP_ID).as("relationship_id"),
                col(LINE))
            .join(scores, new String[] {"relationship_id"}, "left")
            .orderBy(LINE);
    MapFunction<Row, String> line =
        row -> {
          List<String> cells = new ArrayList<>(width);
          cells.add(row.getString(0));
          for (int i = 2; i < 2 + width - 1; i++) {
            cells.add(row.isNullAt(i) ? "" : fraction(((Number) row.get(i)).doubleValue()));
          }
          return csvLine(cells);
        };
    return concatenate(joined.map(line, Encoders.STRING()), header, fs, new Path(out, SCORES));
  }

  private static String writePotential(
      Dataset<Row> relationships, Dataset<Row> ranked, String report, FileSystem fs, Path out)
      throws IOException {
    List<String> header =
        List.of(
            "relationship_id",
            "revenue",
            "currency",
            "current",
            "attainable",
            "uplift",
            "uplift_converted",
            "rank",
            "ranked_in");
    Dataset<Row> joined =
        relationships
            .select(
                SparkScoring.text(RelationshipsCsv.RELATIONSHIP_ID).as("relationship_id"),
                SparkScoring.text(RelationshipsCsv.ALLIANCE_REVENUE).as("_revenue"),
                SparkScoring.text(RelationshipsCsv.CURRENCY).as("_currency"),
                col(LINE))
            .join(
                ranked.select(
                    "relationship_id",
                    "current",
                    "attainable",
                    "uplift",
                    "uplift_converted",
                    "rank"),
                new String[] {"relationship_id"},
                "left")
            .withColumn(
                "_ranked_in",
                when(col("rank").isNull(), lit(null))
                    .when(col("uplift_converted").isNotNull(), lit(report))
                    .otherwise(col("_currency")))
            .orderBy(
                col("rank").isNull().asc(),
                when(col("_ranked_in").equalTo(lit(report)), lit("")).otherwise(col("_ranked_in")),
                col("rank").asc(),
                col(LINE).asc());
    MapFunction<Row, String> line =
        row -> {
          String own = row.getAs("_currency");
          return csvLine(
              List.of(
                  row.getString(0),
                  money(row.<String>getAs("_revenue"), own),
                  own == null ? "" : own,
                  row.isNullAt(row.fieldIndex("current"))
                      ? ""
                      : fraction(row.<Double>getAs("current")),
                  row.isNullAt(row.fieldIndex("attainable"))
                      ? ""
                      : fraction(row.<Double>getAs("attainable")),
                  money(row.<BigDecimal>getAs("uplift"), own),
                  money(row.<BigDecimal>getAs("uplift_converted"), report),
                  row.isNullAt(row.fieldIndex("rank"))
                      ? ""
                      : Long.toString(row.<Long>getAs("rank")),
                  row.isNullAt(row.fieldIndex("_ranked_in"))
                      ? ""
                      : row.<String>getAs("_ranked_in")));
        };
    return concatenate(joined.map(line, Encoders.STRING()), header, fs, new Path(out, POTENTIAL));
  }

  /** The problem sources of {@link SparkPipeline}, each named after its file. */
  private static final ImmutableList<String> PIPELINE_SOURCES =
      ImmutableList.of("opportunities", "involvements", "stage_history", "leads");

  /** Writes the pipeline files of the class documentation; returns their paths. */
  private static List<String> writePipeline(
      PipelineFrames frames,
      Dataset<Row> relationships,
      Optional<LocalDate> asOf,
      FileSystem fs,
      Path out)
      throws IOException {
    SparkPipeline pipeline = SparkPipeline.standard();
    Optional<String> host = host(relationships);
    Optional<PipelineAnalysis> analysis =
        asOf.isPresent() && host.isPresent()
            ? Optional.of(pipeline.analyse(frames, PartnerId.of(host.get()), asOf.get()))
            : Optional.empty();
    List<String> written = new ArrayList<>();
    Map<ForecastPeriod, Forecast> quarters = new TreeMap<>();
    analysis
        .map(PipelineAnalysis::forecast)
        .orElseGet(() -> pipeline.forecast(frames))
        .forEach((period, forecast) -> quarters.put(period, forecast.total()));
    written.add(
        writeRows(
            fs,
            new Path(out, ReportFiles.FORECAST),
            QuarterForecast.COLUMNS,
            QuarterForecast.rows(quarters).stream().map(QuarterForecast::cells).toList()));
    if (asOf.isEmpty()) {
      return written;
    }
    LocalDate day = asOf.get();
    written.add(
        writeRows(
            fs,
            new Path(out, AnalysisFiles.VELOCITY),
            AnalysisFiles.VELOCITY_COLUMNS,
            analysis
                .map(PipelineAnalysis::velocity)
                .orElseGet(() -> pipeline.velocity(frames, day))
                .stream()
                .map(AnalysisFiles::velocityCells)
                .toList()));
    Map<RelationshipId, MotionObservation> motions =
        analysis.map(PipelineAnalysis::motions).orElseGet(() -> pipeline.motions(frames, day));
    written.add(
        writeRows(
            fs,
            new Path(out, AnalysisFiles.MOTIONS),
            AnalysisFiles.MOTION_COLUMNS,
            motions.values().stream().map(AnalysisFiles::motionCells).toList()));
    if (analysis.isPresent()) {
      PartnerId hostId = PartnerId.of(host.get());
      Map<RelationshipId, PartnerId> partners = new HashMap<>();
      for (Row row :
          relationships
              .select(
                  SparkScoring.text(RelationshipsCsv.RELATIONSHIP_ID),
                  SparkScoring.text(RelationshipsCsv.PARTNER_ID))
              .collectAsList()) {
        if (!row.isNullAt(0) && !row.isNullAt(1)) {
          try {
            partners.putIfAbsent(
                RelationshipId.of(row.getString(0).trim()), PartnerId.of(row.getString(1).trim()));
          } catch (IllegalArgumentException e) {
            // A bad id is reported among the relationships' problems.
          }
        }
      }
      written.add(
          writeRows(
              fs,
              new Path(out, PIPELINE_FINDINGS),
              AnalysisFiles.FINDING_COLUMNS,
              analysis.get().findings().stream()
                  .map(finding -> AnalysisFiles.findingCells(finding, partners, hostId))
                  .toList()));
    }
    return written;
  }

  /** Writes a small file from the driver, as {@link CsvTableWriter} writes the report's files. */
  private static String writeRows(
      FileSystem fs, Path file, List<String> header, List<? extends List<String>> rows)
      throws IOException {
    try (CsvTableWriter writer =
        CsvTableWriter.of(new OutputStreamWriter(fs.create(file, true), UTF_8), header)) {
      for (List<String> row : rows) {
        writer.row(row);
      }
    }
    return file.toString();
  }

  private static LocalDate day(String text) {
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "--as-of " + text + " is not a day (yyyy-mm-dd); " + USAGE, e);
    }
  }

  private static String writeProblems(Dataset<Row> problems, FileSystem fs, Path out)
      throws IOException {
    MapFunction<Row, String> line =
        row -> {
          String source = row.getString(0);
          String file =
              source.equals("ratings")
                  ? AssessmentsCsv.FILE_NAME
                  : PIPELINE_SOURCES.contains(source)
                      ? source + ".csv"
                      : RelationshipsCsv.FILE_NAME;
          String key = row.getString(1);
          return csvLine(
              List.of(
                  file,
                  "0",
                  "",
                  row.getString(2) + ": " + (key.isEmpty() ? "" : key + ": ") + row.getString(3)));
        };
    return concatenate(
        problems.orderBy("source", "key", "kind", "message").map(line, Encoders.STRING()),
        List.of("file", "line", "column", "reason"),
        fs,
        new Path(out, PROBLEMS));
  }

  /**
   * Writes the lines in parts (in parallel, each part in the order of its partition) into a folder
   * beside {@code file}, then concatenates the header and the parts, in partition order, into
   * {@code file} and deletes the folder.
   */
  private static String concatenate(
      Dataset<String> lines, List<String> header, FileSystem fs, Path file) throws IOException {
    Path parts = new Path(file.getParent(), "_" + file.getName() + ".parts");
    lines.write().mode(SaveMode.Overwrite).option("lineSep", "\r\n").text(parts.toString());
    FileStatus[] written = fs.listStatus(parts, path -> path.getName().startsWith("part-"));
    Arrays.sort(written, Comparator.comparing(status -> status.getPath().getName()));
    try (OutputStream target = fs.create(file, true)) {
      target.write((csvLine(header) + "\r\n").getBytes(UTF_8));
      for (FileStatus part : written) {
        try (InputStream source = fs.open(part.getPath())) {
          source.transferTo(target);
        }
      }
    }
    fs.delete(parts, true);
    return file.toString();
  }

  /** One row as {@link CsvTableWriter} writes it, formula cells escaped, without the line end. */
  static String csvLine(List<String> cells) {
    StringWriter text = new StringWriter();
    try (CsvTableWriter writer = CsvTableWriter.of(text, cells)) {
      writer.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    String written = text.toString();
    return written.endsWith("\r\n") ? written.substring(0, written.length() - 2) : written;
  }

  /** A score as the report writes it: four decimal places, rounded half-even. */
  private static String fraction(double value) {
    return BigDecimal.valueOf(value).setScale(4, RoundingMode.HALF_EVEN).toPlainString();
  }

  /**
   * An amount as the report writes it: a plain decimal rounded half-even to the currency's minor
   * unit ({@link MinorUnits}); empty for none; the text as given when it is no decimal or the
   * currency is unknown.
   */
  private static String money(String amount, String currency) {
    if (amount == null) {
      return "";
    }
    try {
      return money(new BigDecimal(amount.trim()), currency);
    } catch (NumberFormatException e) {
      return amount;
    }
  }

  private static String money(BigDecimal amount, String currency) {
    if (amount == null) {
      return "";
    }
    try {
      return MinorUnits.round(amount, Monetary.getCurrency(currency.trim())).toPlainString();
    } catch (MonetaryException | NullPointerException e) {
      return amount.toPlainString();
    }
  }

  /**
   * The half-year of the fiscal year that a day falls in, as a number that orders half-years; null
   * for text that is no ISO day.
   */
  private static UDF1<String, Integer> halfYear(Month fiscalYearStart) {
    return text -> {
      if (text == null) {
        return null;
      }
      try {
        RevenuePeriod period =
            RevenuePeriod.containing(
                LocalDate.parse(text.trim()), RevenuePeriod.Length.HALF_YEAR, fiscalYearStart);
        return period.year() * 2 + period.number();
      } catch (DateTimeParseException e) {
        return null;
      }
    };
  }

  /** The host of the most relationships, the first in file order among equals. */
  private static Optional<String> host(Dataset<Row> relationships) {
    List<Row> top =
        relationships
            .groupBy(SparkScoring.text(RelationshipsCsv.HOST_ID).as("host"))
            .agg(count(lit(1)).as("n"), min(LINE).as("first"))
            .filter(col("host").isNotNull())
            .orderBy(col("n").desc(), col("first").asc())
            .limit(1)
            .collectAsList();
    return top.isEmpty() ? Optional.empty() : Optional.of(top.get(0).getString(0));
  }

  private static Optional<PartnerRow> partner(List<PartnerRow> partners, String id) {
    return partners.stream().filter(row -> row.id().value().equals(id)).findFirst();
  }

  /** The rows of {@code partners.csv} that the library reads without error; none if absent. */
  private static List<PartnerRow> partners(FileSystem fs, Path file) throws IOException {
    if (!fs.exists(file)) {
      return List.of();
    }
    try (Reader reader = new InputStreamReader(fs.open(file), UTF_8)) {
      ReadResult<PartnerRow> read = PartnersCsv.read(reader, PartnersCsv.FILE_NAME);
      return read.values();
    }
  }

  private static Dataset<Row> csv(SparkSession spark, String folder, String file) {
    return spark.read().option("header", true).csv(new Path(folder, file).toString());
  }

  private static Map<String, String> options(String[] args) {
    checkNotNull(args, "args");
    checkArgument(args.length % 2 == 0, "%s", USAGE);
    java.util.HashMap<String, String> options = new java.util.HashMap<>();
    for (int i = 0; i < args.length; i += 2) {
      checkArgument(
          List.of("--in", "--out", "--currency", "--as-of").contains(args[i]),
          "unknown argument %s; %s",
          args[i],
          USAGE);
      options.put(args[i], args[i + 1]);
    }
    checkArgument(options.containsKey("--in") && options.containsKey("--out"), "%s", USAGE);
    return options;
  }
}

package org.alliancekit.spark.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.RelationshipRow;
import org.alliancekit.io.csv.LeadsCsv;
import org.alliancekit.io.csv.OpportunitiesCsv;
import org.alliancekit.io.csv.RelationshipsCsv;
import org.alliancekit.io.csv.StageHistoryCsv;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.pipeline.forecast.Forecaster;
import org.alliancekit.pipeline.forecast.PeriodScheme;
import org.alliancekit.pipeline.velocity.ClosedDealVelocity;
import org.alliancekit.pipeline.velocity.Segmentation;
import org.alliancekit.scoring.relationship.MotionObservation;
import org.alliancekit.scoring.relationship.MotionObserver;
import org.alliancekit.scoring.relationship.RelationshipChecks;
import org.alliancekit.spark.GeneratedPipeline;
import org.alliancekit.spark.PipelineAnalysis;
import org.alliancekit.spark.PipelineFrames;
import org.alliancekit.spark.SparkPipeline;
import org.apache.spark.sql.SparkSession;
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
 * The pipeline analyses (forecast by quarter and partner, velocity by route to market, observed
 * motions, channel conflicts and motion mismatches) of a generated portfolio of opportunities (with
 * involvements and stage histories) and half as many leads, once by the single-JVM library over the
 * records in memory on one thread, and once by {@link SparkPipeline} on Spark {@code local[2]} over
 * the same portfolio folder's rows, grouped and cached ({@link PipelineFrames#persist()}); prints
 * the ratio of the two times. The setup also prints the heap the records take in one JVM, per
 * million opportunities (with their half million leads), measured as the heap in use after a full
 * collection with and without them. Spark is measured twice: {@link SparkPipeline#analyse}, all the
 * analyses in one pass over the opportunities, and each analysis by its own method.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx8g"})
public class PipelineSparkVersusSingle {
  private static final LocalDate AS_OF = GeneratedPipeline.AS_OF;
  private static final PartnerId HOST = PartnerId.of(GeneratedPipeline.HOST);

  /** The number of opportunities; the leads are half as many. */
  @Param("1000000")
  public int opportunities;

  private Path folder;
  private List<Relationship> relationships;
  private List<Opportunity> records;
  private List<Lead> leads;
  private SparkSession spark;
  private PipelineFrames frames;

  /** Writes the folder, reads it in one JVM (measuring the heap), and caches it in Spark. */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    folder = Files.createTempDirectory("pipeline-bench");
    GeneratedPipeline.write(folder, opportunities, opportunities / 2, 7);
    long before = usedAfterGc();
    read();
    long after = usedAfterGc();
    System.out.printf(
        "%nheap of the records in one JVM: %.0f MB for %,d opportunities and %,d leads,"
            + " %.0f MB per million opportunities%n",
        (after - before) / 1e6,
        records.size(),
        leads.size(),
        (after - before) / 1e6 / (records.size() / 1e6));
    spark = Scores.localTwoCores("pipeline-spark-versus-single");
    frames = PipelineFrames.read(spark, folder.toString()).persist();
    SparkPipeline.standard().problems(frames).count();
  }

  private static long usedAfterGc() {
    Runtime runtime = Runtime.getRuntime();
    for (int i = 0; i < 3; i++) {
      System.gc();
    }
    return runtime.totalMemory() - runtime.freeMemory();
  }

  private void read() throws IOException {
    ReadResult<RelationshipRow> rows =
        RelationshipsCsv.read(folder.resolve(RelationshipsCsv.FILE_NAME));
    relationships = rows.values().stream().map(RelationshipRow::relationship).toList();
    records = new ArrayList<>(opportunities);
    for (Path part : parts("opportunities.csv")) {
      String name = part.getFileName().toString();
      records.addAll(
          StageHistoryCsv.withHistories(
                  OpportunitiesCsv.read(part, folder.resolve("involvements.csv").resolve(name)),
                  StageHistoryCsv.read(folder.resolve("stage_history.csv").resolve(name)))
              .values());
    }
    leads = new ArrayList<>(opportunities / 2);
    for (Path part : parts("leads.csv")) {
      leads.addAll(LeadsCsv.read(part).values());
    }
  }

  private List<Path> parts(String file) throws IOException {
    try (Stream<Path> parts = Files.list(folder.resolve(file))) {
      return parts.sorted(Comparator.comparing(Path::toString)).toList();
    }
  }

  /** Stops Spark and deletes the folder. */
  @TearDown(Level.Trial)
  public void tearDown() throws IOException {
    frames.unpersist();
    spark.stop();
    try (Stream<Path> files = Files.walk(folder)) {
      files
          .sorted(Comparator.reverseOrder())
          .forEach(
              path -> {
                try {
                  Files.delete(path);
                } catch (IOException e) {
                  throw new UncheckedIOException(e);
                }
              });
    }
  }

  /** The single-JVM library over the records in memory, one thread. */
  @Benchmark
  public int singleJvm() {
    int rows =
        Forecaster.standard().byPeriodAndPartner(records, PeriodScheme.calendarQuarters()).size();
    rows +=
        ClosedDealVelocity.of(records, Segmentation.byRelationships(relationships), AS_OF).size();
    var motions = MotionObserver.standard().observe(relationships, leads, records, AS_OF);
    RelationshipChecks checks = RelationshipChecks.standard();
    rows += checks.channelConflicts(HOST, relationships, records, AS_OF).size();
    for (Relationship relationship : relationships) {
      rows += checks.motionMismatch(relationship, motions.get(relationship.id())).isPresent() ? 1 : 0;
    }
    return rows + motions.size();
  }

  /** {@link SparkPipeline#analyse} on local[2] over the cached frames: all the analyses at once. */
  @Benchmark
  public int sparkLocal2() {
    PipelineAnalysis analysis = SparkPipeline.standard().analyse(frames, HOST, AS_OF);
    return analysis.forecast().size()
        + analysis.velocity().size()
        + analysis.findings().size()
        + analysis.motions().size();
  }

  /** {@link SparkPipeline} on local[2], each analysis by its own method, each reading the rows. */
  @Benchmark
  public int sparkLocal2Separately() {
    SparkPipeline pipeline = SparkPipeline.standard();
    int rows = pipeline.forecast(frames).size();
    rows += pipeline.velocity(frames, AS_OF).size();
    java.util.Map<RelationshipId, MotionObservation> motions = pipeline.motions(frames, AS_OF);
    rows += pipeline.findings(frames, HOST, AS_OF, motions).size();
    return rows + motions.size();
  }

  /**
   * Runs the benchmark and prints the ratio of Spark's time to the single JVM's.
   *
   * @param args the number of opportunities (default 1,000,000)
   */
  public static void main(String[] args) throws RunnerException {
    String opportunities = args.length > 0 ? args[0] : "1000000";
    Collection<RunResult> results = Scores.run(PipelineSparkVersusSingle.class, "opportunities", opportunities);
    double single = Scores.of(results, "singleJvm");
    double spark = Scores.of(results, "sparkLocal2");
    double separately = Scores.of(results, "sparkLocal2Separately");
    System.out.printf(
        "%s opportunities: single JVM %.0f ms, Spark local[2] %.0f ms (each analysis on its own"
            + " %.0f ms), Spark / single JVM = %.2f (%.2f)%n",
        opportunities, single, spark, separately, spark / single, separately / single);
  }
}

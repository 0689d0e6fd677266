package org.alliancekit.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.RelationshipRow;
import org.alliancekit.io.csv.LeadsCsv;
import org.alliancekit.io.csv.OpportunitiesCsv;
import org.alliancekit.io.csv.RelationshipsCsv;
import org.alliancekit.io.csv.StageHistoryCsv;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.pipeline.forecast.ForecastPeriod;
import org.alliancekit.pipeline.forecast.Forecaster;
import org.alliancekit.pipeline.forecast.PartnerForecast;
import org.alliancekit.pipeline.forecast.PeriodScheme;
import org.alliancekit.pipeline.velocity.ClosedDealVelocity;
import org.alliancekit.pipeline.velocity.SegmentVelocity;
import org.alliancekit.pipeline.velocity.Segmentation;
import org.alliancekit.scoring.relationship.Finding;
import org.alliancekit.scoring.relationship.FindingKind;
import org.alliancekit.scoring.relationship.MotionObservation;
import org.alliancekit.scoring.relationship.MotionObserver;
import org.alliancekit.scoring.relationship.ObservedMotion;
import org.alliancekit.scoring.relationship.RelationshipChecks;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The pipeline analyses on Spark {@code local[2]} against the single-JVM library on a generated
 * portfolio folder of 1,000,000 opportunities (with their involvements and stage histories) and
 * 500,000 leads, written by the library's writers and read back by Spark's CSV reader; a few bad
 * rows are added by hand. The reference reads the same files with the library's CSV readers and
 * runs {@link Forecaster}, {@link ClosedDealVelocity}, {@link MotionObserver} and {@link
 * RelationshipChecks} over all the records in one JVM; every Spark result must equal it.
 *
 * <p>{@code -Dalliance.spark.pipelineOpportunities=N} and {@code -Dalliance.spark.pipelineLeads=N}
 * set other sizes.
 */
class PipelineAtScaleTest {
  private static final int OPPORTUNITIES =
      Integer.getInteger("alliance.spark.pipelineOpportunities", 1_000_000);
  private static final int LEADS = Integer.getInteger("alliance.spark.pipelineLeads", 500_000);
  private static final PartnerId HOST = PartnerId.of(GeneratedPipeline.HOST);

  @TempDir static Path folder;

  private static SparkSession spark;
  private static PipelineFrames frames;
  private static List<Relationship> relationships;
  private static List<Problem> readProblems;

  // The single-JVM results, computed before Spark starts; the records are then let go.
  private static Map<ForecastPeriod, PartnerForecast> expectedForecast;
  private static Map<ForecastPeriod, PartnerForecast> expectedYearlyForecast;
  private static List<SegmentVelocity> expectedVelocity;
  private static Map<RelationshipId, MotionObservation> expectedMotions;
  private static List<Finding> expectedFindings;
  private static final SparkPipeline PIPELINE = SparkPipeline.standard();

  @BeforeAll
  static void start() throws IOException {
    GeneratedPipeline.write(folder, OPPORTUNITIES, LEADS, 7);
    addBadRows();
    computeReference();
    spark = SparkSessions.start("pipeline-at-scale");
    // The generated values never span lines, so the files are read split.
    frames = PipelineFrames.read(spark, folder.toString(), false).persist();
  }

  @AfterAll
  static void stop() {
    if (frames != null) {
      frames.unpersist();
    }
    if (spark != null) {
      spark.stop();
    }
  }

  /** Rows the library refuses, each in a part file of its own. */
  private static void addBadRows() throws IOException {
    Files.writeString(
        folder.resolve("opportunities.csv/part-bad.csv"),
        String.join(",", OpportunitiesCsv.OPPORTUNITY_COLUMNS)
            + "\r\n"
            + "bad-1,a1,Account a1,Negative,-5,EUR,Prospect,2026-01-01,2026-02-01,hq,DIRECT"
            + ",".repeat(8)
            + "\r\n"
            + "bad-2,a1,Account a1,No stage,5,EUR,Nowhere,2026-01-01,2026-02-01,hq,DIRECT"
            + ",".repeat(8)
            + "\r\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("involvements.csv/part-bad.csv"),
        "opportunity_id,partner_id,role,since_date\r\nghost-1,p001,CO_SELLER,\r\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("stage_history.csv/part-bad.csv"),
        "opportunity_id,stage,date\r\nghost-2,Prospect,2026-01-01\r\n",
        StandardCharsets.UTF_8);
    Files.writeString(
        folder.resolve("leads.csv/part-bad.csv"),
        String.join(",", LeadsCsv.COLUMNS)
            + "\r\n"
            + "bad-lead,a1,Account a1,p001,someday,hq,NEW"
            + ",".repeat(LeadsCsv.COLUMNS.size() - 7)
            + "\r\n",
        StandardCharsets.UTF_8);
  }

  /**
   * Reads every part with the library, as one JVM would read the whole files, and analyses all the
   * records in one JVM.
   */
  private static void computeReference() throws IOException {
    readProblems = new ArrayList<>();
    ReadResult<RelationshipRow> rows =
        RelationshipsCsv.read(folder.resolve(RelationshipsCsv.FILE_NAME));
    assertTrue(rows.isClean(), rows.problems()::toString);
    relationships = rows.values().stream().map(RelationshipRow::relationship).toList();
    List<Opportunity> opportunities = new ArrayList<>(OPPORTUNITIES);
    for (Path part : parts("opportunities.csv")) {
      String name = part.getFileName().toString();
      ReadResult<Opportunity> read =
          StageHistoryCsv.withHistories(
              OpportunitiesCsv.read(part, folder.resolve("involvements.csv").resolve(name)),
              StageHistoryCsv.read(folder.resolve("stage_history.csv").resolve(name)));
      opportunities.addAll(read.values());
      readProblems.addAll(read.problems());
    }
    List<Lead> leads = new ArrayList<>(LEADS);
    for (Path part : parts("leads.csv")) {
      ReadResult<Lead> read = LeadsCsv.read(part);
      leads.addAll(read.values());
      readProblems.addAll(read.problems());
    }
    assertEquals(OPPORTUNITIES, opportunities.size());
    assertEquals(LEADS, leads.size());
    expectedForecast =
        Forecaster.standard().byPeriodAndPartner(opportunities, PeriodScheme.calendarQuarters());
    expectedYearlyForecast =
        Forecaster.of(0.5).byPeriodAndPartner(opportunities, PeriodScheme.calendarYears());
    expectedVelocity =
        ClosedDealVelocity.of(
            opportunities, Segmentation.byRelationships(relationships), GeneratedPipeline.AS_OF);
    expectedMotions =
        MotionObserver.standard()
            .observe(relationships, leads, opportunities, GeneratedPipeline.AS_OF);
    RelationshipChecks checks = RelationshipChecks.standard();
    List<Finding> findings =
        new ArrayList<>(
            checks.channelConflicts(HOST, relationships, opportunities, GeneratedPipeline.AS_OF));
    for (Relationship relationship : relationships) {
      checks
          .motionMismatch(relationship, expectedMotions.get(relationship.id()))
          .ifPresent(findings::add);
    }
    findings.sort(Finding.REPORT_ORDER);
    expectedFindings = findings;
  }

  private static List<Path> parts(String file) throws IOException {
    try (Stream<Path> parts = Files.list(folder.resolve(file))) {
      return parts.sorted(Comparator.comparing(Path::toString)).toList();
    }
  }

  @Test
  void forecastByPeriodAndPartnerIsTheLibrarys() {
    Map<ForecastPeriod, PartnerForecast> expected = expectedForecast;
    Map<ForecastPeriod, PartnerForecast> actual = PIPELINE.forecast(frames);
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(actual.keySet()));
    assertEquals(expected, actual);
    assertTrue(expected.size() >= 6, "quarters forecast: " + expected.size());
  }

  @Test
  void theAnalysesAtOnceAreTheLibrarys() {
    PipelineAnalysis analysis = PIPELINE.analyse(frames, HOST, GeneratedPipeline.AS_OF);
    assertEquals(expectedForecast, analysis.forecast());
    assertEquals(expectedVelocity, analysis.velocity());
    assertEquals(expectedMotions, analysis.motions());
    assertEquals(expectedFindings, analysis.findings());
  }

  @Test
  void settingsAreTheForecastersAndTheBatchSizeChangesNothing() {
    assertEquals(
        expectedYearlyForecast,
        PIPELINE
            .withPeriods(PeriodScheme.calendarYears())
            .withCommitThreshold(0.5)
            .withBatchSize(777)
            .forecast(frames));
    assertEquals(
        expectedVelocity, PIPELINE.withBatchSize(1).velocity(frames, GeneratedPipeline.AS_OF));
    assertThrows(IllegalArgumentException.class, () -> PIPELINE.withBatchSize(0));
    assertThrows(IllegalArgumentException.class, () -> PIPELINE.withCommitThreshold(0));
  }

  @Test
  void velocityBySegmentIsTheLibrarys() {
    List<SegmentVelocity> expected = expectedVelocity;
    assertEquals(expected, PIPELINE.velocity(frames, GeneratedPipeline.AS_OF));
    // Three routes to market times four currencies, each with deals closed in the window.
    assertEquals(12, expected.size(), expected::toString);
  }

  @Test
  void motionsAndFindingsAreTheLibrarys() {
    Map<RelationshipId, MotionObservation> expected = expectedMotions;
    Map<RelationshipId, MotionObservation> motions =
        PIPELINE.motions(frames, GeneratedPipeline.AS_OF);
    assertEquals(List.copyOf(expected.keySet()), List.copyOf(motions.keySet()));
    assertEquals(expected, motions);
    Set<ObservedMotion> observed = new TreeSet<>();
    expected.values().forEach(observation -> observed.add(observation.observed()));
    // The generated behaviours: sell-with, sell-through with the partner as channel, sell-to; and
    // x002, between two partners that share no records, undetermined.
    assertEquals(
        Set.of(
            ObservedMotion.SELL_WITH,
            ObservedMotion.SELL_THROUGH,
            ObservedMotion.SELL_TO,
            ObservedMotion.UNDETERMINED),
        observed);

    List<Finding> findings = expectedFindings;
    List<Finding> actual = PIPELINE.findings(frames, HOST, GeneratedPipeline.AS_OF, motions);
    assertEquals(findings.size(), actual.size());
    assertEquals(findings, actual);
    Set<FindingKind> kinds = findings.stream().map(Finding::kind).collect(Collectors.toSet());
    assertEquals(Set.of(FindingKind.CHANNEL_CONFLICT, FindingKind.MOTION_MISMATCH), kinds);
  }

  @Test
  void everyBadRowIsAProblemAndNoGoodRowIs() {
    List<String> actual =
        PIPELINE.problems(frames).collectAsList().stream()
            .map(PipelineAtScaleTest::describe)
            .sorted()
            .toList();
    // Hand-listed: the rows added by addBadRows, with the kind the library gives each.
    assertEquals(
        ImmutableList.of(
            "involvements/ghost-1/UNKNOWN_REFERENCE",
            "leads/bad-lead/INVALID_VALUE",
            "opportunities/bad-1/OUT_OF_RANGE",
            "opportunities/bad-2/UNKNOWN_REFERENCE",
            "stage_history/ghost-2/UNKNOWN_REFERENCE"),
        actual);
    assertEquals(
        readProblems.stream().map(problem -> problem.kind().name()).sorted().toList(),
        actual.stream().map(text -> text.substring(text.lastIndexOf('/') + 1)).sorted().toList());
  }

  private static String describe(Row problem) {
    return problem.getString(0) + "/" + problem.getString(1) + "/" + problem.getString(2);
  }
}

package org.alliancekit.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.alliancekit.report.AnalysisFiles;
import org.alliancekit.report.PortfolioAnalysis;
import org.alliancekit.report.PortfolioInput;
import org.alliancekit.report.PortfolioReport;
import org.alliancekit.report.ReportFiles;
import org.alliancekit.report.ReportScorings;
import org.alliancekit.report.sample.SamplePortfolio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * {@link PortfolioJob} on a real standalone cluster: a master, two workers and their executors as
 * separate JVMs, the job jar submitted through {@code SparkSubmit}, the bundled sample's files read
 * from a folder in splits of 64 KB (so both executors read and the shuffles cross processes). The
 * job's {@code scores.csv}, {@code potential.csv}, {@code forecast.csv}, {@code velocity.csv} and
 * {@code motions.csv} must equal, line by line, the files the single-JVM {@code alliancekit report}
 * writes for the sample, and its {@code pipeline_findings.csv} the report's channel conflicts and
 * motion mismatches (the rows of its {@code findings.csv} of those kinds, in order), also when a
 * worker and its executor are killed while the job's first multi-task stage runs.
 *
 * <p>Run by the {@code cluster} execution of the build, after {@code package} has built the job
 * jar.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ClusterTest {
  private static final List<String> SAMPLE_FILES =
      List.of(
          "assessments.csv",
          "relationships.csv",
          "partners.csv",
          "rates.csv",
          "opportunities.csv",
          "involvements.csv",
          "stage_history.csv",
          "leads.csv");

  /** The kinds of finding that come from the opportunities and leads. */
  private static final List<String> PIPELINE_KINDS = List.of("CHANNEL_CONFLICT", "MOTION_MISMATCH");

  @RegisterExtension static final StandaloneCluster CLUSTER = new StandaloneCluster();

  private static Path input;
  private static Path expected;
  private static LocalDate asOf;
  private static Path jobJar;

  @BeforeAll
  static void prepare() throws IOException {
    jobJar =
        Paths.get(
                System.getProperty(
                    "alliance.job.jar", "target/alliance-spark-0.1.0-SNAPSHOT-job.jar"))
            .toAbsolutePath();
    assertTrue(Files.isRegularFile(jobJar), jobJar + " is missing: run the build's package");
    input = CLUSTER.runDir().resolve("in");
    Files.createDirectories(input);
    for (String file : SAMPLE_FILES) {
      try (InputStream in =
          SamplePortfolio.class.getResourceAsStream(SamplePortfolio.RESOURCE_FOLDER + file)) {
        assertNotNull(in, file);
        Files.copy(in, input.resolve(file));
      }
    }
    PortfolioReport report =
        PortfolioAnalysis.of(ReportScorings.standard())
            .analyse(PortfolioInput.read(SamplePortfolio.source()), Optional.empty());
    expected = CLUSTER.runDir().resolve("expected");
    ReportFiles.write(report, expected);
    asOf = report.analysis().orElseThrow().asOf();
  }

  @Test
  @Order(1)
  void theSubmittedJobWritesTheReportsFiles() throws Exception {
    Path out = CLUSTER.runDir().resolve("out");
    StandaloneCluster.Submission submission =
        CLUSTER.submit("submit", List.of(), options(), jobJar, arguments(out));
    assertEquals(0, submission.exitCode(), () -> CLUSTER.log("submit"));
    assertSameFiles(out);
    assertEquals(
        List.of("file,line,column,reason"),
        Files.readAllLines(out.resolve(PortfolioJob.PROBLEMS), UTF_8));
  }

  @Test
  @Order(2)
  void aWorkerKilledMidJobLosesNothing() throws Exception {
    Path testClasses = Paths.get("target", "test-classes").toAbsolutePath();
    Path hold = CLUSTER.runDir().resolve("hold");
    Files.createDirectories(hold);
    List<String> options = new ArrayList<>(options());
    options.addAll(
        List.of(
            "--conf",
            "spark.plugins=" + HoldFirstAttempts.class.getName(),
            "--conf",
            "spark.alliance.hold.dir=" + hold,
            "--conf",
            "spark.alliance.hold.partitions=8",
            "--conf",
            "spark.executor.extraClassPath=" + testClasses));
    Path out = CLUSTER.runDir().resolve("out-fault");
    Thread killer =
        new Thread(
            () -> {
              try {
                killOneWorkerWhileHeld(hold);
              } catch (Exception e) {
                failure = e;
              } finally {
                try {
                  Files.writeString(hold.resolve("go"), "");
                } catch (IOException e) {
                  failure = e;
                }
              }
            },
            "killer");
    killer.start();
    StandaloneCluster.Submission submission =
        CLUSTER.submit("submit-fault", List.of(testClasses), options, jobJar, arguments(out));
    killer.join();
    if (failure != null) {
      throw new AssertionError(CLUSTER.log("submit-fault"), failure);
    }
    assertEquals(0, submission.exitCode(), () -> CLUSTER.log("submit-fault"));
    assertSameFiles(out);
    List<String> retried;
    try (Stream<Path> files = Files.list(hold)) {
      retried =
          files
              .map(file -> file.getFileName().toString())
              .filter(name -> name.matches("task-s\\d+-p\\d+-a[1-9]\\d*-pid\\d+"))
              .toList();
    }
    assertFalse(retried.isEmpty(), "no task was run again after the worker was lost");
  }

  private static volatile Exception failure;

  /**
   * Waits until a held task runs on each of the two executors, then kills the worker (and its
   * executor) that runs the executor of the first worker.
   */
  private static void killOneWorkerWhileHeld(Path hold) throws Exception {
    Pattern task = Pattern.compile("task-s\\d+-p\\d+-a0-pid(\\d+)");
    long deadline = System.nanoTime() + 180_000_000_000L;
    while (System.nanoTime() < deadline && !CLUSTER.ended("submit-fault")) {
      Set<Long> pids = new java.util.TreeSet<>();
      try (Stream<Path> files = Files.list(hold)) {
        files.forEach(
            file -> {
              Matcher matcher = task.matcher(file.getFileName().toString());
              if (matcher.matches()) {
                pids.add(Long.parseLong(matcher.group(1)));
              }
            });
      }
      if (pids.size() >= 2) {
        Process worker = CLUSTER.workers().get(0);
        List<Long> executors = worker.descendants().map(ProcessHandle::pid).toList();
        assertTrue(
            pids.stream().anyMatch(executors::contains),
            "no held task on the first worker's executor " + executors + ": " + pids);
        CLUSTER.kill(worker);
        return;
      }
      Thread.sleep(100);
    }
    throw new AssertionError("held tasks did not start on both executors");
  }

  private static List<String> options() {
    return List.of(
        "--class",
        PortfolioJob.class.getName(),
        "--conf",
        "spark.sql.files.maxPartitionBytes=65536",
        "--conf",
        "spark.sql.shuffle.partitions=4");
  }

  private static List<String> arguments(Path out) {
    return List.of(
        "--in",
        input.toUri().toString(),
        "--out",
        out.toUri().toString(),
        "--as-of",
        asOf.toString());
  }

  private static void assertSameFiles(Path out) throws IOException {
    for (String file : List.of(ReportFiles.SCORES, ReportFiles.POTENTIAL)) {
      String wanted = Files.readString(expected.resolve(file), UTF_8);
      String actual = Files.readString(out.resolve(file), UTF_8);
      assertEquals(List.of(wanted.split("\r\n", -1)), List.of(actual.split("\r\n", -1)), file);
      assertTrue(wanted.split("\r\n").length > 30, file + " has the sample's relationships");
    }
    // The pipeline analyses: the report's files, line by line.
    for (String file :
        List.of(ReportFiles.FORECAST, AnalysisFiles.VELOCITY, AnalysisFiles.MOTIONS)) {
      List<String> wanted = Files.readAllLines(expected.resolve(file), UTF_8);
      assertEquals(wanted, Files.readAllLines(out.resolve(file), UTF_8), file);
      assertTrue(wanted.size() > 3, file + " has rows of the sample");
    }
    List<String> findings = Files.readAllLines(expected.resolve(AnalysisFiles.FINDINGS), UTF_8);
    List<String> wanted = new ArrayList<>();
    wanted.add(findings.get(0));
    for (String line : findings.subList(1, findings.size())) {
      if (PIPELINE_KINDS.stream().anyMatch(kind -> line.contains("," + kind + ","))) {
        wanted.add(line);
      }
    }
    assertTrue(wanted.size() > 1, "the sample has findings from its opportunities and leads");
    assertEquals(
        wanted,
        Files.readAllLines(out.resolve(PortfolioJob.PIPELINE_FINDINGS), UTF_8),
        PortfolioJob.PIPELINE_FINDINGS);
  }
}

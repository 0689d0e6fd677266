package org.alliancekit.spark;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.alliancekit.report.AnalysisFiles;
import org.alliancekit.report.PortfolioAnalysis;
import org.alliancekit.report.PortfolioInput;
import org.alliancekit.report.PortfolioReport;
import org.alliancekit.report.ReportFiles;
import org.alliancekit.report.ReportScorings;
import org.alliancekit.report.sample.SamplePortfolio;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@link PortfolioJob} in {@code local[2]}: on the bundled sample it writes the single-JVM report's
 * {@code scores.csv} and {@code potential.csv} line by line; a bad date and a currency the rates
 * cannot convert are reported, not dropped silently. The same job on a real cluster is {@link
 * ClusterTest}.
 */
class PortfolioJobTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = SparkSessions.start("portfolio-job");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Path sample(Path dir) throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    for (String file :
        List.of("assessments.csv", "relationships.csv", "partners.csv", "rates.csv")) {
      try (InputStream stream =
          SamplePortfolio.class.getResourceAsStream(SamplePortfolio.RESOURCE_FOLDER + file)) {
        assertNotNull(stream, file);
        Files.copy(stream, in.resolve(file));
      }
    }
    return in;
  }

  @Test
  void theSampleGivesTheReportsFiles(@TempDir Path dir) throws IOException {
    Path in = sample(dir);
    Path out = dir.resolve("out");
    PortfolioJob.run(spark, in.toUri().toString(), out.toUri().toString(), Optional.empty());

    PortfolioReport report =
        PortfolioAnalysis.of(ReportScorings.standard())
            .analyse(PortfolioInput.read(SamplePortfolio.source()), Optional.empty());
    Path expected = dir.resolve("expected");
    ReportFiles.write(report, expected);
    for (String file : List.of(ReportFiles.SCORES, ReportFiles.POTENTIAL)) {
      String wanted = Files.readString(expected.resolve(file), UTF_8);
      assertEquals(
          List.of(wanted.split("\r\n", -1)),
          List.of(Files.readString(out.resolve(file), UTF_8).split("\r\n", -1)),
          file);
    }
    assertEquals(
        List.of("file,line,column,reason"),
        Files.readAllLines(out.resolve(PortfolioJob.PROBLEMS), UTF_8));
  }

  @Test
  void badRowsAreReportedByFileAndId(@TempDir Path dir) throws IOException {
    Path in = dir.resolve("in");
    Files.createDirectories(in);
    Files.writeString(
        in.resolve("assessments.csv"),
        String.join(
            "\r\n",
            "assessment_id,relationship_id,side,assessor,date,catalog,scale,factor_code,rating",
            "a1,r1,HOST,Ann,2026-02-01,SALES_SCORECARD,0..10,Co1,6",
            "a1,r1,HOST,Ann,2026-13-01,SALES_SCORECARD,0..10,Co5,8",
            "a2,r2,HOST,Ann,2026-02-01,SALES_SCORECARD,0..10,Co1,4",
            ""),
        UTF_8);
    Files.writeString(
        in.resolve("relationships.csv"),
        String.join(
            "\r\n",
            "relationship_id,host_id,partner_id,alliance_revenue,currency",
            "r1,h,p1,1000,GBP",
            "r2,h,p2,1000,JPY",
            ""),
        UTF_8);
    Path out = dir.resolve("out");
    PortfolioJob.run(spark, in.toUri().toString(), out.toUri().toString(), Optional.empty());

    // r1 is scored on Co1 alone (6 of 10): 0.6 overall, commercial 0.6; its uplift closes half
    // the gap: 1000 x (0.8 / 0.6 - 1) = 333.33. r2 scores 0.4: 1000 x (0.7 / 0.4 - 1) = 750 yen,
    // with no rate into GBP, so ranked 1 in JPY after the GBP ranking.
    List<String> potential = Files.readAllLines(out.resolve(PortfolioJob.POTENTIAL), UTF_8);
    assertEquals(
        List.of(
            "relationship_id,revenue,currency,current,attainable,uplift,uplift_converted,rank,"
                + "ranked_in",
            "r1,1000.00,GBP,0.6000,0.8000,333.33,333.33,1,GBP",
            "r2,1000,JPY,0.4000,0.7000,750,,1,JPY"),
        potential);
    List<String> problems = Files.readAllLines(out.resolve(PortfolioJob.PROBLEMS), UTF_8);
    assertEquals(3, problems.size(), problems::toString);
    assertTrue(
        problems.contains(
            "assessments.csv,0,,INVALID_VALUE: r1: date '2026-13-01' is not a day (yyyy-mm-dd);"
                + " the rating row is left out"),
        problems::toString);
    assertTrue(
        problems.stream()
            .anyMatch(line -> line.startsWith("relationships.csv,0,,CURRENCY_MISMATCH: r2: ")),
        problems::toString);
  }

  @Test
  void argumentsAreChecked() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> PortfolioJob.main(new String[] {"--in", "x", "--output", "y"}));
    assertEquals(
        "unknown argument --output; usage: PortfolioJob --in <portfolio folder> --out <report"
            + " folder> [--currency <code>] [--as-of <yyyy-mm-dd>]",
        e.getMessage());
  }

  @Test
  void withItsPipelineTheSampleGivesTheReportsPipelineFiles(@TempDir Path dir) throws IOException {
    Path in = sample(dir);
    for (String file :
        List.of("opportunities.csv", "involvements.csv", "stage_history.csv", "leads.csv")) {
      try (InputStream stream =
          SamplePortfolio.class.getResourceAsStream(SamplePortfolio.RESOURCE_FOLDER + file)) {
        assertNotNull(stream, file);
        Files.copy(stream, in.resolve(file));
      }
    }
    PortfolioReport report =
        PortfolioAnalysis.of(ReportScorings.standard())
            .analyse(PortfolioInput.read(SamplePortfolio.source()), Optional.empty());
    Path expected = dir.resolve("expected");
    ReportFiles.write(report, expected);
    Path out = dir.resolve("out");
    PortfolioJob.run(
        spark,
        in.toUri().toString(),
        out.toUri().toString(),
        Optional.empty(),
        Optional.of(report.analysis().orElseThrow().asOf()));

    for (String file :
        List.of(ReportFiles.FORECAST, AnalysisFiles.VELOCITY, AnalysisFiles.MOTIONS)) {
      List<String> wanted = Files.readAllLines(expected.resolve(file), UTF_8);
      assertEquals(wanted, Files.readAllLines(out.resolve(file), UTF_8), file);
      assertTrue(wanted.size() > 3, file + " has rows of the sample");
    }
    List<String> findings = Files.readAllLines(expected.resolve(AnalysisFiles.FINDINGS), UTF_8);
    List<String> wanted =
        findings.stream()
            .filter(
                line ->
                    line.equals(findings.get(0))
                        || line.contains(",CHANNEL_CONFLICT,")
                        || line.contains(",MOTION_MISMATCH,"))
            .toList();
    assertTrue(wanted.size() > 1, "the sample has channel conflicts or motion mismatches");
    assertEquals(wanted, Files.readAllLines(out.resolve(PortfolioJob.PIPELINE_FINDINGS), UTF_8));
    assertEquals(
        List.of("file,line,column,reason"),
        Files.readAllLines(out.resolve(PortfolioJob.PROBLEMS), UTF_8));
  }
}

package org.alliancekit.report.html;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.alliancekit.report.PortfolioReport;
import org.alliancekit.report.sample.SamplePortfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportFolderTest {
  @Test
  void writesTheWholeReportOfAPortfolioInOneCall(@TempDir Path dir) throws IOException {
    Path out = dir.resolve("report");

    PortfolioReport report = ReportFolder.write(SamplePortfolio.read(), out);

    assertFalse(report.hasErrors(), () -> report.problems().toString());
    assertEquals(40, report.relationships().size());
    try (Stream<Path> files = Files.list(out)) {
      assertEquals(
          List.of(
              "attribution.csv",
              "budget_cycles.csv",
              "calibrated_potential.csv",
              "campaign_results.csv",
              "coverage.csv",
              "evidence.csv",
              "evidence_model.csv",
              "findings.csv",
              "forecast.csv",
              "funds.csv",
              "gaps.csv",
              "matches.csv",
              "mindshare.csv",
              "motions.csv",
              "payouts.csv",
              "plan_attainment.csv",
              "potential.csv",
              "problems.csv",
              "registration_decisions.csv",
              "report.html",
              "sales_process.csv",
              "scores.csv",
              "solution_results.csv",
              "tiers.csv",
              "trends.csv",
              "value_stacks.csv",
              "velocity.csv"),
          files.map(file -> file.getFileName().toString()).sorted().toList());
    }
    String potential = Files.readString(out.resolve("potential.csv"), UTF_8);
    assertEquals(41, potential.lines().count(), "a header and forty relationships");
    assertTrue(Files.readString(out.resolve(ReportFolder.PAGE), UTF_8).contains("Larchmere"));
  }
}

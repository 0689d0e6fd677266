package org.alliancekit.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.Reader;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;
import org.alliancekit.io.csv.PortfolioReader;
import org.alliancekit.report.Fixtures;
import org.alliancekit.report.PortfolioAnalysis;
import org.alliancekit.report.PortfolioInput;
import org.alliancekit.report.PortfolioReport;
import org.alliancekit.report.TestScoring;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  private static PortfolioReport report(Map<String, String> files) {
    PortfolioReader.Source source =
        name -> Optional.ofNullable(files.get(name)).map(text -> (Reader) new StringReader(text));
    return PortfolioAnalysis.of(new TestScoring())
        .analyse(PortfolioInput.read(source), Optional.empty());
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }

  @Test
  void rendersAnEmptyPortfolioWithNotesInsteadOfCharts() {
    PortfolioReport report = report(Map.of());

    String page = HtmlReport.render(report);

    assertEquals(0, count(page, "<svg"));
    assertTrue(page.contains("No relationship has been scored."));
    assertTrue(page.contains("no joint venture"));
    assertTrue(page.contains("partners.csv is missing"), "the problems are listed");
  }

  @Test
  void drawsARadarForEachScoredRelationshipUpToTheLimit() {
    Map<String, String> files = Fixtures.files();
    StringBuilder relationships = new StringBuilder(files.get("relationships.csv"));
    StringBuilder assessments = new StringBuilder(files.get("assessments.csv"));
    int extra = HtmlReport.MAX_RADARS + 3 - 2;
    for (int i = 0; i < extra; i++) {
      relationships
          .append("x")
          .append(i)
          .append(",hq,acme,SELL_WITH,SYMMETRIC,INFORMAL,")
          .append("2024-01-01,")
          .append(1000 + i)
          .append(",GBP\n");
      assessments
          .append("b")
          .append(i)
          .append(",x")
          .append(i)
          .append(",HOST,Dana Reyes,2026-03-31,SALES_SCORECARD,1..5,Co1,")
          .append(1 + i % 5)
          .append('\n');
    }
    files.put("relationships.csv", relationships.toString());
    files.put("assessments.csv", assessments.toString());
    PortfolioReport report = report(files);

    String page = HtmlReport.render(report);

    // The radars, the ranking, the quadrant, the pipeline, the velocity and the trends.
    assertEquals(HtmlReport.MAX_RADARS + 5, count(page, "<svg"));
    assertTrue(page.contains("3 more scored relationships in scores.csv."), page);
  }

  @Test
  void givesEveryChartItsOwnDefinitions() {
    String page = HtmlReport.render(report(Fixtures.files()));

    for (int chart = 1; chart <= 7; chart++) {
      assertTrue(page.contains("<svg id='chart" + chart + "'"), "chart " + chart);
    }
    assertFalse(page.contains("<svg id='chart8'"));
  }

  @Test
  void rendersTheSameReportTheSameWay() {
    PortfolioReport report = report(Fixtures.files());

    assertEquals(HtmlReport.render(report), HtmlReport.render(report));
  }
}

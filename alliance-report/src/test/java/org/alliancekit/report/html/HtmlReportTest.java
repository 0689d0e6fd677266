package org.alliancekit.report.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableListMultimap;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancekit.analysis.AllianceAnalysis;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.csv.PortfolioReader;
import org.alliancekit.pipeline.registration.RegistrationOutcome;
import org.alliancekit.report.Fixtures;
import org.alliancekit.report.PortfolioAnalysis;
import org.alliancekit.report.PortfolioInput;
import org.alliancekit.report.PortfolioReport;
import org.alliancekit.report.ReportScorings;
import org.alliancekit.report.TestScoring;
import org.alliancekit.report.sample.SamplePortfolio;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class HtmlReportTest {
  /** The ids of the sections that show the report's analysis, in page order. */
  private static final List<String> ANALYSIS_SECTIONS =
      List.of(
          "motions",
          "findings",
          "registrations",
          "velocity",
          "value-stacks",
          "trends",
          "evidence",
          "planning",
          "programme");

  /** A chart drawn by {@link Charts}. */
  private static final String CHART = "<svg id='chart";

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

  /**
   * The report of the bundled sample, as {@link ReportFolder#write(PortfolioData, Path)} makes it.
   */
  private static PortfolioReport sample(PortfolioReader.Source source) {
    PortfolioData data = PortfolioReader.standard().read(source);
    PortfolioReport report =
        PortfolioAnalysis.of(ReportScorings.standard())
            .analyse(new PortfolioInput(data, ImmutableListMultimap.of()), Optional.empty());
    assertFalse(report.hasErrors(), () -> report.problems().toString());
    return report;
  }

  /** The inside of the page's section with the given id. */
  private static String section(String page, String id) {
    int start = page.indexOf("<section id=\"" + id + "\">");
    assertTrue(start >= 0, () -> "the page has a section " + id);
    return page.substring(start, page.indexOf("</section>", start));
  }

  /** The inside of the table with the given id. */
  private static String table(String page, String id) {
    int start = page.indexOf("<table id=\"" + id + "\">");
    assertTrue(start >= 0, () -> "the page has a table " + id);
    return page.substring(start, page.indexOf("</table>", start));
  }

  /** The first group of each match of {@code regex} in {@code text}. */
  private static List<String> matches(String text, String regex) {
    List<String> found = new ArrayList<>();
    Matcher matcher = Pattern.compile(regex).matcher(text);
    while (matcher.find()) {
      found.add(matcher.group(1));
    }
    return found;
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
    assertTrue(report.analysis().isEmpty());
    assertTrue(page.contains("<td>Analysis</td><td>none: no portfolio with a dated record"));
    for (String id : ANALYSIS_SECTIONS) {
      assertTrue(
          section(page, id).contains("Nothing to analyse: no portfolio with a dated record"), id);
      assertTrue(page.contains("<a href=\"#" + id + "\">"), () -> "a link to " + id);
    }
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

    // The radars, the ranking, the quadrant, the pipeline, the velocity, the trends and the
    // solution results.
    assertEquals(HtmlReport.MAX_RADARS + 6, count(page, "<svg"));
    assertTrue(page.contains("3 more scored relationships in scores.csv."), page);
  }

  @Test
  void givesEveryChartItsOwnDefinitions() {
    String page = HtmlReport.render(report(Fixtures.files()));

    for (int chart = 1; chart <= 8; chart++) {
      assertTrue(page.contains("<svg id='chart" + chart + "'"), "chart " + chart);
    }
    assertFalse(page.contains("<svg id='chart9'"));
  }

  @Test
  void rendersTheSameReportTheSameWay() {
    PortfolioReport report = report(Fixtures.files());

    assertEquals(HtmlReport.render(report), HtmlReport.render(report));
  }

  @Test
  void showsTheAnalysisOfTheBundledSample() {
    PortfolioReport report = sample(SamplePortfolio.source());
    AllianceAnalysis analysis = report.analysis().orElseThrow();

    String page = HtmlReport.render(report);

    assertTrue(
        section(page, "summary")
            .contains(
                "<td>Analysis</td><td>as of "
                    + analysis.asOf()
                    + "; windows run from "
                    + analysis.windowStart()
                    + " to "
                    + analysis.asOf()
                    + "</td>"));
    for (String id : ANALYSIS_SECTIONS) {
      assertTrue(page.contains("<a href=\"#" + id + "\">"), () -> "a link to " + id);
      assertFalse(section(page, id).contains("Nothing to analyse"), id);
    }
    assertTrue(page.indexOf("<section id=\"scores\">") < page.indexOf("<section id=\"motions\">"));
    assertTrue(
        page.indexOf("<section id=\"evidence\">") < page.indexOf("<section id=\"problems\">"));

    String motions = section(page, "motions");
    List<String> cells =
        matches(motions, "<td class=\"num count[^\"]*\" style=\"[^\"]*\">(\\d+)</td>");
    assertEquals(3 * 4, cells.size(), "declared (3 rows) by observed (4 columns)");
    assertEquals(
        analysis.motions().size(), cells.stream().mapToInt(Integer::parseInt).sum(), motions);
    assertTrue(cells.stream().anyMatch(c -> !c.equals("0")), "a non-zero cell");
    assertTrue(motions.contains("<th class=\"num\">undetermined</th>"));
    assertTrue(motions.contains("background-color: rgba("), "cells shaded by count");
    assertTrue(
        matches(motions, "<tr><td>([^<]+)</td><td>sell-with</td><td>sell-through").size() > 0,
        "a relationship declared sell-with that sells through");

    String findings = section(page, "findings");
    List<String> kinds =
        matches(
            findings,
            "<tr data-severity=\"\\d\" data-order=\"\\d+\"><td[^>]*>\\w+</td><td>([^<]+)</td>");
    assertEquals(analysis.findings().size(), kinds.size());
    assertTrue(Set.copyOf(kinds).size() >= 4, () -> "findings of at least four kinds: " + kinds);
    List<Integer> severities =
        matches(findings, "<tr data-severity=\"(\\d)\"").stream().map(Integer::parseInt).toList();
    List<Integer> mostSevereFirst = new ArrayList<>(severities);
    mostSevereFirst.sort(Comparator.reverseOrder());
    assertEquals(mostSevereFirst, severities, "most severe first");
    assertTrue(findings.contains("<th id=\"findings-severity\" aria-sort=\"descending\">"));
    assertTrue(findings.contains("<td>channel conflict</td><td class=\"num\">"), "counts per kind");
    assertTrue(page.contains("document.getElementById('findings-table')"), "the sorting script");
    assertFalse(page.contains("<script src"), "no external script");

    String registrations = section(page, "registrations");
    assertEquals(analysis.registrations().size(), count(registrations, "<td class=\"decision-"));
    for (RegistrationOutcome outcome : analysis.registrations()) {
      String decision = outcome.decision().name();
      assertTrue(
          registrations.contains(
              "<tr><td>"
                  + outcome.registrationId().value()
                  + "</td><td>"
                  + outcome.opportunityId().value()
                  + "</td><td>"),
          () -> outcome.toString());
      assertTrue(
          registrations.contains("<td class=\"decision-" + decision + "\">" + decision + "</td>"));
    }
    assertTrue(registrations.contains("<td class=\"decision-APPROVED\">APPROVED</td>"));

    String velocity = section(page, "velocity");
    assertEquals(1, count(velocity, CHART));
    assertTrue(velocity.contains(">Closed deals by route to market, "), "the chart's title");
    assertEquals(analysis.velocity().size(), count(velocity, "<tr><td>"));

    // The sample's won deals name three solutions, in EUR and USD: a stacked chart per currency.
    String stacks = section(page, "value-stacks");
    assertFalse(analysis.valueStacks().isEmpty());
    assertEquals(
        analysis.valueStacks().stream().map(stack -> stack.currency()).distinct().count(),
        count(stacks, CHART));
    assertTrue(stacks.contains("<tr><td>Claims on Cloud</td>"), stacks);
    assertTrue(stacks.contains("Quillon"), "the party's name in the chart and the table");
    assertTrue(stacks.contains("resale margin"), "the component in the chart's legend");
    assertTrue(
        registrations.contains("<td class=\"decision-REJECTED\">REJECTED</td>"),
        "the later of the two competing registrations");

    String trends = section(page, "trends");
    assertEquals(1, count(trends, CHART));
    assertTrue(analysis.trends().size() > AnalysisSections.MAX_TRENDS);
    assertTrue(
        trends.contains(
            "The chart shows the 10 of "
                + analysis.trends().size()
                + " relationships with the most half-years scored"));
    assertEquals(analysis.trends().size(), count(trends, "<tr><td>larchmere-"));
    assertTrue(trends.contains(" pts</td></tr>"), "latest changes");

    String evidence = section(page, "evidence");
    assertTrue(evidence.contains("id=\"elasticity-table\""), evidence);
    assertTrue(
        evidence.contains("Verdict: SUPPORTED. One more point of overall score went with "),
        evidence);
    assertEquals(4, matches(evidence, "<tr><td>(within|across)</td>").size(), evidence);
    assertTrue(evidence.contains("<figure class=\"chart\" id=\"evidence-chart\"><svg"), evidence);
    int table = evidence.indexOf("id=\"calibrated-table\"");
    assertEquals(
        EvidenceSection.CALIBRATED_SHOWN,
        matches(
                evidence.substring(table, evidence.indexOf("</table>", table)),
                "<tr><td class=\"num\">(\\d+)</td>")
            .size(),
        evidence);
    assertEquals(
        4,
        matches(evidence, "<tr><td>(revenue growth|win rate|average won deal|cycle days)</td>")
            .size());
    for (String lag : List.of("0", "1")) {
      assertEquals(
          1,
          matches(
                  evidence,
                  "(<tr data-lag=\""
                      + lag
                      + "\"><td class=\"num\">"
                      + lag
                      + "</td><td>[a-z -]+</td><td class=\"num\">\\d+</td>"
                      + "(<td class=\"num\">-?[01]\\.\\d{4}</td>){3}</tr>)")
              .size(),
          () -> "pairs, Pearson, Spearman and p-value at lag " + lag + ": " + evidence);
    }
    assertTrue(
        evidence.contains("from 10,000 random permutations of the revenues with seed 20260630"));
    assertTrue(
        page.indexOf("<section id=\"evidence\">") < page.indexOf("<section id=\"planning\">"));
  }

  @Test
  void showsTheJointPlanningOfTheBundledSample() {
    PortfolioReport report = sample(SamplePortfolio.source());
    String page = HtmlReport.render(report);
    String planning = section(page, "planning");

    // The attainment bars, a fund waterfall in GBP and one in USD, and the mind-share lines.
    assertEquals(4, count(planning, CHART), planning);
    assertTrue(planning.contains(">Plan objectives: actual and projection against target<"));
    assertTrue(planning.contains(">Joint marketing funds in GBP: from budget to remaining<"));
    assertTrue(planning.contains(">Joint marketing funds in USD: from budget to remaining<"));
    assertTrue(planning.contains(">push campaign ended<"), "the push campaign marked");

    // Attainment: five objectives, one of each status but on track more than once.
    assertEquals(5, count(planning, "<tr><td>plan-lc-2026</td>"));
    assertTrue(
        planning.contains(
            "<td>obj-won</td><td>won revenue</td><td>joint</td><td class=\"num\">GBP 1000000"
                + "</td><td class=\"num\">GBP 466100.00</td><td class=\"num\">46.6%</td>"
                + "<td class=\"num\">GBP 939925.41</td><td class=\"status-AT_RISK\">at risk</td>"),
        planning);
    assertTrue(planning.contains("<td class=\"status-OFF_TRACK\">off track</td>"));

    // Budget cycles: Larchmere's year starts in January, Corvane's in July.
    assertTrue(
        planning.contains(
            "<tr><td>larchmere-corvane</td><td>January</td><td>July</td><td class=\"num\">6</td>"
                + "<td class=\"severity-medium\">2026-04-01 (passed)</td></tr>"),
        planning);

    // Funds and the refused request.
    assertTrue(
        planning.contains(
            "<tr><td>bud-lc-larchmere-2026</td><td>larchmere-corvane</td><td>larchmere</td>"
                + "<td>GBP</td><td class=\"num\">120000.00</td><td class=\"num\">100000.00</td>"
                + "<td class=\"num\">98500.00</td><td class=\"num\">38500.00</td>"
                + "<td class=\"num\">20000.00</td><td class=\"num\">1</td></tr>"),
        planning);
    assertTrue(
        planning.contains("<td>request</td><td>req-lc-004</td><td>2026-04-10</td>"), planning);

    // Campaigns, and push against pull.
    assertTrue(
        planning.contains(
            "<tr><td>camp-lc-push-1</td><td>larchmere-corvane</td><td>PUSH</td>"
                + "<td class=\"num\">GBP 40,000</td>"),
        planning);
    assertEquals(2, count(table(planning, "planning-push-pull"), "<tr><td>larchmere-corvane</td>"));

    // Mind-share: three surveys, the last two compared, the last after the push campaign.
    String mindShare = table(planning, "planning-mindshare");
    assertEquals(3, count(mindShare, "<tr><td>larchmere-corvane</td>"));
    assertEquals(
        2,
        matches(mindShare, "<td class=\"num\">(0\\.\\d{4})</td><td>(?:yes|no)</td>").size(),
        "a p-value and a verdict for each compared survey");
    assertTrue(mindShare.contains("<td>yes</td><td>yes</td></tr>"), mindShare);
  }

  @Test
  void showsThePartnerProgrammeOfTheBundledSample() {
    PortfolioReport report = sample(SamplePortfolio.source());
    String page = HtmlReport.render(report);
    assertTrue(page.contains("<a href=\"#programme\">Partner programme</a>"));
    assertTrue(
        page.indexOf("<section id=\"evidence\">") < page.indexOf("<section id=\"programme\">"));
    assertTrue(
        page.indexOf("<section id=\"programme\">") < page.indexOf("<section id=\"problems\">"));
    String programme = section(page, "programme");

    // Pellworth is assigned Select but has won GBP 6,450 too little: the one row at risk.
    List<String> atRisk =
        matches(programme, "<tr class=\"at-risk\" data-at-risk=\"true\"><td>([^<]+)</td>");
    assertEquals(List.of("Pellworth Devices"), atRisk);
    assertTrue(programme.contains("needs GBP 6,450.00 more won revenue"));
    assertTrue(programme.contains("1 partner is below the assigned tier"), programme);

    // Each currency's total is the sum of its payout lines.
    Map<String, java.math.BigDecimal> sums = new java.util.TreeMap<>();
    Matcher line =
        Pattern.compile(
                "<tr><td>[^<]*</td><td>[^<]*</td><td>[^<]*</td><td>[^<]*</td><td>([A-Z]{3})</td>"
                    + "<td class=\"num\">[^<]*</td><td class=\"num\">[^<]*</td>"
                    + "<td class=\"num\">([0-9.]+)</td></tr>")
            .matcher(section(page, "programme"));
    while (line.find()) {
      sums.merge(line.group(1), new java.math.BigDecimal(line.group(2)), java.math.BigDecimal::add);
    }
    assertEquals(Set.of("EUR", "GBP", "USD"), sums.keySet());
    for (Map.Entry<String, java.math.BigDecimal> sum : sums.entrySet()) {
      assertTrue(
          programme.contains(
              "<th>"
                  + sum.getKey()
                  + "</th><th></th><th></th><th class=\"num\">"
                  + sum.getValue().toPlainString()
                  + "</th>"),
          () -> sum + " in " + programme);
    }

    // Ballinvane's small-business segment is white space.
    assertEquals(
        List.of("small business"),
        matches(programme, "<tr class=\"white-space\" data-white-space=\"true\"><td>([^<]+)</td>"));
    assertTrue(programme.contains("1 segment is white space"), programme);

    assertTrue(programme.contains("<td>acc-ashcombe</td><td class=\"num\">1</td>"));
    assertTrue(programme.contains("holds competency Cloud Migration needed by solution"));
    assertTrue(programme.contains("<tr class=\"no-solution\"><td>no solution</td>"));
    assertEquals(1, count(programme, CHART), "the solution results chart");
    assertTrue(programme.contains(">Solutions as teaming catalysts"), "the chart's title");
  }

  @Test
  void escapesTheTextOfTheAnalysis() {
    Map<String, String> files = Fixtures.files();
    files.put(
        "partners.csv", files.get("partners.csv").replace("Acme Software", "<b>Acme</b> & Sons"));

    String page = HtmlReport.render(report(files));

    assertFalse(page.contains("<b>Acme</b>"), "no markup from the data");
    assertTrue(
        section(page, "trends").contains("<td>&lt;b&gt;Acme&lt;/b&gt; &amp; Sons</td>"), page);
  }
}

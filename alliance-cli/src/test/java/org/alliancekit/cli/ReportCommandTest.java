package org.alliancekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.alliancekit.report.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReportCommandTest {
  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  private static String read(Path file) throws IOException {
    return Files.readString(file, UTF_8);
  }

  private static String csv(String... lines) {
    return String.join("\r\n", lines) + "\r\n";
  }

  @Test
  void writesEveryFileWithHandWorkedValues(@TempDir Path dir) throws IOException {
    Path in = Fixtures.write(Fixtures.files(), dir.resolve("in"));
    Path out = dir.resolve("out");

    Run run = Run.of("report", "--in", in.toString(), "--out", out.toString());

    assertEquals(ExitCodes.OK, run.code(), run::toString);
    // Each area of r-acme is the mean of its one factor over the two sides; the overall score is
    // the mean of the five areas, (0.4 + 0.3 + 0.2 + 0.3 + 0.3) / 5 = 0.3. Five of the 25
    // scorecard factors are rated: coverage 0.2.
    assertEquals(
        csv(
            "relationship_id,overall,commercial,technical,strategic,cultural,operational,coverage",
            "r-acme,0.3000,0.4000,0.3000,0.2000,0.3000,0.3000,0.2000",
            "r-globex,0.7000,0.7000,0.7000,0.7000,0.7000,0.7000,0.2000"),
        read(out.resolve("scores.csv")));
    // 1,000,000 at 30% reaching 65%: 1,000,000 x (0.65 / 0.3 - 1) = 1,166,666.67 GBP.
    // 5,000,000 at 70% reaching 85%: 5,000,000 x (0.85 / 0.7 - 1) = 1,071,428.57 USD, which at
    // 0.79 is 846,428.57 GBP: the smaller, weaker relationship ranks first.
    assertEquals(
        csv(
            "relationship_id,revenue,currency,current,attainable,uplift,uplift_converted,rank,"
                + "ranked_in",
            "r-acme,1000000.00,GBP,0.3000,0.6500,1166666.67,1166666.67,1,GBP",
            "r-globex,5000000.00,USD,0.7000,0.8500,1071428.57,846428.57,2,GBP"),
        read(out.resolve("potential.csv")));
    // o1 (100,000 GBP, won): sourced by acme (originator 0.5), globex co-sells (0.3): 62,500 and
    // 37,500. o4 (80,000 EUR = 68,000 GBP, won): sourced by globex (originator 0.5), acme delivers
    // (0.2): 48,571.43 and 19,428.57 (the odd penny to the larger remainder). o2 is open.
    assertEquals(
        csv(
            "partner_id,name,currency,sourced_won,sourced_revenue,influenced_won,"
                + "influenced_revenue,attributed_revenue",
            "globex,Globex Cloud,GBP,1,68000.00,1,100000.00,86071.43",
            "acme,Acme Software,GBP,1,100000.00,1,68000.00,81928.57"),
        read(out.resolve("attribution.csv")));
    // Q1: o1 won 100,000 and o2 open 50,000 at 0.2 (weighted 100,000 + 10,000); Q2: o4 won in
    // EUR, o3 open 200,000 USD at 0.9. Amounts stay in their own currency.
    assertEquals(
        csv(
            "period,currency,count,open_amount,weighted_amount,won_amount",
            "2026-Q1,GBP,2,50000.00,110000.00,100000.00",
            "2026-Q2,EUR,1,0.00,80000.00,80000.00",
            "2026-Q2,USD,1,200000.00,180000.00,0.00"),
        read(out.resolve("forecast.csv")));
    // Host rates every factor 3 of 10; the partner rates Co1 5 and S21 1.
    assertEquals(
        csv(
            "relationship_id,catalog,area,factor,host,partner,gap",
            "r-acme,SALES_SCORECARD,commercial,,0.3000,0.5000,-0.2000",
            "r-acme,SALES_SCORECARD,technical,,0.3000,0.3000,0.0000",
            "r-acme,SALES_SCORECARD,strategic,,0.3000,0.1000,0.2000",
            "r-acme,SALES_SCORECARD,cultural,,0.3000,0.3000,0.0000",
            "r-acme,SALES_SCORECARD,operational,,0.3000,0.3000,0.0000",
            "r-acme,SALES_SCORECARD,commercial,Co1,0.3000,0.5000,-0.2000",
            "r-acme,SALES_SCORECARD,technical,T14,0.3000,0.3000,0.0000",
            "r-acme,SALES_SCORECARD,strategic,S21,0.3000,0.1000,0.2000",
            "r-acme,SALES_SCORECARD,cultural,Cu31,0.3000,0.3000,0.0000",
            "r-acme,SALES_SCORECARD,operational,O39,0.3000,0.3000,0.0000"),
        read(out.resolve("gaps.csv")));
    assertEquals(csv("file,line,column,reason"), read(out.resolve("problems.csv")));
    assertTrue(Files.size(out.resolve("report.html")) > 10_000);
    assertTrue(run.out().contains("Top 2 by potential uplift (GBP):"), run::toString);
    assertTrue(
        run.out().contains("1  r-acme         Acme Software                30.0%      65.0%"),
        run::toString);
    assertTrue(run.out().contains("Report: " + out.resolve("report.html").toAbsolutePath()));
  }

  @Test
  void reportsABadRowWithItsLineAndStillWritesTheReport(@TempDir Path dir) throws IOException {
    Map<String, String> files = Fixtures.files();
    // Line 4 of opportunities.csv (o3) has an amount that is not a number.
    files.put(
        "opportunities.csv", files.get("opportunities.csv").replace("200000,USD", "lots,USD"));
    Path in = Fixtures.write(files, dir.resolve("in"));
    Path out = dir.resolve("out");

    Run run = Run.of("report", "--in", in.toString(), "--out", out.toString());

    assertEquals(ExitCodes.INPUT_PROBLEMS, run.code(), run::toString);
    List<String> problems = Files.readAllLines(out.resolve("problems.csv"), UTF_8);
    assertEquals(2, problems.size(), problems::toString);
    assertTrue(
        problems.get(1).startsWith("opportunities.csv,4,amount,INVALID_VALUE: "),
        problems::toString);
    // The report is made from the valid rows: o3 is gone from the forecast, the rest is there.
    assertEquals(
        csv(
            "period,currency,count,open_amount,weighted_amount,won_amount",
            "2026-Q1,GBP,2,50000.00,110000.00,100000.00",
            "2026-Q2,EUR,1,0.00,80000.00,80000.00"),
        read(out.resolve("forecast.csv")));
    assertTrue(read(out.resolve("potential.csv")).contains("r-acme,1000000.00,GBP"));
    String page = read(out.resolve("report.html"));
    assertTrue(
        page.contains("<td>opportunities.csv</td><td class=\"num\">4</td><td>amount</td>"), page);
    assertTrue(run.err().contains("problems.csv"), run::toString);
  }

  @Test
  void listsTheBadRowsOfEveryFileOfTheFolder(@TempDir Path dir) throws IOException {
    Map<String, String> files = Fixtures.files();
    files.put(
        "leads.csv",
        "lead_id,account_id,account_name,source_id,received_date,shared_with,status,opportunity_id\n"
            + "l1,n,Northwind,acme,2026-01-05,hq,NEW,\n"
            + "l2,n,Northwind,acme,2026-01-06,hq,CONVERTED,o-none\n");
    files.put("revenues.csv", "relationship_id,period,amount,currency\nr-acme,2025-H3,10,GBP\n");
    // The last partner's fiscal year starts in a month 13: that row (line 4) is left out.
    files.put(
        "partners.csv",
        "partner_id,name,kinds,country,employees,annual_revenue,currency,fiscal_year_start_month\n"
            + "hq,Host Ltd,SYSTEMS_INTEGRATOR,GB,5000,,GBP,4\n"
            + "acme,Acme Software,ISV,DE,120,,EUR,\n"
            + "globex,Globex Cloud,PLATFORM_VENDOR,US,80000,,USD,13\n");
    Path in = Fixtures.write(files, dir.resolve("in"));
    Path out = dir.resolve("out");

    Run run = Run.of("report", "--in", in.toString(), "--out", out.toString());

    assertEquals(ExitCodes.INPUT_PROBLEMS, run.code(), run::toString);
    List<String> problems = Files.readAllLines(out.resolve("problems.csv"), UTF_8);
    assertTrue(
        problems.stream()
            .anyMatch(
                line -> line.startsWith("partners.csv,4,fiscal_year_start_month,OUT_OF_RANGE")),
        problems::toString);
    assertTrue(
        problems.stream()
            .anyMatch(
                line ->
                    line.replace("\"", "")
                        .startsWith("leads.csv,3,opportunity_id,UNKNOWN_REFERENCE")),
        problems::toString);
    assertTrue(
        problems.stream()
            .anyMatch(
                line -> line.replace("\"", "").startsWith("revenues.csv,2,period,INVALID_VALUE")),
        problems::toString);
  }

  @Test
  void ranksARelationshipWithoutARateInItsOwnCurrency(@TempDir Path dir) throws IOException {
    Map<String, String> files = Fixtures.files();
    files.put("rates.csv", "from,to,rate\nUSD,GBP,0.79\n");
    files.put(
        "relationships.csv", files.get("relationships.csv").replace("1000000,GBP", "1000000,EUR"));
    Path in = Fixtures.write(files, dir.resolve("in"));
    Path out = dir.resolve("out");

    Run run = Run.of("report", "--in", in.toString(), "--out", out.toString());

    assertEquals(ExitCodes.INPUT_PROBLEMS, run.code(), run::toString);
    assertEquals(
        csv(
            "relationship_id,revenue,currency,current,attainable,uplift,uplift_converted,rank,"
                + "ranked_in",
            "r-globex,5000000.00,USD,0.7000,0.8500,1071428.57,846428.57,1,GBP",
            "r-acme,1000000.00,EUR,0.3000,0.6500,1166666.67,,1,EUR"),
        read(out.resolve("potential.csv")));
    String problems = read(out.resolve("problems.csv"));
    // The missing rate is one problem of the currency, not one per relationship.
    assertTrue(
        problems.contains(
            "rates.csv,0,,CURRENCY_MISMATCH: no rate converts EUR into the report currency GBP;"
                + " relationships in EUR are ranked among themselves in EUR: r-acme"),
        problems);
    assertEquals(1, problems.split("no rate converts", -1).length - 1, problems);
    // o4 is in EUR: it cannot be credited in GBP and says so.
    assertTrue(problems.contains("opportunity o4 is left out of the partner credit"), problems);
  }

  @Test
  void convertsIntoTheCurrencyAskedFor(@TempDir Path dir) throws IOException {
    Map<String, String> files = Fixtures.files();
    // Rates are not triangulated: EUR needs its own rate to USD.
    files.put("rates.csv", files.get("rates.csv") + "EUR,USD,1.08\n");
    Path in = Fixtures.write(files, dir.resolve("in"));
    Path out = dir.resolve("out");

    Run run = Run.of("report", "--in", in.toString(), "--out", out.toString(), "--currency", "usd");

    assertEquals(ExitCodes.OK, run.code(), run::toString);
    // 1,166,666.67 GBP / 0.79 = 1,476,793.25 USD, more than r-globex's 1,071,428.57 USD.
    assertEquals(
        csv(
            "relationship_id,revenue,currency,current,attainable,uplift,uplift_converted,rank,"
                + "ranked_in",
            "r-acme,1000000.00,GBP,0.3000,0.6500,1166666.67,1476793.25,1,USD",
            "r-globex,5000000.00,USD,0.7000,0.8500,1071428.57,1071428.57,2,USD"),
        read(out.resolve("potential.csv")));
  }

  @Test
  void escapesHostileNamesInThePageAndInTheCsvFiles(@TempDir Path dir) throws IOException {
    Map<String, String> files = Fixtures.files();
    files.put(
        "partners.csv",
        files
            .get("partners.csv")
            .replace("Acme Software", "<script>alert(1)</script>")
            .replace("Globex Cloud", "=HYPERLINK(\"x\")"));
    Path in = Fixtures.write(files, dir.resolve("in"));
    Path out = dir.resolve("out");

    Run run = Run.of("report", "--in", in.toString(), "--out", out.toString());

    assertEquals(ExitCodes.OK, run.code(), run::toString);
    String page = read(out.resolve("report.html"));
    assertEquals(1, count(page, "<script"), "the page's one script is its own: sorting findings");
    assertFalse(page.contains("<script>alert"), "no script element from the input");
    assertTrue(page.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "name shown as text");
    String attribution = read(out.resolve("attribution.csv"));
    assertTrue(attribution.contains("\"'=HYPERLINK(\"\"x\"\")\""), attribution);
    assertTrue(attribution.contains("<script>alert(1)</script>"), attribution);
  }

  @Test
  void thePageIsSelfContained(@TempDir Path dir) throws IOException {
    Path in = Fixtures.write(Fixtures.files(), dir.resolve("in"));
    Path out = dir.resolve("out");

    Run.of("report", "--in", in.toString(), "--out", out.toString());

    String page = read(out.resolve("report.html"));
    Matcher link =
        Pattern.compile("(?i)\\b(?:src|href|xlink:href)\\s*=\\s*[\"']?\\s*(?:https?:)?//")
            .matcher(page);
    assertFalse(link.find(), () -> "network reference: " + page.substring(link.start()));
    assertFalse(Pattern.compile("(?i)<(?:link|iframe|img)\\b").matcher(page).find());
    assertFalse(Pattern.compile("(?i)<script[^>]*\\bsrc\\b").matcher(page).find());
    assertEquals(1, count(page, "<script>"), "one inline script: sorting the findings");
    assertFalse(page.contains("@import"));
    // Charts: ranking, quadrant, two radars, pipeline, velocity, trends and the solution results
    // of the partner programme (the fixture's deals name no solution, so no value stack).
    assertEquals(8, count(page, "<svg"), page);
    assertTrue(page.contains("no joint venture"), "says why there is no comparison");
  }

  @Test
  void reportsOnTheBundledSampleByDefault(@TempDir Path dir) throws IOException {

    Run run = Run.of("report", "--out", dir.toString());

    assertEquals(ExitCodes.OK, run.code(), run::toString);
    for (String file :
        List.of(
            "scores.csv",
            "potential.csv",
            "attribution.csv",
            "forecast.csv",
            "gaps.csv",
            "motions.csv",
            "findings.csv",
            "registration_decisions.csv",
            "velocity.csv",
            "value_stacks.csv",
            "trends.csv",
            "evidence.csv",
            "plan_attainment.csv",
            "budget_cycles.csv",
            "funds.csv",
            "campaign_results.csv",
            "mindshare.csv",
            "tiers.csv",
            "payouts.csv",
            "coverage.csv",
            "matches.csv",
            "solution_results.csv",
            "problems.csv",
            "report.html")) {
      assertTrue(Files.size(dir.resolve(file)) > 0, file);
    }
    assertTrue(run.out().contains("from the bundled sample portfolio"), run::toString);
    // The latest date the sample records: a lead received on 30 June 2026.
    assertTrue(run.out().contains("as of            2026-06-30"), run::toString);
  }

  @Test
  void analysesAsOfTheDateAskedFor(@TempDir Path dir) throws IOException {
    Run run = Run.of("report", "--out", dir.toString(), "--as-of", "2026-03-31");

    assertEquals(ExitCodes.OK, run.code(), run::toString);
    assertTrue(run.out().contains("as of            2026-03-31"), run::toString);
    // reg-006 was submitted on 2026-06-20, after the as-of date: it is not decided yet.
    String decisions = Files.readString(dir.resolve("registration_decisions.csv"));
    assertTrue(decisions.contains("reg-005,"), decisions);
    assertFalse(decisions.contains("reg-006,"), decisions);
  }

  @Test
  void rejectsAnAsOfDateThatIsNoDateAsAUsageError(@TempDir Path dir) {
    Run run = Run.of("report", "--out", dir.toString(), "--as-of", "2026-13-01");

    assertEquals(ExitCodes.USAGE, run.code(), run::toString);
    assertTrue(run.err().contains("--as-of"), run::toString);
  }

  @Test
  void failsWithoutWritingWhenTheFolderIsMissing(@TempDir Path dir) {
    Run run =
        Run.of(
            "report",
            "--in",
            dir.resolve("nowhere").toString(),
            "--out",
            dir.resolve("out").toString());

    assertEquals(ExitCodes.FAILED, run.code(), run::toString);
    assertFalse(Files.exists(dir.resolve("out")));
    assertTrue(run.err().contains("does not exist"), run::toString);
  }

  @Test
  void rejectsAnUnknownCurrencyAsAUsageError(@TempDir Path dir) {
    Run run = Run.of("report", "--in", dir.toString(), "--currency", "XYZ1");

    assertEquals(ExitCodes.USAGE, run.code(), run::toString);
    assertTrue(run.err().contains("not an ISO 4217 currency code"), run::toString);
  }

  @Test
  void showsNoProgressWhenStandardErrorIsNotATerminal(@TempDir Path dir) throws IOException {
    Map<String, String> files = Fixtures.files();
    StringBuilder relationships = new StringBuilder(files.get("relationships.csv"));
    for (int i = 0; i < 1_200; i++) {
      relationships
          .append("r-")
          .append(i)
          .append(",hq,acme,SELL_WITH,SYMMETRIC,INFORMAL,2024-01-01,")
          .append(1000 + i)
          .append(",GBP\n");
    }
    files.put("relationships.csv", relationships.toString());
    Path in = Fixtures.write(files, dir.resolve("in"));

    Run run = Run.of("report", "--in", in.toString(), "--out", dir.resolve("out").toString());

    assertEquals(ExitCodes.OK, run.code(), run::toString);
    // Tests run without a terminal: progress would only clutter a file or a pipe.
    assertFalse(run.err().contains("scoring relationships"), run::toString);
    assertFalse(run.err().contains("reading"), run::toString);
  }

  @Test
  void withoutACommandPrintsTheUsage() {
    Run run = Run.of();

    assertEquals(ExitCodes.USAGE, run.code(), run::toString);
    assertTrue(run.err().contains("report"), run::toString);
    assertTrue(run.err().contains("attribute"), run::toString);
    assertTrue(run.err().contains("shapley"), run::toString);
  }

  private static int count(String text, String part) {
    int count = 0;
    for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
      count++;
    }
    return count;
  }
}

package org.alliancekit.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.alliancekit.analysis.AllianceAnalysis;
import org.alliancekit.planning.FundRefusal;
import org.alliancekit.report.sample.SamplePortfolio;
import org.alliancekit.scoring.relationship.Finding;
import org.alliancekit.scoring.relationship.FindingKind;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The joint planning files of the bundled sample, every figure worked out by hand from the sample's
 * records (larchmere-corvane, as of 2026-06-30: 181 of the 365 days of 2026 elapsed; USD to GBP at
 * 0.79), and the header rows a report without an analysis writes.
 */
class PlanningFilesTest {
  private static AllianceAnalysis analysis;

  @TempDir static Path dir;

  private static Map<String, List<String>> files;

  @BeforeAll
  static void writeTheSample() throws IOException {
    PortfolioReport report =
        PortfolioAnalysis.of(ReportScorings.standard())
            .analyse(PortfolioInput.read(SamplePortfolio.source()), Optional.empty());
    analysis = report.analysis().orElseThrow();
    files = new TreeMap<>();
    for (Path file : PlanningFiles.write(analysis.planning(), dir)) {
      files.put(file.getFileName().toString(), Files.readAllLines(file, UTF_8));
    }
  }

  @Test
  void planAttainmentOfEachObjective() {
    assertEquals(
        List.of(
            "plan_id,objective_id,metric,party_id,target,actual,attainment,projected,status",
            // the roadshow (12 January) and the summit (1 February); 2 x 365 / 181 = 4.03
            "plan-lc-2026,obj-campaigns,CAMPAIGNS_RUN,,2,2,1.0000,4.03,ON_TRACK",
            // corvane's leads shared with larchmere in 2026: lead-002, -017, -018 and -034
            "plan-lc-2026,obj-leads,LEADS_SHARED,corvane,8,4,0.5000,8.07,ON_TRACK",
            "plan-lc-2026,obj-opps,JOINT_OPPORTUNITIES,,20,13,0.6500,26.22,ON_TRACK",
            // 13 opportunities created from 1 January to 30 June involving both, GBP 14,920,460
            // with opp-26-070 (USD 384,000) and opp-26-090 converted; 30,088,220.44 < 32,000,000
            "plan-lc-2026,obj-pipeline,PIPELINE_CREATED,,40000000,14920460.00,0.3730,30088220.44,"
                + "OFF_TRACK",
            // won 2026-05-09 and involving both: opp-26-090, USD 590,000 x 0.79 = GBP 466,100;
            // 466,100 x 365 / 181 = 939,925.41, at least 80% of 1,000,000: at risk
            "plan-lc-2026,obj-won,WON_REVENUE,,1000000,466100.00,0.4661,939925.41,AT_RISK"),
        files.get(PlanningFiles.PLAN_ATTAINMENT));
  }

  @Test
  void budgetCyclesNameTheNextJointDeadline() {
    List<String> cycles = files.get(PlanningFiles.BUDGET_CYCLES);
    assertEquals(
        "relationship_id,host_fiscal_start_month,partner_fiscal_start_month,offset_months,"
            + "next_joint_deadline",
        cycles.get(0));
    assertEquals(41, cycles.size(), "a row per relationship");
    // January and July: six months apart; Corvane's next year starts on 2026-07-01, before
    // Larchmere's on 2027-01-01, less three months of lead time.
    assertTrue(cycles.contains("larchmere-corvane,1,7,6,2026-04-01"), cycles::toString);
    // January and April: three months; Larchmere's next start 2027-01-01 is before Nordhalt's
    // 2027-04-01.
    assertTrue(cycles.contains("larchmere-nordhalt,1,4,3,2026-10-01"), cycles::toString);
    Finding finding =
        analysis.findings().stream()
            .filter(f -> f.kind() == FindingKind.BUDGET_CYCLE_MISALIGNED)
            .filter(f -> f.relationship().orElseThrow().value().equals("larchmere-corvane"))
            .findFirst()
            .orElseThrow();
    assertTrue(finding.message().contains("2026-04-01"), finding.message());
  }

  @Test
  void fundsLedgerWithTheRefusedRequest() {
    assertEquals(
        List.of(
            "budget_id,relationship_id,party_id,currency,budget,approved_requests,"
                + "approved_claims,paid,remaining",
            // requests of 40,000 and 60,000 approved; the 30,000 of 10 April is beyond the 20,000
            // left and refused; claims 38,500 (paid) and 60,000
            "bud-lc-corvane-2025,larchmere-corvane,corvane,USD,150000.00,50000.00,45000.00,"
                + "45000.00,100000.00",
            "bud-lc-larchmere-2026,larchmere-corvane,larchmere,GBP,120000.00,100000.00,98500.00,"
                + "38500.00,20000.00"),
        files.get(PlanningFiles.FUNDS));
    List<FundRefusal> refusals = analysis.planning().refusals();
    assertEquals(1, refusals.size(), refusals::toString);
    assertEquals("req-lc-004", refusals.get(0).id());
  }

  @Test
  void campaignResultsPushAndPull() {
    assertEquals(
        List.of(
            "campaign_id,relationship_id,kind,currency,cost,leads,opportunities,pipeline,won,"
                + "cost_per_lead,return",
            // opp-26-001 and opp-26-095, both open: nothing won, a return of -1
            "camp-lc-pull-1,larchmere-corvane,PULL,GBP,60000.00,1,2,4747000.00,0.00,60000.00,"
                + "-1.0000",
            // opp-26-090 (GBP 466,100, won) and opp-26-018 (GBP 317,000); three leads;
            // (466,100 - 40,000) / 40,000 = 10.6525
            "camp-lc-push-1,larchmere-corvane,PUSH,GBP,40000.00,3,2,783100.00,466100.00,13333.33,"
                + "10.6525"),
        files.get(PlanningFiles.CAMPAIGN_RESULTS));
  }

  @Test
  void mindShareOfThreeHalfYearlySurveys() {
    List<String> rows = files.get(PlanningFiles.MINDSHARE);
    assertEquals(
        "relationship_id,survey_id,date,respondents,index,change,p_value,significant,"
            + "after_push_campaign",
        rows.get(0));
    assertEquals(4, rows.size());
    // 16 answers on 1..5 each: (sum - 16) / 64 x 100 = 35.9375, 42.1875 and 78.125
    assertTrue(
        rows.get(1).startsWith("larchmere-corvane,srv-lc-2025h1,2025-06-16,4,35.94,,,,"),
        rows.get(1));
    String[] second = rows.get(2).split(",", -1);
    assertEquals(List.of("srv-lc-2025h2", "2025-12-15", "4"), List.of(second).subList(1, 4));
    assertEquals("42.19", second[4]);
    // 42.1875 - 35.9375, each rounded to two places: 42.19 - 35.94 = 6.25
    assertEquals("6.25", second[5]);
    assertTrue(Double.parseDouble(second[6]) >= 0.05, rows.get(2));
    assertEquals("no", second[7], "a rise of 6.25 points in 16 answers is not significant");
    assertEquals("no", second[8], "no push campaign ended between the first two surveys");
    String[] third = rows.get(3).split(",", -1);
    assertEquals("srv-lc-2026h1", third[1]);
    // 78.125 rounded half to even, and the change from the rounded 42.19
    assertEquals("78.12", third[4]);
    assertEquals("35.93", third[5]);
    assertEquals("yes", third[7], "every answer rose by one or two points: " + rows.get(3));
    assertEquals("yes", third[8], "the roadshow ended on 2026-03-20, between the surveys");
    assertTrue(Double.parseDouble(third[6]) < 0.05, rows.get(3));
  }

  @Test
  void withoutAnAnalysisEachFileHasItsHeaderOnly(@TempDir Path empty) throws IOException {
    List<Path> written = PlanningFiles.writeHeaders(empty);
    assertEquals(
        List.of(
            "plan_attainment.csv",
            "budget_cycles.csv",
            "funds.csv",
            "campaign_results.csv",
            "mindshare.csv"),
        written.stream().map(p -> p.getFileName().toString()).toList());
    for (Path file : written) {
      assertEquals(1, Files.readAllLines(file, UTF_8).size(), file.toString());
    }
  }
}

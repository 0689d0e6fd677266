package org.alliancekit.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableListMultimap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.alliancekit.analysis.AllianceAnalysis;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.report.sample.SamplePortfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The partner programme files of the bundled sample, with answers worked out by hand from its
 * records: GBP the report currency, EUR at 0.85 GBP (rates.csv). The row-order law for these files
 * is in {@link AnalysisFilesTest}.
 */
class ProgrammeFilesTest {
  private static Map<String, List<String>> sampleFiles(Path dir) throws IOException {
    PortfolioReport report =
        PortfolioAnalysis.of(ReportScorings.standard())
            .analyse(
                new PortfolioInput(SamplePortfolio.read(), ImmutableListMultimap.of()),
                Optional.empty());
    AllianceAnalysis analysis = report.analysis().orElseThrow();
    Map<String, List<String>> files = new TreeMap<>();
    for (Path file : ProgrammeFiles.write(analysis.programme().orElseThrow(), dir)) {
      files.put(file.getFileName().toString(), Files.readAllLines(file, UTF_8));
    }
    return files;
  }

  @Test
  void theFilesHaveTheirColumns(@TempDir Path dir) throws IOException {
    Map<String, List<String>> files = sampleFiles(dir);
    assertEquals(
        Map.of(
            "tiers.csv", "partner_id,assigned_tier,qualified_tier,next_tier,missing",
            "payouts.csv", "partner_id,programme,kind,quarter,currency,basis,rate_percent,amount",
            "coverage.csv",
                "segment,industry,country,partners,partner_won,direct_won,currency,white_space",
            "matches.csv", "account_id,rank,partner_id,score,reasons",
            "solution_results.csv",
                "solution_id,deals,won,lost,win_rate,won_revenue,currency,average_won,"
                    + "average_cycle_days,teaming_partners"),
        Map.of(
            "tiers.csv", files.get("tiers.csv").get(0),
            "payouts.csv", files.get("payouts.csv").get(0),
            "coverage.csv", files.get("coverage.csv").get(0),
            "matches.csv", files.get("matches.csv").get(0),
            "solution_results.csv", files.get("solution_results.csv").get(0)));
  }

  /**
   * Pellworth, assigned Select (at least GBP 400,000 won in twelve months), won only opp-26-026:
   * EUR 463,000 x 0.85 = GBP 393,550 on 2026-04-18, GBP 6,450 short. It is at risk.
   */
  @Test
  void aPartnerJustBelowItsAssignedTierMissesTheShortfall(@TempDir Path dir) throws IOException {
    List<String> tiers = sampleFiles(dir).get("tiers.csv");
    assertTrue(
        tiers.contains(
            "pellworth,Select,Registered,Select,\"needs GBP 6,450.00 more won revenue\""),
        tiers::toString);
    // 40 partners besides the host, in id order.
    assertEquals(41, tiers.size());
    assertTrue(tiers.get(1).startsWith("amberholt,"), tiers.get(1));
  }

  /**
   * Pellworth's Q2 won revenue, GBP 393,550, reaches the Select rebate's threshold of GBP 250,000:
   * 2% is GBP 7,871.00; it sourced opp-26-026, so the referral reward pays 5% of EUR 463,000 in
   * EUR. Brackenhurst sourced opp-26-064 (GBP 68,000, won 2026-04-15): GBP 3,400.00.
   */
  @Test
  void rebatesAndReferralFeesPayTheirRates(@TempDir Path dir) throws IOException {
    List<String> payouts = sampleFiles(dir).get("payouts.csv");
    assertTrue(
        payouts.contains("pellworth,Growth rebate,REBATE,2026-Q2,GBP,393550.00,2,7871.00"),
        payouts::toString);
    assertTrue(
        payouts.contains("pellworth,Referral reward,REFERRAL_FEE,2026-Q2,EUR,463000.00,5,23150.00"),
        payouts::toString);
    assertTrue(
        payouts.contains(
            "brackenhurst,Referral reward,REFERRAL_FEE,2026-Q2,GBP,68000.00,5,3400.00"),
        payouts::toString);
    // Brackenhurst is assigned Registered, which no rebate pays.
    assertTrue(payouts.stream().noneMatch(line -> line.startsWith("brackenhurst,Growth rebate")));
  }

  /**
   * Ballinvane Credit Union is the sample's only small business; the host sells there alone
   * (opp-26-021 won, EUR 399,000 = GBP 339,150; opp-26-055 open) and no partner declares the
   * segment: white space.
   */
  @Test
  void aSegmentOnlyTheHostSellsToIsWhiteSpace(@TempDir Path dir) throws IOException {
    List<String> coverage = sampleFiles(dir).get("coverage.csv");
    List<String> white = coverage.stream().filter(line -> line.endsWith(",true")).toList();
    assertEquals(List.of("small business,Healthcare,IE,,0.00,339150.00,GBP,true"), white);
  }

  /**
   * Ashcombe's open direct deal opp-26-046 names Sovereign Landing Zone, which needs Cloud
   * Migration: the partners holding it valid earn the reason.
   */
  @Test
  void anOpenDirectDealIsMatchedWithThePartnersItsSolutionNeeds(@TempDir Path dir)
      throws IOException {
    List<String> matches = sampleFiles(dir).get("matches.csv");
    List<String> ashcombe =
        matches.stream().filter(line -> line.startsWith("acc-ashcombe,")).toList();
    assertEquals(5, ashcombe.size(), ashcombe::toString);
    assertTrue(
        ashcombe.stream()
            .anyMatch(
                line ->
                    line.contains(",amberholt,")
                        && line.contains(
                            "holds competency Cloud Migration needed by solution"
                                + " sovereign-zone")),
        ashcombe::toString);
    for (int rank = 1; rank <= 5; rank++) {
      assertTrue(ashcombe.get(rank - 1).startsWith("acc-ashcombe," + rank + ","));
    }
  }

  /** Sovereign Landing Zone: opp-26-090 won, opp-26-095 and opp-26-046 open. */
  @Test
  void eachSolutionHasItsResultsThenTheDealsWithNone(@TempDir Path dir) throws IOException {
    List<String> results = sampleFiles(dir).get("solution_results.csv");
    assertEquals(
        List.of("claims-cloud", "smart-metering", "sovereign-zone", ""),
        results.subList(1, results.size()).stream().map(line -> line.split(",", -1)[0]).toList());
    assertTrue(results.get(3).startsWith("sovereign-zone,3,1,0,1.0000,"), results.get(3));
  }

  @Test
  void aReportWithoutAnAnalysisWritesHeadersOnly(@TempDir Path dir) throws IOException {
    PortfolioReport report =
        PortfolioAnalysis.of(ReportScorings.standard())
            .analyse(
                new PortfolioInput(PortfolioData.builder().build(), ImmutableListMultimap.of()),
                Optional.empty());
    ReportFiles.write(report, dir);
    for (String file :
        List.of(
            ProgrammeFiles.TIERS,
            ProgrammeFiles.PAYOUTS,
            ProgrammeFiles.COVERAGE,
            ProgrammeFiles.MATCHES,
            ProgrammeFiles.SOLUTION_RESULTS)) {
      assertEquals(1, Files.readAllLines(dir.resolve(file), UTF_8).size(), file);
    }
  }
}

package org.alliancekit.io.csv;

import static org.alliancekit.io.csv.Problems.assertProblems;
import static org.alliancekit.io.csv.Problems.at;
import static org.alliancekit.io.csv.Problems.problemAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.Samples;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.SolutionId;
import org.alliancekit.model.programme.Incentive;
import org.alliancekit.model.programme.IncentiveKind;
import org.alliancekit.model.programme.PartnerTier;
import org.alliancekit.model.programme.ProgrammeTier;
import org.alliancekit.model.programme.SolutionNeed;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The four files of a partner programme: tiers, assigned tiers, incentives, solution needs. */
class ProgrammeCsvTest {
  private static final String TIERS_HEADER =
      "tier,rank,min_won_revenue,currency,min_competencies,required_competencies,min_score\n";
  private static final String INCENTIVES_HEADER =
      "programme,kind,tier,rate_percent,threshold,currency\n";

  @Test
  void readsTiersWithTheirRules() {
    ReadResult<ProgrammeTier> result =
        TiersCsv.read(
            new StringReader(
                TIERS_HEADER
                    + "Registered,1,0,GBP,,,\n"
                    + "Gold,2,500000.00,GBP,2,Data & AI;Cloud Migration,0.6\n"),
            "tiers.csv");
    assertTrue(result.isClean(), result::toString);
    assertEquals(List.of(Samples.registered(), Samples.gold()), result.values());
  }

  @Test
  void reportsEveryBadTierAtItsLine() {
    ReadResult<ProgrammeTier> result =
        TiersCsv.read(
            new StringReader(
                TIERS_HEADER
                    + "Gold,2,500000,GBP,2,Data & AI,0.6\n" // 2: good
                    + "Silver,0,100,GBP,,,\n" // 3: rank 0
                    + "Bronze,x,100,GBP,,,\n" // 4: rank not a number
                    + "Steel,4,-1,GBP,,,\n" // 5: negative minimum
                    + "Iron,5,1,QQQ,,,\n" // 6: no such currency
                    + "Tin,6,1,GBP,-2,,\n" // 7: negative count
                    + "Lead,7,1,GBP,,,1.5\n" // 8: score over 1
                    + ",8,1,GBP,,,\n"), // 9: no name
            "tiers.csv");
    assertProblems(
        result,
        at("tiers.csv", 3, "", ProblemKind.INVALID_VALUE),
        at("tiers.csv", 4, "rank", ProblemKind.INVALID_VALUE),
        at("tiers.csv", 5, "min_won_revenue", ProblemKind.OUT_OF_RANGE),
        at("tiers.csv", 6, "currency", ProblemKind.INVALID_VALUE),
        at("tiers.csv", 7, "min_competencies", ProblemKind.OUT_OF_RANGE),
        at("tiers.csv", 8, "", ProblemKind.INVALID_VALUE),
        at("tiers.csv", 9, "tier", ProblemKind.MISSING_VALUE));
    assertEquals(
        "tier Silver has rank 0, which must be at least 1", problemAt(result, 3, "").message());
    assertEquals(
        "tier Lead minimum score 1.5 must be between 0 and 1", problemAt(result, 8, "").message());
    assertEquals(1, result.values().size());
  }

  @Test
  void readsIncentivesAndReportsAThresholdWithoutItsCurrency() {
    ReadResult<Incentive> result =
        IncentivesCsv.read(
            new StringReader(
                INCENTIVES_HEADER
                    + "Growth rebate,REBATE,Gold,2.5,100000.00,GBP\n" // 2
                    + "Referral fee,referral_fee,,10,,\n" // 3
                    + "Rebate,REBATE,,2,1000,\n" // 4: no currency
                    + "Fee,REFERRAL_FEE,,2,,EUR\n" // 5: currency alone
                    + "Rebate,REBATE,,2,,\n" // 6: rebate without threshold
                    + "Fee,REFERRAL_FEE,,101,,\n" // 7: rate over 100
                    + "Fee,BONUS,,1,,\n"), // 8: no such kind
            "incentives.csv");
    assertEquals(List.of(Samples.rebate(), Samples.referralFee()), result.values());
    assertProblems(
        result,
        at("incentives.csv", 4, "currency", ProblemKind.MISSING_VALUE),
        at("incentives.csv", 5, "currency", ProblemKind.INVALID_VALUE),
        at("incentives.csv", 6, "", ProblemKind.INVALID_VALUE),
        at("incentives.csv", 7, "", ProblemKind.INVALID_VALUE),
        at("incentives.csv", 8, "kind", ProblemKind.INVALID_VALUE));
    assertEquals("a threshold needs its currency", problemAt(result, 4, "currency").message());
    assertEquals(
        "rebate programme Rebate needs a threshold (zero for none)",
        problemAt(result, 6, "").message());
  }

  @Test
  void readsAssignedTiersAndSolutionNeeds() {
    ReadResult<PartnerTier> tiers =
        PartnerTiersCsv.read(
            new StringReader("partner_id,tier\nacme,Gold\n,Gold\nglobex,\n"), "partner_tiers.csv");
    assertEquals(List.of(PartnerTier.of(Samples.ACME, "Gold")), tiers.values());
    assertProblems(
        tiers,
        at("partner_tiers.csv", 3, "partner_id", ProblemKind.MISSING_VALUE),
        at("partner_tiers.csv", 4, "tier", ProblemKind.MISSING_VALUE));
    ReadResult<SolutionNeed> needs =
        SolutionNeedsCsv.read(
            new StringReader("solution_id,competency\nclaims-on-cloud,Data & AI\nclaims,\n"),
            "solution_needs.csv");
    assertEquals(
        List.of(SolutionNeed.of(SolutionId.of("claims-on-cloud"), "Data & AI")), needs.values());
    assertProblems(needs, at("solution_needs.csv", 3, "competency", ProblemKind.MISSING_VALUE));
  }

  @Test
  void eachFileRoundTripsThroughWriteAndRead() throws IOException {
    List<ProgrammeTier> tiers = List.of(Samples.gold(), Samples.registered());
    StringWriter out = new StringWriter();
    TiersCsv.write(out, tiers);
    assertEquals(
        "tier,rank,min_won_revenue,currency,min_competencies,required_competencies,min_score\r\n"
            + "Gold,2,500000.00,GBP,2,Data & AI;Cloud Migration,0.6\r\n"
            + "Registered,1,0.00,GBP,0,,\r\n",
        out.toString());
    assertEquals(tiers, TiersCsv.read(new StringReader(out.toString()), "t").values());

    List<Incentive> incentives =
        List.of(
            Samples.rebate(),
            Samples.referralFee(),
            Incentive.builder()
                .programme("Yen rebate")
                .kind(IncentiveKind.REBATE)
                .ratePercent(new BigDecimal("1.25"))
                .threshold(Money.of(1_000_000, "JPY"))
                .build());
    out = new StringWriter();
    IncentivesCsv.write(out, incentives);
    assertEquals(
        "programme,kind,tier,rate_percent,threshold,currency\r\n"
            + "Growth rebate,REBATE,Gold,2.5,100000.00,GBP\r\n"
            + "Referral fee,REFERRAL_FEE,,10,,\r\n"
            + "Yen rebate,REBATE,,1.25,1000000,JPY\r\n",
        out.toString());
    assertEquals(incentives, IncentivesCsv.read(new StringReader(out.toString()), "i").values());

    List<PartnerTier> assigned = List.of(PartnerTier.of(Samples.ACME, "Gold"));
    out = new StringWriter();
    PartnerTiersCsv.write(out, assigned);
    assertEquals(assigned, PartnerTiersCsv.read(new StringReader(out.toString()), "p").values());

    List<SolutionNeed> needs = List.of(SolutionNeed.of(SolutionId.of("s"), "Data & AI"));
    out = new StringWriter();
    SolutionNeedsCsv.write(out, needs);
    assertEquals(needs, SolutionNeedsCsv.read(new StringReader(out.toString()), "n").values());
  }

  /** The clean folder of {@link PortfolioReaderTest} with a solution and a faulty programme. */
  private static final ImmutableMap<String, String> FOLDER =
      ImmutableMap.<String, String>builder()
          .putAll(PortfolioReaderTest.GOOD)
          .put(
              "solutions.csv",
              "solution_id,name,contributor_id,contribution,margin_percent\n"
                  + "claims,Claims,acme,SERVICES,\n")
          .put(
              "tiers.csv",
              TIERS_HEADER
                  + "Registered,1,0,GBP,,,\n"
                  + "Gold,2,500000,GBP,2,Data & AI,0.6\n"
                  + "Platinum,2,900000,GBP,,,\n") // 4: rank 2 again
          .put(
              "partner_tiers.csv",
              "partner_id,tier\n"
                  + "acme,Gold\n"
                  + "acme,Registered\n" // 3: acme again
                  + "ghost,Gold\n" // 4: no such partner
                  + "hq,Diamond\n") // 5: no such tier
          .put(
              "incentives.csv",
              INCENTIVES_HEADER
                  + "Growth rebate,REBATE,Gold,2.5,100000,GBP\n"
                  + "Growth rebate,REBATE,Gold,3,100000,GBP\n" // 3: Gold twice
                  + "Fee,REFERRAL_FEE,Diamond,10,,\n") // 4: no such tier
          .put(
              "solution_needs.csv",
              "solution_id,competency\n"
                  + "claims,Data & AI\n"
                  + "nothing,Cloud\n") // 3: no such solution
          .buildOrThrow();

  @Test
  void theFolderReportsEveryRecordThatBreaksARuleAcrossRecordsAtItsLine() {
    PortfolioData data = PortfolioReader.standard().read(PortfolioReaderTest.source(FOLDER));
    assertProblems(
        data.problems(),
        at("tiers.csv", 4, "rank", ProblemKind.DUPLICATE),
        at("partner_tiers.csv", 3, "partner_id", ProblemKind.DUPLICATE),
        at("partner_tiers.csv", 4, "partner_id", ProblemKind.UNKNOWN_REFERENCE),
        at("partner_tiers.csv", 5, "tier", ProblemKind.UNKNOWN_REFERENCE),
        at("incentives.csv", 3, "tier", ProblemKind.DUPLICATE),
        at("incentives.csv", 4, "tier", ProblemKind.UNKNOWN_REFERENCE),
        at("solution_needs.csv", 3, "solution_id", ProblemKind.UNKNOWN_REFERENCE));
    assertEquals(2, data.tiers().size());
    assertEquals(List.of(PartnerTier.of(PartnerId.of("acme"), "Gold")), data.partnerTiers());
    assertEquals(1, data.incentives().size());
    assertEquals(1, data.solutionNeeds().size());
    assertEquals(List.of(), data.portfolio().orElseThrow().problems());
  }

  @Test
  void aFolderWithAProgrammeIsWrittenAndReadAgainEqual(@TempDir Path dir) throws IOException {
    Map<String, String> good = new HashMap<>(FOLDER);
    good.put(
        "tiers.csv", TIERS_HEADER + "Registered,1,0,GBP,,,\nGold,2,500000,GBP,2,Data & AI,0.6\n");
    good.put("partner_tiers.csv", "partner_id,tier\nacme,Gold\n");
    good.put(
        "incentives.csv",
        INCENTIVES_HEADER
            + "Growth rebate,REBATE,Gold,2.5,100000,GBP\n"
            + "Fee,REFERRAL_FEE,,10,,\n");
    good.put("solution_needs.csv", "solution_id,competency\nclaims,Data & AI\n");
    PortfolioData data = PortfolioReader.standard().read(PortfolioReaderTest.source(good));
    assertEquals(List.of(), data.problems());
    assertEquals(2, data.incentives().size());
    PortfolioWriter.write(data, dir.resolve("copy"));
    assertEquals(data, PortfolioReader.standard().read(dir.resolve("copy")));
  }

  @Test
  void rejectsNullsEverywhere() {
    for (Class<?> type :
        List.of(
            TiersCsv.class, PartnerTiersCsv.class, IncentivesCsv.class, SolutionNeedsCsv.class)) {
      Samples.nullPointerTester().testAllPublicStaticMethods(type);
    }
  }
}

package org.alliancekit.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import javax.money.Monetary;
import javax.money.MonetaryAmount;
import org.alliancekit.io.csv.PortfolioReader;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.relationship.RelationshipId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioAnalysisTest {
  private static final PortfolioAnalysis ANALYSIS = PortfolioAnalysis.of(new TestScoring());

  private static PortfolioReader.Source source(Map<String, String> files) {
    return name ->
        Optional.ofNullable(files.get(name)).map(text -> (Reader) new StringReader(text));
  }

  private static PortfolioReport analyse(Map<String, String> files) {
    return ANALYSIS.analyse(PortfolioInput.read(source(files)), Optional.empty());
  }

  private static ReportRelationship relationship(PortfolioReport report, String id) {
    return report.relationships().stream()
        .filter(r -> r.id().equals(RelationshipId.of(id)))
        .findFirst()
        .orElseThrow();
  }

  private static MonetaryAmount gbp(String amount) {
    return Money.of(new BigDecimal(amount), "GBP");
  }

  /** The fixture with a joint venture of acme and globex and four more open deals. */
  private static Map<String, String> withJointVenture() {
    Map<String, String> files = Fixtures.files();
    files.put(
        "partners.csv", files.get("partners.csv") + "jv,Acme Globex JV,JOINT_VENTURE,GB,50,,GBP\n");
    files.put(
        "opportunities.csv",
        files.get("opportunities.csv")
            + "o5,n5,Umbrella,Edge,10000,GBP,Prospect,2026-02-01,2026-09-30,hq,PARTNER_INFLUENCED\n"
            + "o6,n6,Hooli,Search,20000,GBP,Qualified,2026-02-01,2026-09-30,hq,PARTNER_INFLUENCED\n"
            + "o7,n7,Stark,Labs,40000,GBP,Qualified,2026-02-01,2026-09-30,hq,PARTNER_INFLUENCED\n"
            + "o8,n8,Wayne,Ops,5000,GBP,Prospect,2026-03-01,2026-09-30,hq,PARTNER_INFLUENCED\n");
    files.put(
        "involvements.csv",
        files.get("involvements.csv")
            + "o5,jv,CO_SELLER,\n"
            + "o5,acme,TECHNOLOGY_PROVIDER,\n"
            + "o6,jv,CO_SELLER,\n"
            + "o6,globex,TECHNOLOGY_PROVIDER,\n"
            + "o7,jv,CO_SELLER,\n"
            + "o7,acme,TECHNOLOGY_PROVIDER,\n"
            + "o7,globex,TECHNOLOGY_PROVIDER,\n"
            + "o8,acme,CO_SELLER,\n"
            + "o8,globex,CO_SELLER,\n");
    return files;
  }

  @Test
  void reportsInTheHostsCurrencyUnlessAskedOtherwise() {
    PortfolioInput input = PortfolioInput.read(source(Fixtures.files()));

    assertEquals("GBP", ANALYSIS.analyse(input, Optional.empty()).currency().getCurrencyCode());
    assertEquals(
        "EUR",
        ANALYSIS
            .analyse(input, Optional.of(Monetary.getCurrency("EUR")))
            .currency()
            .getCurrencyCode());
  }

  @Test
  void ranksTheLowScoringSmallRelationshipAboveTheHighScoringLargeOne() {
    PortfolioReport report = analyse(Fixtures.files());

    ReportRelationship acme = relationship(report, "r-acme");
    ReportRelationship globex = relationship(report, "r-globex");
    assertEquals(OptionalInt.of(1), acme.rank());
    assertEquals(Optional.of(gbp("1166666.67")), acme.upliftConverted());
    assertEquals(OptionalInt.of(2), globex.rank());
    assertEquals(Optional.of(gbp("846428.57")), globex.upliftConverted());
    // 5,000,000 USD at 0.79.
    assertEquals(Optional.of(gbp("3950000.00")), globex.revenueConverted());
    assertEquals(List.of(acme, globex), report.ranking());
    assertEquals(2, report.scored());
    assertFalse(report.hasErrors());
  }

  @Test
  void aRelationshipScoredZeroHasNoUpliftAndNoRank() {
    Map<String, String> files = Fixtures.files();
    files.put("assessments.csv", files.get("assessments.csv").replace(",7\n", ",0\n"));

    PortfolioReport report = analyse(files);

    ReportRelationship globex = relationship(report, "r-globex");
    assertEquals(0.0, globex.score().orElseThrow().overall());
    assertEquals(Optional.empty(), globex.uplift());
    assertEquals(OptionalInt.empty(), globex.rank());
    assertEquals(List.of(relationship(report, "r-acme")), report.ranking());
  }

  @Test
  void aRelationshipThatCannotBeScoredIsAProblemAndTheOthersAreScored() {
    ReportScoring failing =
        (row, assessments) -> {
          if (row.id().equals(RelationshipId.of("r-globex"))) {
            throw new IllegalArgumentException("mixed catalogs");
          }
          return new TestScoring().score(row, assessments);
        };

    PortfolioReport report =
        PortfolioAnalysis.of(failing)
            .analyse(PortfolioInput.read(source(Fixtures.files())), Optional.empty());

    assertEquals(Optional.empty(), relationship(report, "r-globex").score());
    assertTrue(relationship(report, "r-acme").score().isPresent());
    assertEquals(
        List.of(
            Problem.inFile(
                "assessments.csv",
                0,
                "relationship_id",
                ProblemKind.INVALID_VALUE,
                "relationship r-globex cannot be scored: mixed catalogs")),
        report.problems());
  }

  @Test
  void relationshipsWithoutAssessmentsAreListedUnscored() {
    Map<String, String> files = Fixtures.files();
    files.put(
        "relationships.csv",
        files.get("relationships.csv")
            + "r-new,hq,acme,SELL_TO,ASYMMETRIC,INFORMAL,2026-01-01,0,GBP\n");

    PortfolioReport report = analyse(files);

    assertEquals(3, report.relationships().size());
    assertEquals(Optional.empty(), relationship(report, "r-new").score());
    assertEquals(2, report.ranking().size());
  }

  @Test
  void sumsThePipelineByQuarterAndStageInTheReportCurrency() {
    PortfolioReport report = analyse(Fixtures.files());

    assertEquals(
        Map.of(
            "2026-Q1", Map.of("Qualified", gbp("50000.00"), "Launched", gbp("100000.00")),
            // 200,000 USD at 0.79 and 80,000 EUR at 0.85.
            "2026-Q2", Map.of("Committed", gbp("158000.00"), "Launched", gbp("68000.00"))),
        report.pipeline().rowMap());
    assertEquals(
        List.of("Qualified", "Committed", "Launched"),
        List.copyOf(report.pipeline().columnKeySet()));
  }

  @Test
  void comparesTheJointVenturesPipelinesWithParentsInferred() {
    PortfolioReport report = analyse(withJointVenture());

    assertEquals(1, report.ventures().size(), report.ventureNotes()::toString);
    VentureComparison venture = report.ventures().get(0);
    assertEquals(ImmutableList.of(PartnerId.of("acme"), PartnerId.of("globex")), venture.parents());
    assertTrue(venture.parentsInferred());
    // Open deals: alliance o7 o8; jv o5 o6 o7; jv+acme o5 o7; jv+globex o6 o7.
    assertEquals(
        ImmutableMap.of(
            "alliance", gbp("45000.00"),
            "jv", gbp("70000.00"),
            "jv+acme", gbp("50000.00"),
            "jv+globex", gbp("60000.00")),
        venture.totals());
    assertEquals(gbp("5000.00"), venture.onlyIn().get("alliance"));
    assertEquals(gbp("0.00"), venture.onlyIn().get("jv"));
    assertTrue(
        report.ventureNotes().get(0).contains("inferred from the opportunities"),
        report.ventureNotes()::toString);
  }

  @Test
  void takesTheParentsFromTheVenturesFileAndReportsItsBadRows() {
    Map<String, String> files = withJointVenture();
    files.put(
        "ventures.csv",
        "venture_id,parent_id\njv,globex\njv,acme\njv,nobody\nacme,globex\njv,acme\n");

    PortfolioReport report = analyse(files);

    VentureComparison venture = report.ventures().get(0);
    assertEquals(ImmutableList.of(PartnerId.of("globex"), PartnerId.of("acme")), venture.parents());
    assertFalse(venture.parentsInferred());
    assertEquals(
        List.of(
            Problem.inFile(
                "ventures.csv",
                4,
                "parent_id",
                ProblemKind.UNKNOWN_REFERENCE,
                "parent nobody of venture jv is not another partner in partners.csv"),
            Problem.inFile(
                "ventures.csv",
                5,
                "venture_id",
                ProblemKind.UNKNOWN_REFERENCE,
                "venture acme is not a partner of kind JOINT_VENTURE in partners.csv"),
            Problem.inFile(
                "ventures.csv",
                6,
                "parent_id",
                ProblemKind.DUPLICATE,
                "parent acme of venture jv is listed twice")),
        report.problems());
  }

  @Test
  void aCurrencyWithoutRateStaysACurrencyMismatchInTheReport() {
    Map<String, String> files = Fixtures.files();
    files.put("rates.csv", "from,to,rate\nEUR,GBP,0.85\n");

    PortfolioReport report = analyse(files);

    List<Problem> usd =
        report.problems().stream().filter(p -> p.message().contains("USD")).toList();
    assertFalse(usd.isEmpty(), report.problems()::toString);
    assertTrue(
        usd.stream().allMatch(p -> p.kind() == ProblemKind.CURRENCY_MISMATCH),
        report.problems()::toString);
    assertTrue(
        usd.stream().anyMatch(p -> p.file().equals("opportunities.csv")),
        report.problems()::toString);
    assertTrue(
        report.problems().stream().noneMatch(p -> p.kind() == ProblemKind.UNKNOWN_REFERENCE),
        report.problems()::toString);
  }

  @Test
  void saysWhyThereIsNoJointVentureComparison() {
    assertTrue(analyse(Fixtures.files()).ventureNotes().get(0).contains("no joint venture"));

    Map<String, String> files = Fixtures.files();
    files.put(
        "partners.csv", files.get("partners.csv") + "jv,Lonely JV,JOINT_VENTURE,GB,50,,GBP\n");
    PortfolioReport report = analyse(files);
    assertEquals(List.of(), report.ventures());
    assertTrue(
        report.ventureNotes().get(0).contains("its parents cannot be told from the opportunities"),
        report.ventureNotes()::toString);
  }

  @Test
  void readsTheSameFolderFromDisk(@TempDir Path dir) throws IOException {
    Path folder = Fixtures.write(Fixtures.files(), dir);

    assertEquals(
        ANALYSIS.analyse(PortfolioInput.read(source(Fixtures.files())), Optional.empty()),
        ANALYSIS.analyse(PortfolioInput.read(folder), Optional.empty()));
  }

  @Test
  void theAnalysisOfTheRecordsReportsEachOfItsPhases() {
    List<String> updates = new ArrayList<>();
    ANALYSIS
        .withProgress(
            (phase, done, total) -> {
              if (phase.startsWith("analysing")) {
                updates.add(phase + " " + done + "/" + total);
              }
            })
        .analyse(
            PortfolioInput.read(org.alliancekit.report.sample.SamplePortfolio.source()),
            Optional.empty());
    List<String> expected = new ArrayList<>();
    for (int done = 0; done <= 11; done++) {
      expected.add("analysing the records (phases) " + done + "/11");
    }
    assertEquals(expected, updates);
  }
}

package org.alliancekit.io.csv;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.alliancekit.io.csv.Problems.assertProblems;
import static org.alliancekit.io.csv.Problems.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliancekit.io.PartnerRow;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.RelationshipRow;
import org.alliancekit.io.Samples;
import org.alliancekit.model.assessment.Rating;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.money.ExchangeRates;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.pipeline.StageModels;
import org.alliancekit.model.relationship.Formality;
import org.alliancekit.model.relationship.FormalityKind;
import org.alliancekit.model.relationship.Relationship;
import org.alliancekit.model.relationship.RelationshipId;
import org.alliancekit.model.relationship.SellWith;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PortfolioReaderTest {
  /** A clean folder: partners hq, acme and globex, two relationships, one opportunity. */
  static final ImmutableMap<String, String> GOOD =
      ImmutableMap.of(
          "partners.csv",
          "partner_id,name,kinds,country,employees,annual_revenue,currency\n"
              + "hq,Host Ltd,SYSTEMS_INTEGRATOR,GB,5000,,GBP\n"
              + "acme,Acme,ISV,DE,120,,EUR\n"
              + "globex,Globex,PLATFORM_VENDOR,US,80000,,USD\n",
          "relationships.csv",
          "relationship_id,host_id,partner_id,motion,symmetry,formality,start_date,"
              + "alliance_revenue,currency\n"
              + "r-acme,hq,acme,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1000000,EUR\n"
              + "r-globex,hq,globex,SELL_THROUGH,ASYMMETRIC,CONTRACT,2023-07-01,5000000,USD\n",
          "assessments.csv",
          "assessment_id,relationship_id,side,assessor,date,catalog,scale,factor_code,rating\n"
              + "a1,r-acme,HOST,Dana Reyes (Alliance"
              + " manager),2026-03-31,SALES_SCORECARD,0..10,Co1,7\n"
              + "a1,r-acme,HOST,Dana Reyes (Alliance"
              + " manager),2026-03-31,SALES_SCORECARD,0..10,S25,\n",
          "opportunities.csv",
          "opportunity_id,account_id,account_name,name,amount,currency,stage,created_date,close_date,owner_id,origin\n"
              + "o1,n,Northwind,Claims,250000,GBP,Qualified,2026-01-10,2026-06-30,hq,PARTNER_SOURCED\n",
          "involvements.csv",
          "opportunity_id,partner_id,role,since_date\no1,acme,ORIGINATOR,\n",
          "rates.csv",
          "from,to,rate\nEUR,GBP,0.85\nUSD,GBP,0.79\n");

  /** A source over file texts, as an application might bundle them. */
  static PortfolioReader.Source source(Map<String, String> files) {
    return name ->
        Optional.ofNullable(files.get(name)).map(text -> (Reader) new StringReader(text));
  }

  private static Map<String, String> with(String file, String text) {
    Map<String, String> files = new HashMap<>(GOOD);
    files.put(file, text);
    return files;
  }

  @Test
  void readsAWholePortfolio() {
    PortfolioData data = PortfolioReader.standard().read(source(GOOD));
    assertTrue(data.problems().isEmpty(), data.problems()::toString);
    assertEquals(3, data.partners().size());
    assertEquals(Optional.of(Samples.GBP), data.partner(Samples.HOST).orElseThrow().currency());
    assertEquals(2, data.relationships().size());
    assertEquals(
        ImmutableList.of(Rating.of("Co1", 7), Rating.unknown("S25")),
        data.assessmentsOf(RelationshipId.of("r-acme")).get(0).ratings());
    assertEquals(1, data.opportunities().size());
    assertEquals(Samples.rates(), data.rates());
    assertEquals(StageModels.coSell(), PortfolioReader.standard().stages());
  }

  @Test
  void givesOneIdObjectPerIdTextAcrossTheFiles() {
    PortfolioData data = PortfolioReader.standard().read(source(GOOD));
    Partner host = data.partner(Samples.HOST).orElseThrow().partner();
    Partner acme = data.partner(PartnerId.of("acme")).orElseThrow().partner();
    Relationship withAcme =
        data.relationships().stream()
            .map(RelationshipRow::relationship)
            .filter(relationship -> relationship.partner().equals(acme.id()))
            .findFirst()
            .orElseThrow();
    Opportunity opportunity = data.opportunities().get(0);
    // partners.csv gave the ids; relationships.csv, opportunities.csv and involvements.csv
    // name the same parties and get the same objects, not equal copies.
    assertSame(acme.id(), withAcme.partner());
    assertSame(host.id(), withAcme.host());
    assertSame(host.id(), opportunity.owner());
    assertSame(acme.id(), opportunity.involvements().get(0).party());
    assertSame(
        withAcme.id(), data.assessmentsOf(RelationshipId.of("r-acme")).get(0).relationship());
  }

  @Test
  void givesOneAccountObjectPerAccountIdAndNameAcrossOpportunitiesAndLeads() {
    PortfolioData data =
        PortfolioReader.standard()
            .read(
                source(
                    with(
                        "leads.csv",
                        "lead_id,account_id,account_name,source_id,received_date,shared_with,status\n"
                            + "l1,n,Northwind,acme,2026-01-05,hq,NEW\n"
                            + "l2,n,Northwind Ltd,acme,2026-01-06,hq,NEW\n")));
    assertTrue(data.problems().isEmpty(), data.problems()::toString);
    Account ofOpportunity = data.opportunities().get(0).account();
    // The first lead names the account as opportunities.csv does and gets the same object; the
    // second gives another name, so it gets an account of its own with the same id object.
    assertSame(ofOpportunity, data.leads().get(0).account());
    assertEquals("Northwind Ltd", data.leads().get(1).account().name());
    assertSame(ofOpportunity.id(), data.leads().get(1).account().id());
  }

  @Test
  void tellsHowManyLinesAreReadAndReadsTheSame() {
    List<String> heard = new ArrayList<>();
    PortfolioData data =
        PortfolioReader.standard()
            .read(source(GOOD), (file, lines) -> heard.add(file + " " + lines));
    assertEquals(PortfolioReader.standard().read(source(GOOD)), data);
    // Each file's count is told when it is closed: 4 lines of partners.csv, then 3 of
    // relationships.csv, 3 of assessments.csv, 2 of opportunities.csv and of involvements.csv
    // (opened together), 3 of rates.csv; a missing file is not opened.
    assertEquals(
        List.of(
            "partners.csv 4",
            "relationships.csv 7",
            "assessments.csv 10",
            "opportunities.csv 14",
            "involvements.csv 14",
            "rates.csv 17"),
        heard);
  }

  @Test
  void tellsEveryTenThousandLines() {
    StringBuilder partners = new StringBuilder(GOOD.get("partners.csv"));
    for (int i = 0; i < 25_000; i++) {
      partners.append('p').append(i).append(",Partner ").append(i).append(",ISV,US,,,\n");
    }
    List<Long> heard = new ArrayList<>();
    PortfolioReader.standard()
        .read(source(with("partners.csv", partners.toString())), (file, lines) -> heard.add(lines));
    // 25,004 lines of partners.csv: told at 10,000 and 20,000 (or just past, where a buffer ends)
    // and at the end of the file.
    assertEquals(3 + 5, heard.size(), heard::toString);
    assertTrue(heard.get(0) >= 10_000 && heard.get(0) < 20_000, heard::toString);
    assertTrue(heard.get(1) >= 20_000 && heard.get(1) < 25_004, heard::toString);
    assertEquals(25_004L, heard.get(2));
    assertEquals(25_004L + 3 + 3 + 2 + 2 + 3, heard.get(heard.size() - 1));
  }

  @Test
  void readsAFolderOfUtf8FilesWithByteOrderMarks(@TempDir Path dir) throws IOException {
    for (Map.Entry<String, String> file : GOOD.entrySet()) {
      byte[] text = file.getValue().getBytes(UTF_8);
      byte[] withBom = new byte[text.length + 3];
      withBom[0] = (byte) 0xEF;
      withBom[1] = (byte) 0xBB;
      withBom[2] = (byte) 0xBF;
      System.arraycopy(text, 0, withBom, 3, text.length);
      Files.write(dir.resolve(file.getKey()), withBom);
    }
    PortfolioData data = PortfolioReader.standard().read(dir);
    assertEquals(ImmutableList.of(), data.problems());
    assertEquals(PortfolioReader.standard().read(source(GOOD)), data);
  }

  @Test
  void withoutRatesHasNoRatesAndNoProblem() {
    Map<String, String> files = new HashMap<>(GOOD);
    files.remove("rates.csv");
    PortfolioData data = PortfolioReader.standard().read(source(files));
    assertEquals(ExchangeRates.empty(), data.rates());
    assertFalse(data.hasErrors());
  }

  @Test
  void aMistypedHostOnTheFirstRelationshipLeavesOutThatRelationshipOnly() {
    Map<String, String> files =
        with(
            "relationships.csv",
            "relationship_id,host_id,partner_id,motion,symmetry,formality,start_date,"
                + "alliance_revenue,currency\n"
                + "r-acme,nobody,acme,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2024-01-15,1000000,EUR\n"
                + "r-globex,hq,globex,SELL_THROUGH,ASYMMETRIC,CONTRACT,2023-07-01,5000000,USD\n"
                + "r-acme-2,hq,acme,SELL_WITH,SYMMETRIC,QUID_PRO_QUO,2025-01-15,1,EUR\n");
    PortfolioData data = PortfolioReader.standard().read(source(files));
    assertEquals(Optional.of(PartnerId.of("hq")), data.host());
    assertEquals(
        "relationship r-acme has host nobody, not the portfolio's host hq",
        data.problems().get(0).message());
    assertEquals(2, data.problems().get(0).line());
    assertEquals(
        List.of("r-globex", "r-acme-2"),
        data.relationships().stream().map(row -> row.id().value()).toList());
  }

  @Test
  void onlyPartnersAndRelationshipsAreRequired() {
    Map<String, String> files = new HashMap<>();
    files.put("partners.csv", GOOD.get("partners.csv"));
    files.put("relationships.csv", GOOD.get("relationships.csv"));
    PortfolioData data = PortfolioReader.standard().read(source(files));
    assertEquals(List.of(), data.problems());
    assertEquals(
        PortfolioReader.standard().read(source(GOOD)).relationships(), data.relationships());
    assertTrue(data.opportunities().isEmpty());
    assertTrue(data.assessments().isEmpty());

    files.remove("relationships.csv");
    assertProblems(
        PortfolioReader.standard().read(source(files)).problems(),
        at("relationships.csv", 0, "", ProblemKind.UNREADABLE_FILE));
  }

  @Test
  void reportsAMissingFileAndReadsTheOthers() {
    Map<String, String> files = new HashMap<>(GOOD);
    files.remove("involvements.csv");
    files.remove("partners.csv");
    PortfolioData data = PortfolioReader.standard().read(source(files));
    assertProblems(
        data.problems(),
        at("partners.csv", 0, "", ProblemKind.UNREADABLE_FILE),
        // involvements.csv is optional: without it o1 has no partner, which its origin needs.
        at("opportunities.csv", 2, "origin", ProblemKind.INVALID_VALUE));
    // Without partners.csv the references to partners are not checked.
    assertEquals(2, data.relationships().size());
    assertEquals(1, data.assessments().size());
  }

  @Test
  void leavesOutValuesThatReferToWhatIsNotThere() {
    Map<String, String> files =
        with(
            "relationships.csv",
            GOOD.get("relationships.csv")
                + "r-x,hq,initech,SELL_TO,ASYMMETRIC,INFORMAL,2025-01-01,1,GBP\n"
                + "r-y,nobody,acme,SELL_TO,ASYMMETRIC,INFORMAL,2025-01-01,1,GBP\n");
    files.put(
        "assessments.csv",
        GOOD.get("assessments.csv")
            + "a2,r-x,PARTNER,Li Wei,2026-03-31,SALES_SCORECARD,0..10,Co1,3\n"
            + "a2,r-x,PARTNER,Li Wei,2026-03-31,SALES_SCORECARD,0..10,Co5,4\n");
    files.put(
        "opportunities.csv",
        GOOD.get("opportunities.csv")
            + "o2,n,Northwind,Other,1,GBP,Qualified,2026-01-10,2026-06-30,stranger,\n"
            + "o3,n,Northwind,Third,1,GBP,Qualified,2026-01-10,2026-06-30,hq,\n");
    files.put("involvements.csv", GOOD.get("involvements.csv") + "o3,umbrella,INFLUENCER,\n");
    PortfolioData data = PortfolioReader.standard().read(source(files));
    assertProblems(
        data.problems(),
        at("relationships.csv", 4, "partner_id", ProblemKind.UNKNOWN_REFERENCE),
        at("relationships.csv", 5, "host_id", ProblemKind.INCONSISTENT),
        at("relationships.csv", 5, "host_id", ProblemKind.UNKNOWN_REFERENCE),
        at("assessments.csv", 4, "relationship_id", ProblemKind.UNKNOWN_REFERENCE),
        at("opportunities.csv", 3, "owner_id", ProblemKind.UNKNOWN_REFERENCE),
        at("opportunities.csv", 4, "", ProblemKind.UNKNOWN_REFERENCE));
    assertEquals(
        "relationship r-x names party initech, which is not among the partners",
        data.problems().get(0).message());
    assertEquals(
        "relationship r-y has host nobody, not the portfolio's host hq",
        data.problems().get(1).message());
    // r-x is left out first; its assessment is reported once r-x is gone.
    assertEquals(
        "assessment a2 assesses relationship r-x, which is not in the portfolio",
        data.problems().get(3).message());
    assertEquals(
        "opportunity o3 names party umbrella, which is not among the partners",
        data.problems().get(5).message());
    assertEquals(2, data.relationships().size());
    assertEquals(1, data.assessments().size());
    assertEquals(1, data.opportunities().size());
  }

  @Test
  void listsProblemsFileByFileAndLineByLine() {
    Map<String, String> files = with("rates.csv", "from,to,rate,comment\nEUR,GBP,0,\n");
    files.put("partners.csv", GOOD.get("partners.csv") + "bad,Bad,NOPE,,,,\n");
    PortfolioData data = PortfolioReader.standard().read(source(files));
    assertProblems(
        data.problems(),
        at("partners.csv", 5, "kinds", ProblemKind.INVALID_VALUE),
        at("rates.csv", 1, "comment", ProblemKind.UNKNOWN_COLUMN),
        at("rates.csv", 2, "rate", ProblemKind.OUT_OF_RANGE));
  }

  @Test
  void readsStagesOfAGivenModel() {
    Map<String, String> files =
        with("opportunities.csv", GOOD.get("opportunities.csv").replace("Qualified", "Closed Won"));
    assertEquals(
        1, PortfolioReader.of(StageModels.generic()).read(source(files)).opportunities().size());
    assertProblems(
        PortfolioReader.standard().read(source(files)).problems(),
        at("opportunities.csv", 2, "stage", ProblemKind.UNKNOWN_REFERENCE),
        at("involvements.csv", 2, "opportunity_id", ProblemKind.UNKNOWN_REFERENCE));
  }

  @Test
  void reportsAFileThatCannotBeOpened() {
    PortfolioData data =
        PortfolioReader.standard()
            .read(
                name -> {
                  if (name.equals("assessments.csv")) {
                    throw new IOException("disk on fire");
                  }
                  return source(GOOD).open(name);
                });
    assertProblems(data.problems(), at("assessments.csv", 0, "", ProblemKind.UNREADABLE_FILE));
    assertEquals(
        "file assessments.csv cannot be read: disk on fire", data.problems().get(0).message());
  }

  @Test
  void aPortfolioWrittenAndReadAgainIsEqual(@TempDir Path dir) throws IOException {
    PortfolioData data = PortfolioReader.standard().read(source(GOOD));
    PortfolioWriter.write(data, dir.resolve("copy"));
    assertEquals(data, PortfolioReader.standard().read(dir.resolve("copy")));
  }

  @Test
  void hostileNamesSurviveTheRoundTripAndAreEscapedInTheFiles() throws IOException {
    ImmutableList.Builder<PartnerRow> partners = ImmutableList.builder();
    ImmutableList.Builder<RelationshipRow> relationships = ImmutableList.builder();
    partners.add(PartnerRow.of(Samples.plainPartner(Samples.HOST, "Host"), Samples.GBP));
    int i = 0;
    for (String name : Samples.HOSTILE_NAMES) {
      PartnerId id = PartnerId.of("p" + i);
      partners.add(PartnerRow.of(Samples.plainPartner(id, name)));
      relationships.add(
          RelationshipRow.of(
              Relationship.builder()
                  .id(RelationshipId.of("=r" + i))
                  .host(Samples.HOST)
                  .partner(id)
                  .motion(SellWith.of("host", "partner", true))
                  .symmetry(org.alliancekit.model.relationship.Symmetry.SYMMETRIC_ALLIANCE)
                  .formality(Formality.of(FormalityKind.INFORMAL))
                  .start(java.time.LocalDate.of(2024, 1, 1))
                  .build(),
              Money.of(i, "GBP")));
      i++;
    }
    PortfolioData data =
        PortfolioData.builder()
            .partners(partners.build())
            .relationships(relationships.build())
            .build();
    Map<String, StringWriter> written = new HashMap<>();
    PortfolioWriter.write(
        data,
        name -> {
          StringWriter out = new StringWriter();
          written.put(name, out);
          return out;
        });
    String partnersCsv = written.get("partners.csv").toString();
    assertTrue(partnersCsv.contains("\r\np1,'=cmd|' /C calc'!A0,ISV,"), partnersCsv);
    assertTrue(partnersCsv.contains("\r\np2,\"'+SUM(1,2)\",ISV,"), partnersCsv);
    assertTrue(partnersCsv.contains("p0,<script>alert(1)</script>,ISV"), partnersCsv);
    assertTrue(written.get("relationships.csv").toString().contains("\r\n'=r0,hq,p0,"));
    for (String name : Samples.HOSTILE_NAMES) {
      if ("=+-@".indexOf(name.charAt(0)) >= 0) {
        assertFalse(partnersCsv.contains("," + name), () -> name + " unescaped in " + partnersCsv);
        assertFalse(
            partnersCsv.contains(",\"" + name), () -> name + " unescaped in " + partnersCsv);
      }
    }
    Map<String, String> texts = new HashMap<>();
    written.forEach((name, out) -> texts.put(name, out.toString()));
    PortfolioData back = PortfolioReader.standard().read(source(texts));
    assertEquals(ImmutableList.of(), back.problems());
    assertEquals(data, back);
  }

  @Test
  void reportsControlCharactersInNamesAsInvalid() {
    Map<String, String> files =
        with("partners.csv", GOOD.get("partners.csv") + "evil,\"Evil\u001b[31m\",ISV,,,,\n");
    PortfolioData data = PortfolioReader.standard().read(source(files));
    assertProblems(data.problems(), at("partners.csv", 5, "name", ProblemKind.INVALID_VALUE));
    assertEquals(
        "name 'Evil?[31m' must not contain control characters", data.problems().get(0).message());
    assertEquals(3, data.partners().size());
  }

  @Test
  void refusesToWriteAnyFileWhenOneValueCannotBeWritten() {
    PortfolioData data =
        PortfolioData.builder()
            .addPartners(PartnerRow.of(Samples.partner()))
            .addAssessments(Samples.anchoredAssessment())
            .build();
    Map<String, Writer> opened = new HashMap<>();
    assertThrows(
        IllegalArgumentException.class,
        () ->
            PortfolioWriter.write(
                data,
                name -> {
                  StringWriter out = new StringWriter();
                  opened.put(name, out);
                  return out;
                }));
    assertEquals(ImmutableMap.of(), opened);
  }

  @Test
  void writesRatesOnlyWhenThereAreSome(@TempDir Path dir) throws IOException {
    PortfolioWriter.write(PortfolioData.builder().build(), dir);
    assertFalse(Files.exists(dir.resolve("rates.csv")));
    assertTrue(Files.exists(dir.resolve("involvements.csv")));
    assertEquals(PortfolioData.builder().build(), PortfolioReader.standard().read(dir));
    PortfolioWriter.write(PortfolioData.builder().rates(Samples.rates()).build(), dir);
    assertEquals(
        "from,to,rate\r\nEUR,GBP,0.85\r\nUSD,GBP,0.79\r\n",
        Files.readString(dir.resolve("rates.csv")));
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester =
        Samples.nullPointerTester()
            .setDefault(StageModel.class, StageModels.coSell())
            .setDefault(PortfolioData.class, PortfolioData.builder().build())
            .setDefault(PortfolioReader.Source.class, name -> Optional.empty())
            .setDefault(PortfolioWriter.Sink.class, name -> new StringWriter());
    tester.testAllPublicStaticMethods(PortfolioReader.class);
    tester.testAllPublicStaticMethods(PortfolioWriter.class);
    tester.testAllPublicInstanceMethods(PortfolioReader.standard());
    tester.testAllPublicStaticMethods(PortfolioReader.Source.class);
    tester.testAllPublicStaticMethods(PortfolioWriter.Sink.class);
  }

  @Test
  void partnerKindsAreWrittenInEnumOrder() throws IOException {
    Partner partner = Samples.partner();
    StringWriter out = new StringWriter();
    PartnersCsv.write(out, ImmutableList.of(PartnerRow.of(partner)));
    assertTrue(out.toString().contains(",SYSTEMS_INTEGRATOR;RESELLER,"), out::toString);
  }
}

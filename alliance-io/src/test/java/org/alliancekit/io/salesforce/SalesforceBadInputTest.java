package org.alliancekit.io.salesforce;

import static org.alliancekit.io.salesforce.SalesforceImportTest.HOST;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Origin;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: each a problem at its file and line or JSON pointer, the good records kept. */
class SalesforceBadInputTest {
  private static final String OPPORTUNITY_HEADER =
      "Id,Name,AccountId,Account.Name,StageName,Amount,CurrencyIsoCode,CloseDate,CreatedDate,"
          + "LeadSource\n";
  private static final String GOOD =
      "006A1,Good deal,001A1,Northwind,Prospecting,100,EUR,2026-09-30,2026-01-05,\n";

  private static PortfolioData read(Map<String, String> files) {
    return SalesforceImport.read(files, Optional.empty(), Optional.empty(), HOST);
  }

  private static Problem only(PortfolioData data) {
    List<Problem> errors = data.problems().stream().filter(p -> !p.isWarning()).toList();
    assertEquals(1, errors.size(), errors::toString);
    return errors.get(0);
  }

  private static void assertAt(
      Problem problem, String file, long line, String column, ProblemKind kind, String text) {
    assertEquals(file, problem.file(), problem::toString);
    assertEquals(line, problem.line(), problem::toString);
    assertEquals(column, problem.column(), problem::toString);
    assertEquals(kind, problem.kind(), problem::toString);
    assertTrue(problem.message().contains(text), problem::toString);
  }

  @Test
  void anAmountWithAThousandsSeparatorIsRefusedAtItsCell() {
    PortfolioData data =
        read(
            Map.of(
                "Opportunity.csv",
                OPPORTUNITY_HEADER
                    + GOOD
                    + "006A2,Bad deal,001A1,Northwind,Prospecting,\"1,234.50\",EUR,2026-09-30,"
                    + "2026-01-05,\n"));
    assertEquals(1, data.opportunities().size());
    assertAt(only(data), "Opportunity.csv", 3, "Amount", ProblemKind.INVALID_VALUE, "1,234.50");
  }

  @Test
  void aDateInAnotherFormatIsRefusedNamingTheExpectedOne() {
    PortfolioData data =
        read(
            Map.of(
                "Opportunity.csv",
                OPPORTUNITY_HEADER
                    + "006A2,Bad deal,001A1,Northwind,Prospecting,1,EUR,30/09/2026,2026-01-05,\n"
                    + GOOD));
    assertEquals(1, data.opportunities().size());
    assertAt(
        only(data), "Opportunity.csv", 2, "CloseDate", ProblemKind.INVALID_VALUE, "2026-03-31");
  }

  @Test
  void anUnknownRoleIsReportedWithTheKnownOnesAndTheRoleMapFile() {
    PortfolioData data =
        read(
            Map.of(
                "Opportunity.csv",
                OPPORTUNITY_HEADER
                    + "006A1,Good deal,001A1,Northwind,Prospecting,100,EUR,2026-09-30,2026-01-05,"
                    + "Partner Influenced\n",
                "OpportunityPartner.csv",
                "OpportunityId,AccountToId,Role,IsPrimary\n"
                    + "006A1,001P1,Astrologer,false\n"
                    + "006A1,001P2,Distributor,false\n"));
    Opportunity opportunity = data.opportunities().get(0);
    assertEquals(1, opportunity.involvements().size());
    assertEquals(InvolvementRole.DISTRIBUTOR, opportunity.involvements().get(0).role());
    Problem problem = only(data);
    assertAt(
        problem, "OpportunityPartner.csv", 2, "Role", ProblemKind.INVALID_VALUE, "'Astrologer'");
    assertTrue(problem.message().contains("VAR/Reseller"), problem::message);
    assertTrue(problem.message().contains("role map file"), problem::message);
  }

  @Test
  void aRoleMapFileOverridesTheDefaults(@TempDir Path dir) throws IOException {
    Path roles = dir.resolve("roles.csv");
    Files.writeString(
        roles,
        "field,value,maps_to\nRole,Astrologer,influencer\nLeadSource,Web,PARTNER_INFLUENCED\n");
    PortfolioData data =
        SalesforceImport.read(
            Map.of(
                "Opportunity.csv",
                OPPORTUNITY_HEADER
                    + "006A1,Good deal,001A1,Northwind,Prospecting,100,EUR,2026-09-30,2026-01-05,"
                    + "Web\n",
                "OpportunityPartner.csv",
                "OpportunityId,AccountToId,Role,IsPrimary\n006A1,001P1,Astrologer,false\n"),
            Optional.empty(),
            Optional.of(roles),
            HOST);
    assertEquals(List.of(), data.problems());
    Opportunity opportunity = data.opportunities().get(0);
    assertEquals(Origin.PARTNER_INFLUENCED, opportunity.origin());
    assertEquals(InvolvementRole.INFLUENCER, opportunity.involvements().get(0).role());
  }

  @Test
  void aBadRowOfAStageMapFileIsReportedThere(@TempDir Path dir) throws IOException {
    Path stages = dir.resolve("stages.csv");
    Files.writeString(stages, "StageName,stage\nPilot,Business Validation\nDemo,Demoing\n");
    PortfolioData data =
        SalesforceImport.read(
            Map.of(
                "Opportunity.csv",
                OPPORTUNITY_HEADER
                    + "006A1,Good deal,001A1,Northwind,Pilot,100,EUR,2026-09-30,2026-01-05,\n"
                    + "006A2,Other deal,001A1,Northwind,Demo,100,EUR,2026-09-30,2026-01-05,\n"),
            Optional.of(stages),
            Optional.empty(),
            HOST);
    assertEquals("Business Validation", data.opportunities().get(0).stage().name());
    assertEquals(1, data.opportunities().size());
    List<Problem> problems = data.problems();
    assertEquals(2, problems.size(), problems::toString);
    assertAt(problems.get(0), "stages.csv", 3, "stage", ProblemKind.UNKNOWN_REFERENCE, "Demoing");
    assertAt(
        problems.get(1),
        "Opportunity.csv",
        3,
        "StageName",
        ProblemKind.UNKNOWN_REFERENCE,
        "stages.csv");
  }

  @Test
  void duplicateIdsAcrossFilesKeepTheFirst() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("Opportunity.csv", OPPORTUNITY_HEADER + GOOD);
    files.put(
        "more.json",
        "{\"totalSize\":1,\"done\":true,\"records\":[{\"attributes\":{\"type\":\"Opportunity\"},"
            + "\"Id\":\"006A1\",\"Name\":\"Again\"}]}");
    PortfolioData data = read(files);
    assertEquals("Good deal", data.opportunities().get(0).name());
    assertAt(only(data), "more.json", 1, "/records/0/Id", ProblemKind.DUPLICATE, "Opportunity.csv");
  }

  @Test
  void wrongJsonTypesAndUnknownObjectsAreProblemsAtTheirPointers() {
    String json =
        "{\"totalSize\":3,\"done\":true,\"records\":[\n"
            + "{\"attributes\":{\"type\":\"Opportunity\"},\"Id\":\"006A1\",\"Name\":\"Deal\","
            + "\"AccountId\":\"001A1\",\"Account\":{\"Name\":\"Northwind\"},"
            + "\"StageName\":\"Prospecting\",\"Amount\":{\"value\":1},\"CurrencyIsoCode\":\"EUR\","
            + "\"CloseDate\":\"2026-09-30\",\"CreatedDate\":\"2026-01-05\"},\n"
            + "{\"attributes\":{\"type\":\"Task\"},\"Id\":\"00TA1\"},\n"
            + "{\"Id\":\"006A3\"},\n"
            + "{\"attributes\":{\"type\":\"Opportunity\"},\"Id\":\"006A4\",\"Name\":\"Fine\","
            + "\"AccountId\":\"001A1\",\"Account\":{\"Name\":\"Northwind\"},"
            + "\"StageName\":\"Committed\",\"Amount\":\"12.5\",\"CurrencyIsoCode\":\"EUR\","
            + "\"CloseDate\":\"2026-09-30\",\"CreatedDate\":\"2026-01-05\"}\n"
            + "]}";
    PortfolioData data = read(Map.of("q.json", json));
    assertEquals(1, data.opportunities().size());
    assertEquals("Fine", data.opportunities().get(0).name());
    List<Problem> problems = data.problems();
    assertEquals(3, problems.size(), problems::toString);
    assertAt(
        problems.get(0), "q.json", 2, "/records/0/Amount", ProblemKind.INVALID_VALUE, "object");
    assertAt(
        problems.get(1),
        "q.json",
        3,
        "/records/1/attributes/type",
        ProblemKind.INVALID_VALUE,
        "OpportunityPartner");
    assertAt(
        problems.get(2),
        "q.json",
        4,
        "/records/2/attributes",
        ProblemKind.MISSING_VALUE,
        "attributes");
  }

  @Test
  void aDocumentNestedTenThousandLevelsDeepIsAProblem() {
    String deep = "[".repeat(10_000) + "]".repeat(10_000);
    Map<String, String> files = new LinkedHashMap<>();
    files.put("deep.json", deep);
    files.put("Opportunity.csv", OPPORTUNITY_HEADER + GOOD);
    PortfolioData data = read(files);
    assertEquals(1, data.opportunities().size());
    Problem problem = only(data);
    assertEquals("deep.json", problem.file());
    assertEquals(ProblemKind.UNREADABLE_FILE, problem.kind());
  }

  @Test
  void aFileOverTheSizeLimitIsRefusedUnread(@TempDir Path dir) throws IOException {
    Path big = dir.resolve("big.json");
    byte[] spaces = " ".repeat(1 << 20).getBytes(StandardCharsets.US_ASCII);
    try (OutputStream out = Files.newOutputStream(big)) {
      out.write("{\"records\":[]}".getBytes(StandardCharsets.US_ASCII));
      for (int i = 0; i < 65; i++) {
        out.write(spaces);
      }
    }
    Path opportunities = dir.resolve("Opportunity.csv");
    Files.writeString(opportunities, OPPORTUNITY_HEADER + GOOD);
    PortfolioData data =
        SalesforceImport.read(
            List.of(big, opportunities), Optional.empty(), Optional.empty(), HOST);
    assertEquals(1, data.opportunities().size());
    Problem problem = only(data);
    assertEquals("big.json", problem.file());
    assertEquals(ProblemKind.UNREADABLE_FILE, problem.kind());
  }

  @Test
  void brokenCsvAndUnrecognisedFilesAreProblems() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put("notes.csv", "Colour,Size\nred,2\n");
    files.put("Opportunity.csv", OPPORTUNITY_HEADER + GOOD + "006A2,\"unclosed,001A1\n");
    PortfolioData data = read(files);
    assertEquals(1, data.opportunities().size());
    List<Problem> problems = data.problems();
    assertEquals(2, problems.size(), problems::toString);
    assertAt(problems.get(0), "notes.csv", 1, "", ProblemKind.UNREADABLE_FILE, "Opportunity.csv");
    assertAt(problems.get(1), "Opportunity.csv", 3, "", ProblemKind.UNREADABLE_FILE, "CSV");
  }

  @Test
  void partnerRowsOfUnknownOrLeftOutOpportunitiesAreProblems() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "Opportunity.csv",
        OPPORTUNITY_HEADER
            + GOOD
            + "006A2,No currency,001A1,Northwind,Prospecting,1,,2026-09-30,2026-01-05,\n");
    files.put(
        "OpportunityPartner.csv",
        "OpportunityId,AccountToId,Role,IsPrimary\n006A9,001P1,Dealer,false\n"
            + "006A2,001P1,Dealer,false\n");
    PortfolioData data = read(files);
    assertEquals(1, data.opportunities().size());
    List<Problem> problems = data.problems();
    assertEquals(3, problems.size(), problems::toString);
    assertAt(
        problems.get(0),
        "Opportunity.csv",
        3,
        "CurrencyIsoCode",
        ProblemKind.MISSING_VALUE,
        "empty");
    assertAt(
        problems.get(1),
        "OpportunityPartner.csv",
        2,
        "OpportunityId",
        ProblemKind.UNKNOWN_REFERENCE,
        "not in an Opportunity file");
    assertAt(
        problems.get(2),
        "OpportunityPartner.csv",
        3,
        "OpportunityId",
        ProblemKind.UNKNOWN_REFERENCE,
        "left out (Opportunity.csv line 3)");
  }

  @Test
  void aPartnerSourcedOpportunityWithoutAPrimaryPartnerIsLeftOut() {
    PortfolioData data =
        read(
            Map.of(
                "Opportunity.csv",
                OPPORTUNITY_HEADER
                    + "006A1,Sourced,001A1,Northwind,Prospecting,100,EUR,2026-09-30,2026-01-05,"
                    + "Partner Referral\n",
                "OpportunityPartner.csv",
                "OpportunityId,AccountToId,Role,IsPrimary\n006A1,001P1,Dealer,false\n"));
    assertEquals(List.of(), data.opportunities());
    List<Problem> problems = data.problems();
    assertEquals(2, problems.size(), problems::toString);
    assertAt(
        problems.get(0),
        "Opportunity.csv",
        2,
        "LeadSource",
        ProblemKind.INVALID_VALUE,
        "primary partner");
  }
}

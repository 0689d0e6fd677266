package org.alliancekit.cli;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.csv.PortfolioReader;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.ReviewStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code import} and {@code export} on the reference-shaped payloads of alliance-io's tests: the
 * folder written, the documents written, the exit codes and problems.csv.
 */
class CoSellCommandsTest {
  /** The payloads alliance-io's tests build from the vendors' references. */
  private static final Path PAYLOADS = Path.of("..", "alliance-io", "src", "test", "resources");

  private static PortfolioData folder(Path dir) {
    return PortfolioReader.standard().read(dir);
  }

  @Test
  void importsAnAwsOpportunityIntoAFolderTheReportReads(@TempDir Path dir) {
    Run run =
        Run.of(
            "import",
            "--from",
            "ace",
            PAYLOADS.resolve("ace/get-opportunity.json").toString(),
            "--out",
            dir.resolve("out").toString());
    assertEquals(ExitCodes.OK, run.code(), run::toString);
    PortfolioData data = folder(dir.resolve("out"));
    assertEquals(
        List.of(),
        data.problems().stream().filter(problem -> !problem.isWarning()).toList(),
        data.problems()::toString);
    Opportunity opportunity = data.opportunities().get(0);
    assertEquals(Optional.of(ReviewStatus.APPROVED), opportunity.reviewStatus());
    assertEquals("Committed", opportunity.stage().name());
    assertEquals(Optional.of("Sign the order form"), opportunity.nextStep());
    assertTrue(Files.exists(dir.resolve("out/problems.csv")));
    assertTrue(run.out().contains("1 opportunities"), run::toString);
  }

  /** A partner-referred opportunity with every field CreateOpportunity requires. */
  private static final String PARTNER_REFERRAL =
      "{\n"
          + "  \"Catalog\": \"AWS\",\n"
          + "  \"Id\": \"O7654321\",\n"
          + "  \"PartnerOpportunityIdentifier\": \"crm-0077\",\n"
          + "  \"CreatedDate\": \"2026-03-02T10:00:00Z\",\n"
          + "  \"Origin\": \"Partner Referral\",\n"
          + "  \"OpportunityType\": \"Net New Business\",\n"
          + "  \"Customer\": {\n"
          + "    \"Account\": {\n"
          + "      \"CompanyName\": \"Fabrikam Insurance\",\n"
          + "      \"WebsiteUrl\": \"https://fabrikam.example\",\n"
          + "      \"Industry\": \"Financial Services\",\n"
          + "      \"Address\": {\"CountryCode\": \"GB\"}\n"
          + "    },\n"
          + "    \"Contacts\": [{\"FirstName\": \"Ada\", \"LastName\": \"Byron\", \"Email\": \"ada@fabrikam.example\", \"BusinessTitle\": \"CIO\"}]\n"
          + "  },\n"
          + "  \"LifeCycle\": {\"Stage\": \"Qualified\", \"NextSteps\": \"Technical workshop\", \"TargetCloseDate\": \"2026-09-30\"},\n"
          + "  \"Project\": {\n"
          + "    \"Title\": \"Claims on AWS\",\n"
          + "    \"CustomerBusinessProblem\": \"Claims take forty days to settle by hand\",\n"
          + "    \"ExpectedCustomerSpend\": [{\"Amount\": \"2000.00\", \"CurrencyCode\": \"USD\", \"Frequency\": \"Monthly\", \"TargetCompany\": \"AWS\"}]\n"
          + "  }\n"
          + "}\n";

  @Test
  void anOpportunityExportedToAwsImportsBackWithWhatAwsCarries(@TempDir Path dir)
      throws IOException {
    Path payload = Files.writeString(dir.resolve("partner-referral.json"), PARTNER_REFERRAL, UTF_8);
    Path folder = dir.resolve("folder");
    assertEquals(
        ExitCodes.OK,
        Run.of("import", "--from", "ace", payload.toString(), "--out", folder.toString()).code());
    Run export =
        Run.of(
            "export",
            "--to",
            "ace",
            "--in",
            folder.toString(),
            "--out",
            dir.resolve("docs").toString());
    assertEquals(ExitCodes.OK, export.code(), export::toString);
    Path document = dir.resolve("docs/opportunity-O7654321.json");
    assertTrue(Files.exists(document), export::toString);
    Run again =
        Run.of(
            "import",
            "--from",
            "ace",
            document.toString(),
            "--out",
            dir.resolve("again").toString());
    assertEquals(ExitCodes.OK, again.code(), again::toString);
    Opportunity original = folder(folder).opportunities().get(0);
    Opportunity back = folder(dir.resolve("again")).opportunities().get(0);
    // What a CreateOpportunity request carries comes back; the creation date does not (the request
    // has none, so the target close date stands in).
    assertEquals(original.id(), back.id());
    assertEquals(original.name(), back.name());
    assertEquals(original.account(), back.account());
    assertEquals(original.stage(), back.stage());
    assertEquals(original.amount(), back.amount());
    assertEquals(original.expectedClose(), back.expectedClose());
    assertEquals(original.origin(), back.origin());
    assertEquals(original.nextStep(), back.nextStep());
    assertEquals(original.customerNeed(), back.customerNeed());
    assertEquals(original.expectedSpend(), back.expectedSpend());
    assertEquals(original.contacts(), back.contacts());
    assertEquals(
        Files.readString(folder.resolve("accounts.csv"), UTF_8),
        Files.readString(dir.resolve("again/accounts.csv"), UTF_8));
  }

  @Test
  void whatAwsCannotTakeIsNamedByRecordInProblemsCsv(@TempDir Path dir) throws IOException {
    Path folder = dir.resolve("folder");
    Run.of(
        "import",
        "--from",
        "ace",
        PAYLOADS.resolve("ace/every-stage.json").toString(),
        "--out",
        folder.toString());
    Run export =
        Run.of(
            "export",
            "--to",
            "ace",
            "--in",
            folder.toString(),
            "--out",
            dir.resolve("docs").toString());
    assertEquals(ExitCodes.INPUT_PROBLEMS, export.code(), export::toString);
    String problems = Files.readString(dir.resolve("docs/problems.csv"), UTF_8);
    // O1 was referred by AWS: CreateOpportunity takes only partner referrals.
    assertTrue(
        problems.contains("opportunities.csv,0,,\"INVALID_VALUE: opportunity O1: Origin"),
        problems);
  }

  @Test
  void importsPartnerCenterReferralsAndWritesReferralsFromLeads(@TempDir Path dir) {
    Run run =
        Run.of(
            "import",
            "--from",
            "partner-center",
            PAYLOADS.resolve("partner-center/referrals-list.json").toString(),
            "--out",
            dir.resolve("out").toString());
    assertEquals(ExitCodes.OK, run.code(), run::toString);
    PortfolioData data = folder(dir.resolve("out"));
    assertTrue(data.opportunities().size() + data.leads().size() > 0, data::toString);
    Run export =
        Run.of(
            "export",
            "--to",
            "partner-center",
            "--in",
            dir.resolve("out").toString(),
            "--out",
            dir.resolve("docs").toString());
    assertTrue(
        export.code() == ExitCodes.OK || export.code() == ExitCodes.INPUT_PROBLEMS,
        export::toString);
    assertTrue(Files.exists(dir.resolve("docs/problems.csv")), export::toString);
  }

  @Test
  void importsSalesforceExportsWithAStageMap(@TempDir Path dir) throws IOException {
    Path csv = PAYLOADS.resolve("salesforce/csv");
    List<String> args =
        new java.util.ArrayList<>(
            List.of(
                "import",
                "--from",
                "salesforce",
                "--stage-map",
                csv.resolve("stage-map.csv").toString(),
                "--out",
                dir.resolve("out").toString()));
    try (Stream<Path> files = Files.list(csv)) {
      files
          .filter(file -> !file.getFileName().toString().equals("stage-map.csv"))
          .sorted()
          .forEach(file -> args.add(file.toString()));
    }
    Run run = Run.of(args.toArray(String[]::new));
    assertTrue(run.code() == ExitCodes.OK || run.code() == ExitCodes.INPUT_PROBLEMS, run::toString);
    PortfolioData data = folder(dir.resolve("out"));
    assertTrue(data.opportunities().size() >= 2, data::toString);
    assertTrue(
        data.opportunities().stream().anyMatch(o -> o.name().equals("Rail data platform")),
        data::toString);
  }

  @Test
  void badCommandLinesAndBadFilesGiveTheDocumentedExitCodes(@TempDir Path dir) throws IOException {
    Run unknown = Run.of("import", "--from", "hubspot", "x.json", "--out", dir.toString());
    assertEquals(ExitCodes.USAGE, unknown.code(), unknown::toString);
    assertTrue(unknown.err().contains("ace, partner-center, salesforce"), unknown::toString);
    Run stageMapForAws =
        Run.of(
            "import",
            "--from",
            "ace",
            "--stage-map",
            "s.csv",
            PAYLOADS.resolve("ace/get-opportunity.json").toString(),
            "--out",
            dir.resolve("o1").toString());
    assertEquals(ExitCodes.USAGE, stageMapForAws.code(), stageMapForAws::toString);
    Run bad =
        Run.of(
            "import",
            "--from",
            "ace",
            PAYLOADS.resolve("ace/bad-opportunities.json").toString(),
            "--out",
            dir.resolve("o2").toString());
    assertTrue(
        bad.code() == ExitCodes.INPUT_PROBLEMS || bad.code() == ExitCodes.FAILED, bad::toString);
    String problems = Files.readString(dir.resolve("o2/problems.csv"), UTF_8);
    assertTrue(problems.contains("bad-opportunities.json"), problems);
    Run missing =
        Run.of(
            "export",
            "--to",
            "ace",
            "--in",
            dir.resolve("nope").toString(),
            "--out",
            dir.toString());
    assertEquals(ExitCodes.FAILED, missing.code(), missing::toString);
  }
}

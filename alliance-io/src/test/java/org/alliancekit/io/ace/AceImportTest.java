package org.alliancekit.io.ace;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.RandomAccessFile;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Contact;
import org.alliancekit.model.pipeline.ExpectedSpend;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.ReviewStatus;
import org.alliancekit.model.pipeline.SpendFrequency;
import org.alliancekit.model.pipeline.StageModels;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AceImportTest {
  static final PartnerId HOST = PartnerId.of("host");
  static final PartnerId AWS = PartnerId.of("aws");
  private static final Path FOLDER = Path.of("src/test/resources/ace");

  private static PortfolioData read(String... files) {
    return AceImport.read(List.of(files).stream().map(FOLDER::resolve).toList(), HOST, AWS);
  }

  @Test
  void readsAGetOpportunityResponseFieldByField() {
    PortfolioData data = read("get-opportunity.json");
    assertEquals(List.of(), data.problems());
    Account northwind =
        Account.builder()
            .id(AccountId.of("123456789"))
            .name("Northwind Traders")
            .country(CountryCode.of("US"))
            .industry("Financial Services")
            .build();
    Opportunity expected =
        Opportunity.builder()
            .id(OpportunityId.of("O1234567"))
            .externalId("crm-0042")
            .account(northwind)
            .name("Claims platform on AWS")
            // (1500.50 + 250) a month, twelve times.
            .amount(Money.of(new BigDecimal("21006.00"), "USD"))
            .stage(StageModels.coSell().get("Committed"))
            .created(LocalDate.of(2026, 1, 15))
            .expectedClose(LocalDate.of(2026, 6, 30))
            .owner(HOST)
            .origin(Origin.PARTNER_SOURCED)
            .addInvolvements(Involvement.of(AWS, InvolvementRole.ORIGINATOR))
            .reviewStatus(ReviewStatus.APPROVED)
            .nextStep("Sign the order form")
            .customerNeed("Claims take forty days to settle by hand")
            .addExpectedSpend(
                ExpectedSpend.builder()
                    .amount(Money.of(new BigDecimal("1500.50"), "USD"))
                    .frequency(SpendFrequency.MONTHLY)
                    .target("AWS")
                    .build(),
                ExpectedSpend.builder()
                    .amount(Money.of(new BigDecimal("250"), "USD"))
                    .frequency(SpendFrequency.MONTHLY)
                    .target("AWS")
                    .build())
            .addContacts(
                Contact.builder()
                    .name("Ada Byron")
                    .email("ada@northwind.example")
                    .phone("+12065550100")
                    .title("CIO")
                    .build(),
                Contact.of("Hopper"))
            .build();
    assertEquals(List.of(expected), data.opportunities());
    assertEquals(List.of(northwind), data.accounts());
    assertEquals(List.of(HOST, AWS), data.partners().stream().map(row -> row.id()).toList());
  }

  @Test
  void mapsEveryStageReviewStatusAndOriginOfAnArrayOfResponses() {
    PortfolioData data = read("every-stage.json");
    assertEquals(List.of(), data.problems());
    List<Opportunity> read = data.opportunities();
    assertEquals(
        List.of(
            "Prospect",
            "Qualified",
            "Technical Validation",
            "Business Validation",
            "Committed",
            "Launched",
            "Closed Lost"),
        read.stream().map(o -> o.stage().name()).toList());
    assertEquals(
        List.of(
            Optional.of(ReviewStatus.PENDING_SUBMISSION),
            Optional.of(ReviewStatus.SUBMITTED),
            Optional.of(ReviewStatus.IN_REVIEW),
            Optional.of(ReviewStatus.APPROVED),
            Optional.of(ReviewStatus.REJECTED),
            Optional.of(ReviewStatus.ACTION_REQUIRED),
            Optional.empty()),
        read.stream().map(Opportunity::reviewStatus).toList());
    // AWS Referral and Partner Referral alternate, starting with AWS Referral.
    assertEquals(
        List.of(
            Origin.PARTNER_SOURCED,
            Origin.REFERRED_TO_PARTNER,
            Origin.PARTNER_SOURCED,
            Origin.REFERRED_TO_PARTNER,
            Origin.PARTNER_SOURCED,
            Origin.REFERRED_TO_PARTNER,
            Origin.PARTNER_SOURCED),
        read.stream().map(Opportunity::origin).toList());
    assertEquals(
        List.of(
            Involvement.of(HOST, InvolvementRole.ORIGINATOR),
            Involvement.of(AWS, InvolvementRole.CO_SELLER)),
        read.get(1).involvements());
    Opportunity lost = read.get(6);
    assertEquals(Optional.of("Lost to Competitor - Google"), lost.closedLostReason());
    // Industry Other with OtherIndustry, the website's domain as the account key.
    assertEquals(
        Account.builder()
            .id(AccountId.of("c7.example"))
            .name("Customer 7")
            .country(CountryCode.of("DE"))
            .industry("Banking")
            .build(),
        lost.account());
    assertEquals(Money.of(1200, "EUR"), lost.amount());
    assertEquals(Optional.empty(), lost.externalId());
  }

  @Test
  void readsEveryClosedLostReasonOfAListOpportunitiesResponse() {
    PortfolioData data = read("list-opportunities.json");
    assertEquals(List.of(), data.problems());
    assertEquals(
        List.copyOf(AceFormat.CLOSED_LOST_REASONS),
        data.opportunities().stream().map(o -> o.closedLostReason().orElseThrow()).toList());
    Opportunity first = data.opportunities().get(0);
    // A summary has no project: named by its id, zero dollars.
    assertEquals("O900", first.name());
    assertEquals(Money.of(0, "USD"), first.amount());
    assertEquals(Optional.of("crm-0"), first.externalId());
    assertEquals(Origin.REFERRED_TO_PARTNER, first.origin());
    assertEquals(AccountId.of("Lost Customer 0"), first.account().id());
  }

  @Test
  void reportsEachBadRecordAtItsLineAndPointerAndKeepsTheGoodOnes() {
    PortfolioData data = read("bad-opportunities.json", "duplicate.json");
    assertEquals(
        List.of(OpportunityId.of("O100")),
        data.opportunities().stream().map(Opportunity::id).toList());
    String file = "bad-opportunities.json";
    assertEquals(
        List.of(
            Problem.inFile(
                file,
                3,
                "/1/Customer",
                ProblemKind.MISSING_VALUE,
                "Customer is required but missing"),
            Problem.inFile(
                file,
                4,
                "/2/LifeCycle/Stage",
                ProblemKind.INVALID_VALUE,
                "Stage 'Won' is not one of Prospect, Qualified, Technical Validation, Business"
                    + " Validation, Committed, Launched, Closed Lost"),
            Problem.inFile(
                file,
                5,
                "/3/LifeCycle/TargetCloseDate",
                ProblemKind.INVALID_VALUE,
                "TargetCloseDate '06/30/2026' is not an ISO-8601 date such as 2026-03-31"),
            Problem.inFile(
                file,
                6,
                "/4/Project/ExpectedCustomerSpend/0/Amount",
                ProblemKind.INVALID_VALUE,
                "Amount '1,500.00' is not a plain decimal number such as 1234.56: it has a"
                    + " thousands separator"),
            Problem.inFile(
                file,
                7,
                "/5/Customer",
                ProblemKind.INVALID_VALUE,
                "Customer must be a JSON object, not a string"),
            Problem.inFile(
                file,
                8,
                "/6/Id",
                ProblemKind.DUPLICATE,
                "Id 'O100' was already read from bad-opportunities.json at /0; this record is left"
                    + " out"),
            Problem.inFile(
                file,
                9,
                "/7/LifeCycle/ReviewStatus",
                ProblemKind.INVALID_VALUE,
                "ReviewStatus 'Pending' is not one of Pending Submission, Submitted, In review,"
                    + " Approved, Rejected, Action Required"),
            Problem.inFile(
                file,
                10,
                "/8",
                ProblemKind.INVALID_VALUE,
                "an opportunity must be a JSON object, not a number"),
            Problem.inFile(
                file,
                11,
                "/9/Customer/Account/CompanyName",
                ProblemKind.INVALID_VALUE,
                "CompanyName '"
                    + "N".repeat(57)
                    + "...' has 121 characters, more than the 120 allowed"),
            Problem.inFile(
                file,
                12,
                "/10/Project/ExpectedCustomerSpend/0/Frequency",
                ProblemKind.INVALID_VALUE,
                "Frequency 'Yearly' is not one of Monthly"),
            Problem.inFile(
                "duplicate.json",
                1,
                "/Id",
                ProblemKind.DUPLICATE,
                "Id 'O100' was already read from bad-opportunities.json at /0; this record is left"
                    + " out")),
        data.problems());
  }

  @Test
  void unreadableFilesAreProblemsAndTheOtherFilesAreStillRead(@TempDir Path dir)
      throws IOException {
    Path deep =
        Files.writeString(dir.resolve("deep.json"), "[".repeat(10_000) + "]".repeat(10_000));
    Path huge = dir.resolve("huge.json");
    try (java.io.RandomAccessFile out = new RandomAccessFile(huge.toFile(), "rw")) {
      out.setLength(80L * 1024 * 1024);
    }
    PortfolioData data =
        AceImport.read(List.of(deep, huge, FOLDER.resolve("get-opportunity.json")), HOST, AWS);
    assertEquals(
        List.of(OpportunityId.of("O1234567")),
        data.opportunities().stream().map(Opportunity::id).toList());
    assertEquals(
        List.of(
            Problem.inFile(
                "deep.json",
                ProblemKind.UNREADABLE_FILE,
                "the document is nested more than 200 levels deep, more than a co-sell document"
                    + " may be; it was not read"),
            Problem.inFile(
                "huge.json",
                ProblemKind.UNREADABLE_FILE,
                "the file has 83886080 bytes, more than the 67108864 bytes (64 MiB) a co-sell"
                    + " document may have; it was not read")),
        data.problems());
  }

  @Test
  void aTargetCloseDateBeforeTheCreationDateIsInconsistent(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("early.json"),
            "{\"Id\": \"O1\", \"CreatedDate\": \"2026-05-01T00:00:00Z\",\n"
                + " \"Customer\": {\"Account\": {\"CompanyName\": \"A\"}},\n"
                + " \"LifeCycle\": {\"Stage\": \"Prospect\", \"TargetCloseDate\": \"2026-04-30\"}}");
    PortfolioData data = AceImport.read(List.of(file), HOST, AWS);
    assertEquals(
        List.of(
            Problem.inFile(
                "early.json",
                1,
                "/CreatedDate",
                ProblemKind.INCONSISTENT,
                "CreatedDate 2026-05-01 is after LifeCycle.TargetCloseDate 2026-04-30")),
        data.problems());
  }

  @Test
  void spendsInTwoCurrenciesCannotMakeOneAmount(@TempDir Path dir) throws IOException {
    Path file =
        Files.writeString(
            dir.resolve("two.json"),
            "{\"Id\": \"O1\", \"Customer\": {\"Account\": {\"CompanyName\": \"A\"}},\n"
                + " \"LifeCycle\": {\"Stage\": \"Prospect\", \"TargetCloseDate\": \"2026-04-30\"},\n"
                + " \"Project\": {\"ExpectedCustomerSpend\": [\n"
                + "  {\"Amount\": \"1\", \"CurrencyCode\": \"USD\", \"Frequency\": \"Monthly\"},\n"
                + "  {\"Amount\": \"1\", \"CurrencyCode\": \"EUR\", \"Frequency\": \"Monthly\"}]}}");
    PortfolioData data = AceImport.read(List.of(file), HOST, AWS);
    assertEquals(List.of(), data.opportunities());
    assertEquals(
        List.of(
            Problem.inFile(
                "two.json",
                3,
                "/Project",
                ProblemKind.CURRENCY_MISMATCH,
                "ExpectedCustomerSpend is in USD and EUR; the opportunity's amount needs one"
                    + " currency")),
        data.problems());
  }
}

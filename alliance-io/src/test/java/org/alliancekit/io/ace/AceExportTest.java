package org.alliancekit.io.ace;

import static org.alliancekit.io.ace.AceImportTest.AWS;
import static org.alliancekit.io.ace.AceImportTest.HOST;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliancekit.io.cosell.ExportResult;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.pipeline.Contact;
import org.alliancekit.model.pipeline.ExpectedSpend;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.SpendFrequency;
import org.alliancekit.model.pipeline.StageModels;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class AceExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Opportunity.Builder exportable() {
    return Opportunity.builder()
        .id(OpportunityId.of("o-7"))
        .account(
            Account.builder()
                .id(AccountId.of("northwind.example"))
                .name("Northwind")
                .country(CountryCode.of("DE"))
                .industry("Banking")
                .build())
        .name("Claims platform")
        .amount(Money.of(new BigDecimal("36000"), "EUR"))
        .stage(StageModels.coSell().get("Technical Validation"))
        .created(LocalDate.of(2026, 1, 5))
        .expectedClose(LocalDate.of(2026, 9, 30))
        .owner(HOST)
        .origin(Origin.REFERRED_TO_PARTNER)
        .addInvolvements(Involvement.of(AWS, InvolvementRole.CO_SELLER))
        .customerNeed("Claims take forty days to settle")
        .nextStep("Workshop in March");
  }

  @Test
  void writesACreateOpportunityRequest() throws Exception {
    Opportunity opportunity =
        exportable()
            .addExpectedSpend(
                ExpectedSpend.builder()
                    .amount(Money.of(new BigDecimal("3000"), "EUR"))
                    .frequency(SpendFrequency.QUARTERLY)
                    .build())
            .addContacts(
                Contact.builder()
                    .name("Ada King Byron")
                    .email("ada@northwind.example")
                    .title("CIO")
                    .role("Decision Maker")
                    .build())
            .build();
    ExportResult result = AceExport.write(List.of(opportunity), AWS);
    assertEquals(List.of(), result.problems());
    JsonNode expected =
        JSON.readTree(
            """
            {"Catalog": "AWS", "ClientToken": "o-7", "Origin": "Partner Referral",
             "OpportunityType": "Net New Business", "PartnerOpportunityIdentifier": "o-7",
             "Customer": {
               "Account": {"CompanyName": "Northwind", "WebsiteUrl": "https://northwind.example",
                           "Industry": "Other", "OtherIndustry": "Banking",
                           "Address": {"CountryCode": "DE"}},
               "Contacts": [{"FirstName": "Ada", "LastName": "King Byron",
                             "Email": "ada@northwind.example", "BusinessTitle": "CIO"}]},
             "LifeCycle": {"Stage": "Technical Validation", "TargetCloseDate": "2026-09-30",
                           "NextSteps": "Workshop in March"},
             "Project": {"Title": "Claims platform",
                         "CustomerBusinessProblem": "Claims take forty days to settle",
                         "ExpectedCustomerSpend": [{"Amount": "1000", "CurrencyCode": "EUR",
                             "Frequency": "Monthly", "TargetCompany": "AWS"}]}}
            """);
    assertEquals(
        Map.of("opportunity-o-7.json", expected),
        Map.of(
            "opportunity-o-7.json", JSON.readTree(result.documents().get("opportunity-o-7.json"))));
  }

  @Test
  void withoutExpectedSpendTheAmountIsSpreadOverTwelveMonthsWhenExact() throws Exception {
    ExportResult result = AceExport.write(List.of(exportable().build()), AWS);
    JsonNode spend =
        JSON.readTree(result.documents().get("opportunity-o-7.json"))
            .at("/Project/ExpectedCustomerSpend/0/Amount");
    assertEquals("3000", spend.textValue());
  }

  @Test
  void aRecordWithoutConsentHasNoContactsInItsDocument() throws Exception {
    ExportResult result = AceExport.write(List.of(exportable().contactConsent(false).build()), AWS);
    assertEquals(
        true,
        JSON.readTree(result.documents().get("opportunity-o-7.json"))
            .at("/Customer/Contacts")
            .isMissingNode());
  }

  @Test
  void anOpportunityThatCannotBeExpressedIsAProblemNamingTheFieldAndRule() {
    Opportunity bad =
        exportable()
            .id(OpportunityId.of("o/8"))
            .account(Account.of(AccountId.of("c1"), "N".repeat(121)))
            .stage(StageModels.generic().get("Proposal"))
            .name("T".repeat(256))
            .customerNeed("Too short")
            .closedLostReason("Budget cut")
            .amount(Money.of(new BigDecimal("100"), "EUR"))
            .origin(Origin.PARTNER_SOURCED)
            .involvements(List.of(Involvement.of(AWS, InvolvementRole.ORIGINATOR)))
            .build();
    Opportunity noNeed =
        exportable()
            .id(OpportunityId.of("o9"))
            .customerNeed(Optional.empty())
            .addExpectedSpend(
                ExpectedSpend.builder()
                    .amount(Money.of(1, "EUR"))
                    .frequency(SpendFrequency.MONTHLY)
                    .target("Microsoft")
                    .build())
            .build();
    ExportResult result = AceExport.write(List.of(exportable().build(), bad, noNeed), AWS);
    assertEquals(List.of("opportunity-o-7.json"), List.copyOf(result.documents().keySet()));
    assertEquals(
        List.of(
            Problem.atRow(
                1,
                "o/8",
                ProblemKind.INVALID_VALUE,
                "Origin: the opportunity was originated by aws, so it is an AWS Referral, and"
                    + " CreateOpportunity accepts only Partner Referral in catalog AWS"),
            Problem.atRow(
                1,
                "o/8",
                ProblemKind.INVALID_VALUE,
                "Customer.Account.CompanyName: '"
                    + "N".repeat(57)
                    + "...' has 121 characters; AWS takes from 1 to 120"),
            Problem.atRow(
                1,
                "o/8",
                ProblemKind.MISSING_VALUE,
                "Customer.Account.Address.CountryCode: is required; account c1 has no country"),
            Problem.atRow(
                1,
                "o/8",
                ProblemKind.INVALID_VALUE,
                "LifeCycle.Stage: 'Proposal' is not one of Prospect, Qualified, Technical"
                    + " Validation, Business Validation, Committed, Launched, Closed Lost"),
            Problem.atRow(
                1,
                "o/8",
                ProblemKind.INVALID_VALUE,
                "LifeCycle.ClosedLostReason: 'Budget cut' is not one of "
                    + String.join(", ", AceFormat.CLOSED_LOST_REASONS)),
            Problem.atRow(
                1,
                "o/8",
                ProblemKind.INVALID_VALUE,
                "Project.Title: '"
                    + "T".repeat(57)
                    + "...' has 256 characters; AWS takes from 1 to 255"),
            Problem.atRow(
                1,
                "o/8",
                ProblemKind.INVALID_VALUE,
                "Project.CustomerBusinessProblem: 'Too short' has 9 characters; AWS takes from 20"
                    + " to 2000"),
            Problem.atRow(
                1,
                "o/8",
                ProblemKind.INVALID_VALUE,
                "Project.ExpectedCustomerSpend.Amount: the opportunity's amount of 100 EUR is not a"
                    + " whole number of hundredths a month (100 / 12); AWS takes monthly amounts of"
                    + " at most two decimals"),
            Problem.atRow(
                2,
                "o9",
                ProblemKind.MISSING_VALUE,
                "Project.CustomerBusinessProblem: is required; the opportunity has no customer"
                    + " need"),
            Problem.atRow(
                2,
                "o9",
                ProblemKind.INVALID_VALUE,
                "Project.ExpectedCustomerSpend.TargetCompany: 'Microsoft' is not AWS, the only"
                    + " company AWS takes")),
        result.problems());
  }
}

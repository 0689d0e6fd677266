package org.alliancekit.io.partnercenter;

import static org.alliancekit.io.partnercenter.PartnerCenterImportTest.HOST;
import static org.alliancekit.io.partnercenter.PartnerCenterImportTest.MICROSOFT;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.alliancekit.io.cosell.ExportResult;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Contact;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.ReferralSubStatus;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class PartnerCenterExportTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  static Lead.Builder referable() {
    return Lead.builder()
        .id(LeadId.of("l-5"))
        .account(
            Account.builder()
                .id(AccountId.of("123456789"))
                .name("Fabrikam")
                .country(CountryCode.of("NL"))
                .build())
        .source(HOST)
        .received(LocalDate.of(2026, 4, 1))
        .addSharedWith(MICROSOFT)
        .title("Fabrikam analytics")
        .customerNeed("Reports take a week")
        .estimatedValue(Money.of(new BigDecimal("50000.50"), "EUR"))
        .expectedClose(LocalDate.of(2026, 10, 31));
  }

  @Test
  void writesAReferralCreationDocument() throws Exception {
    Lead lead =
        referable()
            .referralStatus(ReferralSubStatus.RECEIVED)
            .addContacts(
                Contact.builder().name("Linus").phone("+31 20 555 0100").role("Champion").build())
            .build();
    ExportResult result = PartnerCenterExport.write(List.of(lead), HOST, MICROSOFT);
    assertEquals(List.of(), result.problems());
    JsonNode expected =
        JSON.readTree(
            """
            {"name": "Fabrikam analytics", "externalReferenceId": "l-5", "status": "New",
             "substatus": "Received", "type": "Shared", "createdDateTime": "2026-04-01T00:00:00Z",
             "customerProfile": {"name": "Fabrikam", "address": {"country": "NL"},
                                 "ids": [{"profileType": "Duns", "id": "123456789"}],
                                 "team": [{"firstName": "Linus", "phoneNumber": "+31 20 555 0100"}]},
             "consent": {"consentToContact": true, "consentToToShareInfoWithOthers": true,
                         "consentToShareReferralWithMicrosoftSellers": true},
             "details": {"notes": "Reports take a week", "dealValue": 50000.50, "currency": "EUR",
                         "closingDateTime": "2026-10-31T00:00:00Z"}}
            """);
    assertEquals(expected, JSON.readTree(result.documents().get("referral-l-5.json")));
    // The amount is written exactly, with its trailing zero.
    String text = result.documents().get("referral-l-5.json");
    assertEquals(true, text.contains("\"dealValue\" : 50000.50,"), text);
  }

  @Test
  void aLeadWithoutConsentIsWrittenWithoutItsPeopleAndWithEveryConsentFalse() throws Exception {
    Lead lead = referable().sharedWith(List.of()).contactConsent(false).build();
    JsonNode referral =
        JSON.readTree(
            PartnerCenterExport.write(List.of(lead), HOST, MICROSOFT)
                .documents()
                .get("referral-l-5.json"));
    assertEquals(true, referral.at("/customerProfile/team").isMissingNode());
    assertEquals("Independent", referral.get("type").textValue());
    assertEquals(
        JSON.readTree(
            "{\"consentToContact\": false, \"consentToToShareInfoWithOthers\": false,"
                + " \"consentToShareReferralWithMicrosoftSellers\": false}"),
        referral.get("consent"));
  }

  @Test
  void aLeadThatCannotBeReferredIsAProblemNamingTheFieldAndRule() {
    Lead other =
        Lead.builder()
            .id(LeadId.of("l6"))
            .account(Account.of(AccountId.of("a1"), "Tailspin"))
            .source(PartnerId.of("p1"))
            .received(LocalDate.of(2026, 4, 1))
            .addSharedWith(HOST, MICROSOFT)
            .status(LeadStatus.ACCEPTED)
            .referralStatus(ReferralSubStatus.WON)
            .build();
    ExportResult result =
        PartnerCenterExport.write(List.of(referable().build(), other), HOST, MICROSOFT);
    assertEquals(List.of("referral-l-5.json"), List.copyOf(result.documents().keySet()));
    assertEquals(
        List.of(
            Problem.atRow(
                1,
                "l6",
                ProblemKind.INVALID_VALUE,
                "source: the host host creates referrals of its own leads only; this lead comes"
                    + " from p1"),
            Problem.atRow(
                1,
                "l6",
                ProblemKind.INVALID_VALUE,
                "status: a referral is created New, but the lead is ACCEPTED"),
            Problem.atRow(
                1,
                "l6",
                ProblemKind.INVALID_VALUE,
                "substatus: a referral is created Pending or Received, but the lead's referral"
                    + " status is Won"),
            Problem.atRow(
                1,
                "l6",
                ProblemKind.INVALID_VALUE,
                "type: a referral is shared with microsoft (Shared) or with no one (Independent),"
                    + " but the lead is shared with [host, microsoft]"),
            Problem.atRow(
                1, "l6", ProblemKind.MISSING_VALUE, "name: is required; the lead has no title"),
            Problem.atRow(
                1,
                "l6",
                ProblemKind.MISSING_VALUE,
                "customerProfile.address.country: is required; account a1 has no country")),
        result.problems());
  }
}

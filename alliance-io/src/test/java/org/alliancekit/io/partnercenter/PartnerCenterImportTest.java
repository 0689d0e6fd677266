package org.alliancekit.io.partnercenter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
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
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.ReferralSubStatus;
import org.alliancekit.model.pipeline.StageModels;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class PartnerCenterImportTest {
  static final PartnerId HOST = PartnerId.of("host");
  static final PartnerId MICROSOFT = PartnerId.of("microsoft");
  private static final Path FOLDER = Path.of("src/test/resources/partner-center");

  private static PortfolioData read(String... files) {
    return PartnerCenterImport.read(
        List.of(files).stream().map(FOLDER::resolve).toList(), HOST, MICROSOFT);
  }

  @Test
  void readsAnActiveSharedReferralAsAnOpportunityFieldByField() {
    PortfolioData data = read("referral.json");
    assertEquals(List.of(), data.problems());
    Account contoso =
        Account.builder()
            .id(AccountId.of("987654321"))
            .name("Contoso Ltd")
            .country(CountryCode.of("GB"))
            .build();
    Opportunity expected =
        Opportunity.builder()
            .id(OpportunityId.of("d2f1c0aa-1111-4c3e-9d6e-0a1b2c3d4e5f"))
            .externalId("crm-77")
            .account(contoso)
            .name("Contoso data platform")
            .amount(Money.of(new BigDecimal("120000.50"), "GBP"))
            .stage(StageModels.coSell().get("Qualified"))
            .created(LocalDate.of(2026, 2, 10))
            .expectedClose(LocalDate.of(2026, 9, 30))
            .owner(HOST)
            .origin(Origin.PARTNER_SOURCED)
            .addInvolvements(
                Involvement.of(MICROSOFT, InvolvementRole.ORIGINATOR),
                Involvement.of(MICROSOFT, InvolvementRole.CO_SELLER))
            .referralStatus(ReferralSubStatus.ACCEPTED)
            .customerNeed("Move the warehouse analytics off premises")
            .addContacts(
                Contact.builder()
                    .name("Grace Hopper")
                    .email("grace@contoso.example")
                    .phone("+442079460000")
                    .title("CTO")
                    .build())
            .build();
    assertEquals(List.of(expected), data.opportunities());
    assertEquals(List.of(), data.leads());
    assertEquals(List.of(contoso), data.accounts());
  }

  @Test
  void mapsEverySubStatusTypeAndDirectionOfAListResponse() {
    PortfolioData data = read("referrals-list.json");
    assertEquals(
        List.of(
            Problem.inFile(
                "referrals-list.json",
                12,
                "/value/0/customerProfile",
                ProblemKind.WITHHELD,
                "referral r1 has no consent to share contact details (consent.consentToContact and"
                    + " consent.consentToToShareInfoWithOthers), so its 1 contact(s) in"
                    + " customerProfile.team were left out")),
        data.problems());
    // New referrals are leads: Pending and Received, both incoming from Microsoft.
    List<Lead> leads = data.leads();
    assertEquals(
        List.of(Optional.of(ReferralSubStatus.PENDING), Optional.of(ReferralSubStatus.RECEIVED)),
        leads.stream().map(Lead::referralStatus).toList());
    Lead pending = leads.get(0);
    assertEquals(MICROSOFT, pending.source());
    assertEquals(List.of(HOST), List.copyOf(pending.sharedWith()));
    assertEquals(false, pending.contactConsent());
    assertEquals(List.of(), pending.contacts());
    assertEquals(Optional.of(Money.of(1000, "EUR")), pending.estimatedValue());
    assertEquals(Optional.of(LocalDate.of(2026, 12, 31)), pending.expectedClose());
    assertEquals(Optional.of("Referral 1"), pending.title());
    assertEquals(
        List.of(Contact.builder().name("Alan Turing").email("alan@example.org").build()),
        leads.get(1).contacts());
    // Active and closed referrals are opportunities.
    List<Opportunity> opportunities = data.opportunities();
    assertEquals(
        List.of("Qualified", "Launched", "Closed Lost", "Closed Lost", "Closed Lost"),
        opportunities.stream().map(o -> o.stage().name()).toList());
    assertEquals(
        List.of(
            ReferralSubStatus.ACCEPTED,
            ReferralSubStatus.WON,
            ReferralSubStatus.LOST,
            ReferralSubStatus.DECLINED,
            ReferralSubStatus.EXPIRED),
        opportunities.stream().map(o -> o.referralStatus().orElseThrow()).toList());
    // r3 outgoing independent, r4 outgoing shared, r5 incoming independent, r6 incoming shared,
    // r7 outgoing independent.
    assertEquals(
        List.of(
            Origin.DIRECT,
            Origin.REFERRED_TO_PARTNER,
            Origin.PARTNER_SOURCED,
            Origin.PARTNER_SOURCED,
            Origin.DIRECT),
        opportunities.stream().map(Opportunity::origin).toList());
    assertEquals(
        List.of(
            List.of(),
            List.of(Involvement.of(MICROSOFT, InvolvementRole.CO_SELLER)),
            List.of(Involvement.of(MICROSOFT, InvolvementRole.ORIGINATOR)),
            List.of(
                Involvement.of(MICROSOFT, InvolvementRole.ORIGINATOR),
                Involvement.of(MICROSOFT, InvolvementRole.CO_SELLER)),
            List.of()),
        opportunities.stream().map(o -> List.copyOf(o.involvements())).toList());
    assertEquals(
        List.of(
            Optional.empty(),
            Optional.empty(),
            Optional.of("Customer chose another vendor"),
            Optional.of("Customer chose another vendor"),
            Optional.of("Customer chose another vendor")),
        opportunities.stream().map(Opportunity::closedLostReason).toList());
    assertEquals(Money.of(7000, "EUR"), opportunities.get(4).amount());
  }

  @Test
  void reportsEachBadReferralAtItsLineAndPointerAndKeepsTheGoodOnes() {
    PortfolioData data = read("bad-referrals.json");
    assertEquals(List.of("b0"), data.leads().stream().map(l -> l.id().value()).toList());
    String file = "bad-referrals.json";
    assertEquals(
        List.of(
            Problem.inFile(
                file,
                3,
                "/value/1/substatus",
                ProblemKind.INCONSISTENT,
                "substatus Won belongs to status Closed, not New; New takes Pending, Received"),
            Problem.inFile(
                file,
                4,
                "/value/2/status",
                ProblemKind.INVALID_VALUE,
                "status 'Open' is not one of New, Active, Closed"),
            Problem.inFile(
                file,
                5,
                "/value/3/customerProfile",
                ProblemKind.MISSING_VALUE,
                "customerProfile is required but missing"),
            Problem.inFile(
                file,
                6,
                "/value/4/details/dealValue",
                ProblemKind.INVALID_VALUE,
                "dealValue '12,000' is not a plain decimal number such as 1234.56: it has a"
                    + " thousands separator"),
            Problem.inFile(
                file,
                7,
                "/value/5/details/closingDateTime",
                ProblemKind.INVALID_VALUE,
                "closingDateTime '2026/06/30' is not an ISO-8601 date such as 2026-03-31"),
            Problem.inFile(
                file,
                8,
                "/value/6/details/currency",
                ProblemKind.MISSING_VALUE,
                "currency is required but missing"),
            Problem.inFile(
                file,
                9,
                "/value/7/id",
                ProblemKind.DUPLICATE,
                "id 'b0' was already read from bad-referrals.json at /value/0; this record is left"
                    + " out"),
            Problem.inFile(
                file,
                10,
                "/value/8/type",
                ProblemKind.INVALID_VALUE,
                "type 'Private' is not one of Independent, Shared"),
            Problem.inFile(
                file,
                11,
                "/value/9/consent/consentToContact",
                ProblemKind.INVALID_VALUE,
                "consentToContact must be true or false, not a string")),
        data.problems());
  }
}

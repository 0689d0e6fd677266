package org.alliancekit.io.salesforce;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.alliancekit.io.PartnerRow;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.marketing.Campaign;
import org.alliancekit.model.marketing.CampaignKind;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.CountryCode;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Contact;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.pipeline.StageModels;
import org.alliancekit.model.relationship.RelationshipId;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

/** Known answers of the Salesforce import, from the Data Loader export under test resources. */
class SalesforceImportTest {
  static final Path EXPORT = Path.of("src/test/resources/salesforce/csv");
  static final PartnerId HOST = PartnerId.of("host");
  static final PartnerId CORVANE = PartnerId.of("001A00000000003AAA");
  static final PartnerId PLAIDWICK = PartnerId.of("001A00000000004AAA");
  static final PartnerId QUILLON = PartnerId.of("001A00000000005AAA");

  static List<Path> exportFiles() throws IOException {
    try (Stream<Path> files = Files.list(EXPORT)) {
      return files
          .filter(file -> !file.getFileName().toString().equals("stage-map.csv"))
          .sorted()
          .toList();
    }
  }

  static PortfolioData readExport() throws IOException {
    return SalesforceImport.read(
        exportFiles(), Optional.of(EXPORT.resolve("stage-map.csv")), Optional.empty(), HOST);
  }

  static Map<String, Opportunity> byId(PortfolioData data) {
    return data.opportunities().stream()
        .collect(Collectors.toMap(opportunity -> opportunity.id().value(), Function.identity()));
  }

  @Test
  void partnersAreTheHostAndTheAccountsReferencedAsPartners() throws IOException {
    PortfolioData data = readExport();
    List<PartnerRow> partners = data.partners();
    assertEquals(
        List.of(HOST, CORVANE, PLAIDWICK, QUILLON), partners.stream().map(PartnerRow::id).toList());
    assertEquals("Corvane Cloud", partners.get(1).partner().name());
    assertEquals(Set.of(PartnerKind.ISV), partners.get(1).partner().kinds());
    assertEquals(Set.of(PartnerKind.SYSTEMS_INTEGRATOR), partners.get(2).partner().kinds());
    assertEquals(Set.of(PartnerKind.RESELLER), partners.get(3).partner().kinds());
  }

  @Test
  void customerAccountsAreTheOtherAccounts() throws IOException {
    assertEquals(
        List.of(
            Account.builder()
                .id(AccountId.of("001A00000000001AAA"))
                .name("Northwind Rail")
                .country(CountryCode.of("GB"))
                .industry("Transportation")
                .build(),
            Account.builder()
                .id(AccountId.of("001A00000000002AAA"))
                .name("Saltmarsh Water")
                .country(CountryCode.of("DE"))
                .industry("Utilities")
                .build()),
        readExport().accounts());
  }

  @Test
  void everyStandardStageMapsAsDocumented() throws IOException {
    Map<String, Opportunity> opportunities = byId(readExport());
    Map<String, String> expected =
        Map.ofEntries(
            Map.entry("006A00000000001AAA", "Prospect"),
            Map.entry("006A00000000002AAA", "Qualified"),
            Map.entry("006A00000000003AAA", "Qualified"),
            Map.entry("006A00000000004AAA", "Technical Validation"),
            Map.entry("006A00000000005AAA", "Technical Validation"),
            Map.entry("006A00000000006AAA", "Business Validation"),
            Map.entry("006A00000000007AAA", "Business Validation"),
            Map.entry("006A00000000008AAA", "Committed"),
            Map.entry("006A00000000009AAA", "Launched"),
            Map.entry("006A00000000010AAA", "Closed Lost"),
            Map.entry("006A00000000011AAA", "Technical Validation"),
            Map.entry("006A00000000012AAA", "Business Validation"));
    assertEquals(expected.keySet(), opportunities.keySet());
    expected.forEach((id, stage) -> assertEquals(stage, opportunities.get(id).stage().name(), id));
  }

  @Test
  void everyLeadSourceMapsOntoItsOrigin() throws IOException {
    Map<String, Opportunity> opportunities = byId(readExport());
    Map<String, Origin> expected =
        Map.ofEntries(
            Map.entry("006A00000000001AAA", Origin.PARTNER_SOURCED),
            Map.entry("006A00000000002AAA", Origin.PARTNER_INFLUENCED),
            Map.entry("006A00000000003AAA", Origin.DIRECT),
            Map.entry("006A00000000004AAA", Origin.REFERRED_TO_PARTNER),
            Map.entry("006A00000000005AAA", Origin.DIRECT),
            Map.entry("006A00000000006AAA", Origin.DIRECT),
            Map.entry("006A00000000007AAA", Origin.DIRECT),
            Map.entry("006A00000000008AAA", Origin.DIRECT),
            Map.entry("006A00000000009AAA", Origin.PARTNER_SOURCED),
            Map.entry("006A00000000010AAA", Origin.DIRECT),
            Map.entry("006A00000000011AAA", Origin.DIRECT),
            Map.entry("006A00000000012AAA", Origin.DIRECT));
    expected.forEach((id, origin) -> assertEquals(origin, opportunities.get(id).origin(), id));
  }

  @Test
  void aPartnerSourcedOpportunityReadsInFull() throws IOException {
    Opportunity first = byId(readExport()).get("006A00000000001AAA");
    Opportunity expected =
        Opportunity.builder()
            .id(OpportunityId.of("006A00000000001AAA"))
            .name("Rail data platform")
            .account(
                Account.builder()
                    .id(AccountId.of("001A00000000001AAA"))
                    .name("Northwind Rail")
                    .country(CountryCode.of("GB"))
                    .industry("Transportation")
                    .build())
            .stage(StageModels.coSell().get("Prospect"))
            .amount(Money.of(new BigDecimal("250000.00"), "GBP"))
            .created(LocalDate.of(2026, 1, 5))
            .expectedClose(LocalDate.of(2026, 9, 30))
            .owner(HOST)
            .origin(Origin.PARTNER_SOURCED)
            .addInvolvements(
                Involvement.of(CORVANE, InvolvementRole.ORIGINATOR),
                Involvement.of(CORVANE, InvolvementRole.TECHNOLOGY_PROVIDER),
                Involvement.of(PLAIDWICK, InvolvementRole.DELIVERY))
            .nextStep("Workshop on 3 Feb")
            .customerNeed("Replace the ageing timetable system")
            .addContacts(
                Contact.builder()
                    .name("Dana Marsh")
                    .title("Head of Operations")
                    .email("dana@northwind.example")
                    .phone("+44 161 496 0000")
                    .role("Decision Maker")
                    .build(),
                Contact.builder().name("Okoro").title("CFO").build())
            .build();
    assertEquals(expected, first);
  }

  @Test
  void rolesMapAndABlankRoleIsACoSeller() throws IOException {
    Map<String, Opportunity> opportunities = byId(readExport());
    assertEquals(
        List.of(Involvement.of(PLAIDWICK, InvolvementRole.INFLUENCER)),
        opportunities.get("006A00000000002AAA").involvements());
    assertEquals(
        List.of(Involvement.of(QUILLON, InvolvementRole.RESELLER)),
        opportunities.get("006A00000000004AAA").involvements());
    assertEquals(
        List.of(
            Involvement.of(CORVANE, InvolvementRole.ORIGINATOR),
            Involvement.of(CORVANE, InvolvementRole.CO_SELLER)),
        opportunities.get("006A00000000009AAA").involvements());
    assertEquals(
        Money.of(BigDecimal.ZERO, "GBP"), opportunities.get("006A00000000003AAA").amount());
  }

  @Test
  void stageHistoryKeepsOneChangePerStageOnItsUtcDay() throws IOException {
    Opportunity won = byId(readExport()).get("006A00000000009AAA");
    assertEquals(
        List.of(
            StageChange.of(LocalDate.of(2026, 2, 8), StageModels.coSell().get("Prospect")),
            StageChange.of(LocalDate.of(2026, 2, 20), StageModels.coSell().get("Committed")),
            StageChange.of(LocalDate.of(2026, 3, 15), StageModels.coSell().get("Launched"))),
        won.stageHistory());
    assertEquals(LocalDate.of(2026, 3, 15), won.closeDate());
  }

  @Test
  void leadsMapStatusPartnerDirectionAndPerson() throws IOException {
    List<Lead> leads = readExport().leads();
    assertEquals(4, leads.size());
    Lead first = leads.get(0);
    assertEquals(
        Lead.builder()
            .id(LeadId.of("00QA00000000001AAA"))
            .account(
                Account.builder()
                    .id(AccountId.of("00QA00000000001AAA"))
                    .name("Harbour Ferries")
                    .country(CountryCode.of("GB"))
                    .industry("Transportation")
                    .build())
            .source(CORVANE)
            .addSharedWith(HOST)
            .received(LocalDate.of(2026, 1, 10))
            .status(LeadStatus.NEW)
            .customerNeed("Booking system")
            .addContacts(
                Contact.builder()
                    .name("Ann Lee")
                    .title("CIO")
                    .email("ann@harbour.example")
                    .phone("+44 20 7946 0000")
                    .build())
            .build(),
        first);
    Lead second = leads.get(1);
    assertEquals(HOST, second.source());
    assertEquals(Set.of(PLAIDWICK), second.sharedWith());
    assertEquals(LeadStatus.ACCEPTED, second.status());
    Lead third = leads.get(2);
    assertEquals(LeadStatus.CONVERTED, third.status());
    assertEquals(Optional.of(OpportunityId.of("006A00000000001AAA")), third.convertedOpportunity());
    assertEquals(AccountId.of("001A00000000001AAA"), third.account().id());
    Lead fourth = leads.get(3);
    assertEquals(LeadStatus.REJECTED, fourth.status());
    assertEquals(HOST, fourth.source());
    assertEquals(Set.of(), fourth.sharedWith());
    assertEquals(List.of(Contact.of("Ellis")), fourth.contacts());
  }

  @Test
  void aCampaignBelongsToTheRelationshipWithThePartnerOfItsMembers() throws IOException {
    PortfolioData data = readExport();
    assertEquals(
        List.of(
            Campaign.builder()
                .id(org.alliancekit.model.marketing.CampaignId.of("701A00000000001AAA"))
                .relationship(RelationshipId.of("host-001A00000000003AAA"))
                .name("Corvane partner roadshow")
                .kind(CampaignKind.PUSH)
                .start(LocalDate.of(2026, 1, 1))
                .end(LocalDate.of(2026, 3, 31))
                .cost(Money.of(40000, "GBP"))
                .addLeads(LeadId.of("00QA00000000001AAA"))
                .addOpportunities(OpportunityId.of("006A00000000009AAA"))
                .build()),
        data.campaigns());
    List<Problem> problems = data.problems().stream().filter(p -> !p.isWarning()).toList();
    assertEquals(2, problems.size(), problems::toString);
    Problem contact = problems.get(0);
    assertEquals("OpportunityContactRole.csv", contact.file());
    assertEquals(4, contact.line());
    assertEquals("ContactId", contact.column());
    assertEquals(ProblemKind.UNKNOWN_REFERENCE, contact.kind());
    Problem campaign = problems.get(1);
    assertEquals("Campaign.csv", campaign.file());
    assertEquals(ProblemKind.INCONSISTENT, campaign.kind());
    assertTrue(campaign.message().contains("701A00000000002AAA"), campaign::message);
  }

  @Test
  void aStageNameOfNeitherModelNeedsTheStageMapAndSaysSo() throws IOException {
    PortfolioData data =
        SalesforceImport.read(exportFiles(), Optional.empty(), Optional.empty(), HOST);
    assertEquals(11, data.opportunities().size());
    Problem problem =
        data.problems().stream()
            .filter(p -> p.file().equals("Opportunity.csv"))
            .findFirst()
            .orElseThrow();
    assertEquals("Opportunity.csv", problem.file());
    assertEquals(13, problem.line());
    assertEquals("StageName", problem.column());
    assertTrue(problem.message().contains("'Pilot Agreed'"), problem::message);
    assertTrue(problem.message().contains("stage map file"), problem::message);
  }
}

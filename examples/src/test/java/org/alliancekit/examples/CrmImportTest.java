package org.alliancekit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.InvolvementRole;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.Origin;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class CrmImportTest {
  private static final String OUTPUT = Printed.by(CrmImport::run);

  private static final String OPPORTUNITY_HEADER =
      "Id,Name,AccountId,Account.Name,StageName,Amount,CurrencyIsoCode,CloseDate,CreatedDate,"
          + "OwnerId,LeadSource\n";
  private static final String PARTNER_HEADER = "OpportunityId,AccountToId,Role,IsPrimary\n";
  private static final CrmImport IMPORT =
      CrmImport.of(
          PartnerId.of("host"),
          Map.of("001A", PartnerId.of("alpha"), "001B", PartnerId.of("beta")));

  private static ReadResult<Opportunity> read(String opportunities, String partners) {
    return IMPORT.read(new StringReader(opportunities), new StringReader(partners));
  }

  private static String opportunity(String id, String leadSource) {
    return id
        + ",Deal "
        + id
        + ",001X,Customer,Qualification,1000,GBP,2026-06-30,2026-01-15,005U,"
        + leadSource
        + "\n";
  }

  @Test
  void reportsEveryBadRowOfTheBundledExportWithItsLine() {
    List<String> problems =
        OUTPUT.lines().filter(line -> line.startsWith("  ")).map(String::strip).toList();
    assertEquals(
        List.of(
            "Opportunity.csv:6 [Amount] INVALID_VALUE: amount '12,5OO' is not a number",
            "Opportunity.csv:8 [StageName] INVALID_VALUE: sales stage 'Contracting' is not one of"
                + " Prospecting, Qualification, Needs Analysis, Value Proposition, Id. Decision"
                + " Makers, Perception Analysis, Proposal/Price Quote, Negotiation/Review, Closed"
                + " Won, Closed Lost",
            "Opportunity.csv:10 [CloseDate] INVALID_VALUE: close date 2026-01-15 is before the"
                + " creation date 2026-02-01",
            "Opportunity.csv:11 [LeadSource] INVALID_VALUE: lead source makes the opportunity"
                + " PARTNER_SOURCED, but it has no partner",
            "OpportunityPartner.csv:9 [OpportunityId] UNKNOWN_REFERENCE: opportunity"
                + " 006Qy00000Op005IAA was left out (line 6)",
            "OpportunityPartner.csv:12 [OpportunityId] UNKNOWN_REFERENCE: opportunity"
                + " 006Qy00000Op099IAA is not in Opportunity.csv",
            "OpportunityPartner.csv:14 [AccountToId] UNKNOWN_REFERENCE: account 001Qy00000aZzQxIAA"
                + " is not a known partner account",
            "OpportunityPartner.csv:16 [Role] INVALID_VALUE: role 'Landlord' is not one of System"
                + " Integrator, Contractor, VAR/Reseller, Dealer, Distributor, Developer, Supplier,"
                + " Consultant, Agency, Advertiser, Broker, Co-seller"),
        problems);
    assertTrue(
        OUTPUT.startsWith(
            "Imported 8 opportunities from Opportunity.csv and OpportunityPartner.csv; 8"
                + " problems:"),
        OUTPUT);
  }

  @Test
  void mapsTheColumnsOntoTheModel() {
    String line =
        OUTPUT.lines().filter(l -> l.startsWith("006Qy00000Op001IAA")).findFirst().orElseThrow();
    assertEquals(
        "006Qy00000Op001IAA  Claims platform modernisation  Business Validation     GBP"
            + " 420,000.00  PARTNER_SOURCED      plaidwick (ORIGINATOR, TECHNOLOGY_PROVIDER),"
            + " corvane (TECHNOLOGY_PROVIDER)",
        line);
  }

  @Test
  void readsOneGoodOpportunityWithItsPartners() {
    ReadResult<Opportunity> result =
        read(
            OPPORTUNITY_HEADER
                + "006A,Claims platform,001X,\"Aldersgate Mutual, Insurance\",Proposal/Price Quote,"
                + "420000.50,EUR,2026-09-30,2026-02-11T23:30:00.000-0200,005U,Partner Referral\n",
            PARTNER_HEADER + "006A,001A,Developer,true\n006A,001B,Consultant,false\n");
    assertEquals(List.of(), result.problems());
    Opportunity deal = result.values().get(0);
    assertEquals("006A", deal.id().value());
    assertEquals("Claims platform", deal.name());
    assertEquals(AccountId.of("001X"), deal.account().id());
    assertEquals("Aldersgate Mutual, Insurance", deal.account().name());
    assertEquals("Business Validation", deal.stage().name());
    assertEquals(Money.of(new BigDecimal("420000.50"), "EUR"), deal.amount());
    assertEquals(LocalDate.of(2026, 9, 30), deal.expectedClose());
    // 23:30 at UTC-2 is 01:30 the next day in UTC.
    assertEquals(LocalDate.of(2026, 2, 12), deal.created());
    assertEquals(PartnerId.of("host"), deal.owner());
    assertEquals(Origin.PARTNER_SOURCED, deal.origin());
    assertEquals(
        List.of(
            Involvement.of(PartnerId.of("alpha"), InvolvementRole.ORIGINATOR),
            Involvement.of(PartnerId.of("alpha"), InvolvementRole.TECHNOLOGY_PROVIDER),
            Involvement.of(PartnerId.of("beta"), InvolvementRole.INFLUENCER)),
        deal.involvements());
    assertEquals(List.of(2L), result.lines());
  }

  @Test
  void leadSourcesOutsideThePartnerOnesAreDirect() {
    ReadResult<Opportunity> result =
        read(
            OPPORTUNITY_HEADER + opportunity("006A", "Web") + opportunity("006B", ""),
            PARTNER_HEADER);
    assertEquals(List.of(), result.problems());
    assertEquals(Origin.DIRECT, result.values().get(0).origin());
    assertEquals(Origin.DIRECT, result.values().get(1).origin());
  }

  @Test
  void partnerSourcedNeedsExactlyOnePrimaryPartner() {
    ReadResult<Opportunity> result =
        read(
            OPPORTUNITY_HEADER + opportunity("006A", "Partner Referral"),
            PARTNER_HEADER + "006A,001A,Developer,true\n006A,001B,Supplier,true\n");
    assertEquals(List.of(), result.values());
    assertEquals(
        List.of(
            Problem.inFile(
                "Opportunity.csv",
                2,
                "LeadSource",
                ProblemKind.INVALID_VALUE,
                "a partner-sourced opportunity needs exactly one primary partner, the one that"
                    + " brought it; it has 2"),
            Problem.inFile(
                "OpportunityPartner.csv",
                2,
                "OpportunityId",
                ProblemKind.UNKNOWN_REFERENCE,
                "the opportunity of this row was left out (Opportunity.csv line 2)"),
            Problem.inFile(
                "OpportunityPartner.csv",
                3,
                "OpportunityId",
                ProblemKind.UNKNOWN_REFERENCE,
                "the opportunity of this row was left out (Opportunity.csv line 2)")),
        result.problems());
  }

  @Test
  void reportsARepeatedPartnerRoleAndKeepsTheOpportunity() {
    ReadResult<Opportunity> result =
        read(
            OPPORTUNITY_HEADER + opportunity("006A", "Partner Influenced"),
            PARTNER_HEADER + "006A,001A,Supplier,false\n006A,001A,Developer,false\n");
    assertEquals(1, result.values().size());
    assertEquals(
        List.of(
            Problem.inFile(
                "OpportunityPartner.csv",
                3,
                "Role",
                ProblemKind.DUPLICATE,
                "partner alpha already has role TECHNOLOGY_PROVIDER in this opportunity (line 2)")),
        result.problems());
  }

  @Test
  void reportsBadCellsEachInItsColumn() {
    ReadResult<Opportunity> result =
        read(
            OPPORTUNITY_HEADER
                + "006A,Deal,001X,Customer,Qualification,-5,GBP,2026-06-30,2026-01-15,005U,Web\n"
                + "006B,Deal,001X,Customer,Qualification,5,XYZ,30/06/2026,2026-01-15,,Web\n"
                + "006C,Deal,001X,Customer\n"
                + opportunity("006C", "Web")
                + opportunity("006C", "Web"),
            PARTNER_HEADER + "006C,001A,Supplier,yes\n");
    assertEquals(1, result.values().size());
    assertEquals(
        List.of(
            "Opportunity.csv:2 [Amount] OUT_OF_RANGE: amount -5 is negative",
            "Opportunity.csv:3 [CurrencyIsoCode] INVALID_VALUE: currency 'XYZ' is not known",
            "Opportunity.csv:3 [CloseDate] INVALID_VALUE: '30/06/2026' is not a date such as"
                + " 2026-03-31",
            "Opportunity.csv:3 [OwnerId] MISSING_VALUE: OwnerId is empty",
            "Opportunity.csv:4 MALFORMED_ROW: row has 4 fields, but the header has 11",
            "Opportunity.csv:6 [Id] DUPLICATE: opportunity 006C is listed twice",
            "OpportunityPartner.csv:2 [IsPrimary] INVALID_VALUE: 'yes' is neither true nor false"),
        result.problems().stream().map(Problem::toString).toList());
  }

  @Test
  void reportsMissingColumnsAndBrokenQuotes() {
    ReadResult<Opportunity> result =
        read(
            "Id,Name,AccountId,Account.Name,StageName,Amount,CurrencyIsoCode,CloseDate\n006A\n",
            PARTNER_HEADER + "006A,001A,Supplier,false\n006A,\"001A,Supplier,false\n");
    assertEquals(List.of(), result.values());
    List<String> problems = result.problems().stream().map(Problem::toString).toList();
    assertEquals(5, problems.size(), problems.toString());
    assertEquals(
        List.of(
            "Opportunity.csv:1 [CreatedDate] MISSING_COLUMN: required column CreatedDate is"
                + " missing from the header",
            "Opportunity.csv:1 [OwnerId] MISSING_COLUMN: required column OwnerId is missing from"
                + " the header",
            "Opportunity.csv:1 [LeadSource] MISSING_COLUMN: required column LeadSource is missing"
                + " from the header",
            "OpportunityPartner.csv:2 [OpportunityId] UNKNOWN_REFERENCE: opportunity 006A is not"
                + " in Opportunity.csv"),
        problems.subList(0, 4));
    assertTrue(
        problems.get(4).startsWith("OpportunityPartner.csv:3 UNREADABLE_FILE: CSV syntax error"),
        problems.get(4));
  }

  @Test
  void mainPrintsTheSameToStandardOutput() {
    assertEquals(OUTPUT, Printed.byMain(CrmImport::main));
  }
}

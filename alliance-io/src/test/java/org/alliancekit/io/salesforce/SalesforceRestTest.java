package org.alliancekit.io.salesforce;

import static org.alliancekit.io.salesforce.SalesforceImportTest.CORVANE;
import static org.alliancekit.io.salesforce.SalesforceImportTest.HOST;
import static org.alliancekit.io.salesforce.SalesforceImportTest.PLAIDWICK;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.alliancekit.io.PartnerRow;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerKind;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadStatus;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.pipeline.StageModels;
import org.junit.jupiter.api.Test;

/** Known answers of REST query results: the same records as the CSV export give the same values. */
class SalesforceRestTest {
  static final Path REST = Path.of("src/test/resources/salesforce/rest");

  static PortfolioData readRest() {
    return SalesforceImport.read(
        List.of(REST.resolve("query.json"), REST.resolve("history.json")),
        Optional.empty(),
        Optional.empty(),
        HOST);
  }

  @Test
  void aQueryResultGivesTheOpportunityTheCsvExportGives() throws IOException {
    PortfolioData rest = readRest();
    assertEquals(List.of(), rest.problems());
    Opportunity fromCsv =
        SalesforceImportTest.byId(SalesforceImportTest.readExport()).get("006A00000000001AAA");
    Opportunity fromRest = rest.opportunities().get(0);
    assertEquals(
        fromCsv.withStageHistory(
            StageChange.of(LocalDate.of(2026, 1, 5), StageModels.coSell().get("Prospect"))),
        fromRest);
  }

  @Test
  void childRelationshipRecordsAndRecordsOfSeveralObjectsAreRead() {
    PortfolioData rest = readRest();
    assertEquals(
        List.of(HOST, CORVANE, PLAIDWICK), rest.partners().stream().map(PartnerRow::id).toList());
    assertEquals(Set.of(PartnerKind.ISV), rest.partners().get(1).partner().kinds());
    assertEquals("001A00000000004AAA", rest.partners().get(2).partner().name());
    assertEquals(
        List.of(AccountId.of("001A00000000001AAA")),
        rest.accounts().stream().map(a -> a.id()).toList());
    Lead lead = rest.leads().get(0);
    assertEquals(LeadStatus.CONVERTED, lead.status());
    assertEquals(Optional.of(OpportunityId.of("006A00000000001AAA")), lead.convertedOpportunity());
    assertEquals(CORVANE, lead.source());
    assertEquals(Set.of(HOST), lead.sharedWith());
    // 23:30 at -02:00 is 01:30 the next day in UTC
    assertEquals(LocalDate.of(2026, 1, 3), lead.received());
    assertEquals("Harbour Ferries", lead.account().name());
  }
}

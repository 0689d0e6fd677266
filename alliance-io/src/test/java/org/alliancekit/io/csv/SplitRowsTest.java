package org.alliancekit.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.List;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.StageModels;
import org.junit.jupiter.api.Test;

/**
 * Reading rows already split into cells (as a Spark DataFrame holds them) gives what reading the
 * file gives: the same records, lines and problems.
 */
class SplitRowsTest {
  private static final String OPPORTUNITIES =
      "opportunity_id,account_id,account_name,name,amount,currency,stage,created_date,close_date,"
          + "owner_id,origin\n"
          + "o-1,a-1,Northwind,Claims,1000.50,EUR,Committed,2026-01-10,2026-06-30,host,"
          + "PARTNER_SOURCED\n"
          + "o-2,a-2,Globex,Ledger,-5,EUR,Prospect,2026-01-10,2026-06-30,host,DIRECT\n"
          + "o-3,a-1,Northwind,Billing,20,USD,Closed Lost,2026-02-01,2026-01-01,host,DIRECT\n";
  private static final String INVOLVEMENTS =
      "opportunity_id,partner_id,role\n" + "o-1,acme,ORIGINATOR\n" + "o-9,acme,CO_SELLER\n";
  private static final String HISTORY =
      "opportunity_id,stage,date\n"
          + "o-1,Committed,2026-03-02\n"
          + "o-1,Prospect,2026-01-10\n"
          + "o-7,Prospect,2026-01-10\n";
  private static final String LEADS =
      "lead_id,account_id,account_name,source_id,received_date,shared_with,status\n"
          + "l-1,a-1,Northwind,acme,2026-01-05,host;isv,NEW\n"
          + "l-2,a-1,Northwind,acme,yesterday,host,NEW\n";

  private static List<CsvTableReader.DataRow> rows(String text, List<String> columns) {
    CsvTableReader.Table table =
        CsvTableReader.read(new StringReader(text), "file.csv", columns, List.of());
    assertTrue(table.problems().isEmpty(), table.problems()::toString);
    return table.rows();
  }

  @Test
  void opportunitiesWithHistoriesAreReadAsFromTheFiles() {
    ReadResult<Opportunity> fromFiles =
        StageHistoryCsv.withHistories(
            OpportunitiesCsv.read(
                new StringReader(OPPORTUNITIES),
                "opportunities.csv",
                new StringReader(INVOLVEMENTS),
                "involvements.csv"),
            StageHistoryCsv.read(new StringReader(HISTORY), "stage_history.csv"));
    List<String> opportunityColumns = OpportunitiesCsv.OPPORTUNITY_COLUMNS.subList(0, 11);
    ReadResult<Opportunity> fromRows =
        StageHistoryCsv.withHistories(
            OpportunitiesCsv.read(
                rows(OPPORTUNITIES, opportunityColumns),
                "opportunities.csv",
                rows(INVOLVEMENTS, OpportunitiesCsv.INVOLVEMENT_COLUMNS.subList(0, 3)),
                "involvements.csv",
                StageModels.coSell()),
            StageHistoryCsv.read(
                rows(HISTORY, StageHistoryCsv.COLUMNS), "stage_history.csv", StageModels.coSell()));
    assertEquals(fromFiles, fromRows);
    // Hand-checked: o-1 is read with its involvement and its history in date order; o-2 has a
    // negative amount, o-3 closes before it was created; the involvement of o-9 and the history
    // of o-7 name opportunities that are not there.
    assertEquals(List.of(OpportunityId.of("o-1")), ids(fromRows));
    Opportunity o1 = fromRows.values().get(0);
    assertEquals(1, o1.involvements().size());
    assertEquals(
        List.of(LocalDate.of(2026, 1, 10), LocalDate.of(2026, 3, 2)),
        o1.stageHistory().stream().map(change -> change.date()).toList());
    assertEquals(List.of(2L), fromRows.lines());
    assertEquals(4, fromRows.problems().size(), fromRows.problems()::toString);
    assertEquals(
        List.of("opportunities.csv:3", "opportunities.csv:4", "involvements.csv:3"),
        fromRows.problems().stream()
            .filter(p -> !p.file().equals("stage_history.csv"))
            .map(p -> p.file() + ":" + p.line())
            .toList());
    assertTrue(
        fromRows.problems().stream()
            .anyMatch(
                p ->
                    p.file().equals("stage_history.csv")
                        && p.line() == 4
                        && p.kind() == ProblemKind.UNKNOWN_REFERENCE));
  }

  @Test
  void leadsAreReadAsFromTheFile() {
    ReadResult<Lead> fromFile = LeadsCsv.read(new StringReader(LEADS), "leads.csv");
    ReadResult<Lead> fromRows =
        LeadsCsv.read(rows(LEADS, LeadsCsv.COLUMNS.subList(0, 7)), "leads.csv");
    assertEquals(fromFile, fromRows);
    assertEquals(1, fromRows.values().size());
    assertEquals(2, fromRows.values().get(0).sharedWith().size());
    assertEquals(1, fromRows.problems().size());
    assertEquals(3L, fromRows.problems().get(0).line());
    assertEquals("received_date", fromRows.problems().get(0).column());
  }

  private static List<OpportunityId> ids(ReadResult<Opportunity> result) {
    return result.values().stream().map(Opportunity::id).toList();
  }
}

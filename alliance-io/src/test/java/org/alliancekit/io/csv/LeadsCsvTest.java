package org.alliancekit.io.csv;

import static org.alliancekit.io.csv.Problems.assertProblems;
import static org.alliancekit.io.csv.Problems.at;
import static org.alliancekit.io.csv.Problems.problemAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.Samples;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.LeadId;
import org.alliancekit.model.pipeline.LeadStatus;
import org.junit.jupiter.api.Test;

class LeadsCsvTest {
  private static final String FILE = "leads.csv";
  private static final String HEADER =
      "lead_id,account_id,account_name,source_id,received_date,shared_with,status,opportunity_id\n";

  private static ReadResult<Lead> read(String text) {
    return LeadsCsv.read(new StringReader(text), FILE);
  }

  @Test
  void readsLeadsWithTheirSharingAndConversion() {
    ReadResult<Lead> result =
        read(
            HEADER
                + "l-1,contoso,Contoso,acme,2026-02-01,hq; globex,converted,o-1\n"
                + "l-2,fabrikam,Fabrikam,hq,2026-05-01,,REJECTED,\n");
    assertTrue(result.isClean(), result::toString);
    assertEquals(Samples.lead(), result.values().get(0));
    assertEquals(
        Lead.builder()
            .id(LeadId.of("l-2"))
            .account(Account.of(AccountId.of("fabrikam"), "Fabrikam"))
            .source(Samples.HOST)
            .received(LocalDate.of(2026, 5, 1))
            .status(LeadStatus.REJECTED)
            .build(),
        result.values().get(1));
    assertEquals(ImmutableList.of(2L, 3L), result.lines());
  }

  @Test
  void readsColumnsInAnyOrderWithoutTheOptionalOne() {
    ReadResult<Lead> result =
        read(
            "STATUS,Shared_With,received_date,source_id,account_name,account_id,lead_id\n"
                + "NEW,hq,2026-02-01,acme,Contoso,contoso,l-1\n");
    assertTrue(result.isClean(), result::toString);
    assertEquals(LeadStatus.NEW, result.values().get(0).status());
    assertEquals(ImmutableList.of(Samples.HOST), result.values().get(0).sharedWith().asList());
  }

  @Test
  void reportsEveryBadRowWithItsLineColumnAndReason() {
    ReadResult<Lead> result =
        read(
            HEADER
                + "l-1,contoso,Contoso,acme,2026-02-01,hq,NEW,\n" // 2
                + "l-2,contoso,Contoso,acme,2026-02-01,hq;acme,NEW,\n" // 3
                + "l-3,contoso,Contoso,acme,2026-02-01,hq,CONVERTED,\n" // 4
                + "l-4,contoso,Contoso,acme,2026-02-01,hq,NEW,o-1\n" // 5
                + "l-5,contoso,Contoso,acme,2026-02-01,hq,WON,\n" // 6
                + "l-6,contoso,Contoso,acme,1 Feb 2026,hq,NEW,\n" // 7
                + "l-7,contoso,,acme,2026-02-01,hq,NEW,\n" // 8
                + "l-1,contoso,Contoso,acme,2026-02-01,hq,NEW,\n" // 9
                + "l-8,contoso,Contoso,acme,2026-02-01,,ACCEPTED,\n"); // 10
    assertProblems(
        result,
        at(FILE, 3, "", ProblemKind.INVALID_VALUE),
        at(FILE, 4, "", ProblemKind.INVALID_VALUE),
        at(FILE, 5, "", ProblemKind.INVALID_VALUE),
        at(FILE, 6, "status", ProblemKind.INVALID_VALUE),
        at(FILE, 7, "received_date", ProblemKind.INVALID_VALUE),
        at(FILE, 8, "account_name", ProblemKind.MISSING_VALUE),
        at(FILE, 9, "lead_id", ProblemKind.DUPLICATE));
    assertEquals(ImmutableList.of(2L, 10L), result.lines());
    assertEquals("lead l-2 is shared with its own source acme", problemAt(result, 3, "").message());
    assertEquals(
        "lead l-3 is CONVERTED, so it must name the opportunity it became",
        problemAt(result, 4, "").message());
    assertEquals(
        "status 'WON' is not one of NEW, ACCEPTED, REJECTED, CONVERTED",
        problemAt(result, 6, "status").message());
    assertEquals("lead l-1 is already listed on line 2", problemAt(result, 9, "lead_id").message());
  }

  @Test
  void roundTripsWhatTheFileHolds() throws IOException {
    ImmutableList<Lead> leads =
        ImmutableList.of(
            Samples.lead(),
            Samples.pipeline().leads().get(1),
            Lead.builder()
                .id(LeadId.of("l-3"))
                .account(Account.of(AccountId.of("x"), " Spaced, \"Quoted\" "))
                .source(Samples.GLOBEX)
                .received(LocalDate.of(2026, 3, 4))
                .status(LeadStatus.ACCEPTED)
                .build());
    StringWriter out = new StringWriter();
    LeadsCsv.write(out, leads);
    assertTrue(
        out.toString()
            .startsWith(
                "lead_id,account_id,account_name,source_id,received_date,shared_with,status,"
                    + "opportunity_id,title,referral_status,customer_need,estimated_value,currency,"
                    + "expected_close_date,external_id,contact_consent\r\n"
                    + "l-1,contoso,Contoso,acme,2026-02-01,hq;globex,CONVERTED,o-1,,,,,,,,\r\n"),
        out::toString);
    ReadResult<Lead> back = read(out.toString());
    assertTrue(back.isClean(), back::toString);
    assertEquals(leads, back.values());
  }

  @Test
  void refusesToWriteAPartyIdTheListCannotHold() {
    Lead lead = Samples.lead().withSharedWith(PartnerId.of("a;b"));
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> LeadsCsv.write(new StringWriter(), ImmutableList.of(lead)));
    assertTrue(e.getMessage().contains("shared_with"), e::getMessage);
  }

  @Test
  void rejectsNullsEverywhere() {
    Samples.nullPointerTester().testAllPublicStaticMethods(LeadsCsv.class);
  }
}

package org.alliancekit.io.csv;

import static org.alliancekit.io.csv.Problems.assertProblems;
import static org.alliancekit.io.csv.Problems.at;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.pipeline.Contact;
import org.alliancekit.model.pipeline.ExpectedSpend;
import org.alliancekit.model.pipeline.Lead;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.ReferralSubStatus;
import org.alliancekit.model.pipeline.ReviewStatus;
import org.alliancekit.model.pipeline.SpendFrequency;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The co-sell columns of opportunities.csv and leads.csv, and the files expected_spend.csv and
 * contacts.csv: read into the model, checked against the records they complete, written and read
 * again.
 */
class CoSellColumnsTest {
  private static final Map<String, String> FOLDER = folder();

  private static Map<String, String> folder() {
    Map<String, String> files = new LinkedHashMap<>();
    files.put(
        "partners.csv",
        "partner_id,name,kinds\nhq,Host Ltd,SYSTEMS_INTEGRATOR\naws,AWS,PLATFORM_VENDOR\n");
    files.put(
        "relationships.csv",
        "relationship_id,host_id,partner_id,motion,symmetry,formality,start_date,"
            + "alliance_revenue,currency\n");
    files.put(
        "opportunities.csv",
        "opportunity_id,account_id,account_name,name,amount,currency,stage,created_date,"
            + "close_date,owner_id,review_status,referral_status,customer_need,external_id,"
            + "contact_consent\n"
            + "o-1,n,Northwind,Claims,250000,USD,Qualified,2026-01-10,2026-06-30,hq,submitted,"
            + "ACCEPTED,\"Claims take 40 days.\nThey want 5.\",O1234,\n"
            + "o-2,c,Contoso,Lake,1000,USD,Prospect,2026-02-01,2026-03-01,hq,,,,,FALSE\n");
    files.put(
        "expected_spend.csv",
        "opportunity_id,amount,currency,frequency,target\n"
            + "o-1,5000.50,USD,MONTHLY,AWS\n"
            + "o-1,100,EUR,ANNUAL,\n");
    files.put(
        "leads.csv",
        "lead_id,account_id,account_name,source_id,received_date,shared_with,status,title,"
            + "referral_status,estimated_value,currency,expected_close_date,external_id,"
            + "contact_consent\n"
            + "l-1,f,Fabrikam,aws,2026-03-01,hq,NEW,Data platform,RECEIVED,80000,EUR,2026-09-30,"
            + "ref-1,true\n"
            + "l-2,g,Globex,aws,2026-03-02,hq,NEW,,,,,,,false\n");
    files.put(
        "contacts.csv",
        "opportunity_id,lead_id,name,email,phone,title,role\n"
            + "o-1,,Ada Byron,ada@example.com,,CIO,Decision Maker\n"
            + ",l-1,Grace Hopper,,+1 206 555 0100,,\n");
    return files;
  }

  private static PortfolioData read(Map<String, String> files) {
    return PortfolioReader.standard()
        .read(
            name ->
                Optional.ofNullable(files.get(name)).map(text -> (Reader) new StringReader(text)));
  }

  private static Map<String, String> with(String file, String text) {
    Map<String, String> files = new HashMap<>(FOLDER);
    files.put(file, text);
    return files;
  }

  @Test
  void readsTheCoSellFieldsIntoTheRecords() {
    PortfolioData data = read(FOLDER);
    assertEquals(List.of(), data.problems());
    Opportunity first = data.opportunities().get(0);
    assertEquals(Optional.of(ReviewStatus.SUBMITTED), first.reviewStatus());
    assertEquals(Optional.of(ReferralSubStatus.ACCEPTED), first.referralStatus());
    assertEquals(Optional.of("Claims take 40 days.\nThey want 5."), first.customerNeed());
    assertEquals(Optional.of("O1234"), first.externalId());
    assertTrue(first.contactConsent());
    assertEquals(
        List.of(
            ExpectedSpend.builder()
                .amount(Money.of(5000.50, "USD"))
                .frequency(SpendFrequency.MONTHLY)
                .target("AWS")
                .build(),
            ExpectedSpend.of(Money.of(100, "EUR"), SpendFrequency.ANNUAL)),
        first.expectedSpend());
    assertEquals(Money.of(60006, "USD"), first.expectedSpend().get(0).annualAmount());
    assertEquals(
        List.of(
            Contact.builder()
                .name("Ada Byron")
                .email("ada@example.com")
                .title("CIO")
                .role("Decision Maker")
                .build()),
        first.contacts());
    assertFalse(data.opportunities().get(1).contactConsent());
    Lead lead = data.leads().get(0);
    assertEquals(Optional.of("Data platform"), lead.title());
    assertEquals(Optional.of(ReferralSubStatus.RECEIVED), lead.referralStatus());
    assertEquals(Optional.of(Money.of(80000, "EUR")), lead.estimatedValue());
    assertEquals(Optional.of(LocalDate.of(2026, 9, 30)), lead.expectedClose());
    assertEquals(Optional.of("ref-1"), lead.externalId());
    assertEquals(
        List.of(Contact.builder().name("Grace Hopper").phone("+1 206 555 0100").build()),
        lead.contacts());
    assertFalse(data.leads().get(1).contactConsent());
  }

  @Test
  void aFolderWrittenAndReadAgainIsEqual(@TempDir Path dir) throws IOException {
    PortfolioData data = read(FOLDER);
    PortfolioWriter.write(data, dir.resolve("copy"));
    assertTrue(Files.exists(dir.resolve("copy").resolve(ExpectedSpendCsv.FILE_NAME)));
    assertTrue(Files.exists(dir.resolve("copy").resolve(ContactsCsv.FILE_NAME)));
    assertEquals(data, PortfolioReader.standard().read(dir.resolve("copy")));
  }

  @Test
  void aContactOfARecordWithoutConsentIsLeftOutAndReported() {
    PortfolioData data =
        read(
            with(
                "contacts.csv",
                "opportunity_id,lead_id,name\n"
                    + "o-2,,Ada Byron\n"
                    + ",l-2,Grace Hopper\n"
                    + "o-1,,Alan Turing\n"));
    assertProblems(
        data.problems(),
        at("contacts.csv", 2, "opportunity_id", ProblemKind.INVALID_VALUE),
        at("contacts.csv", 3, "lead_id", ProblemKind.INVALID_VALUE));
    assertTrue(data.problems().get(0).message().contains("consent"), data.problems()::toString);
    assertEquals(List.of(), data.opportunities().get(1).contacts());
    assertEquals(List.of(), data.leads().get(1).contacts());
    assertEquals(List.of(Contact.of("Alan Turing")), data.opportunities().get(0).contacts());
  }

  @Test
  void rowsOfUnknownRecordsAndBrokenRowsAreReportedAtTheirLines() {
    Map<String, String> files =
        with(
            "expected_spend.csv",
            "opportunity_id,amount,currency,frequency\n"
                + "o-9,10,USD,MONTHLY\n"
                + "o-1,-1,USD,MONTHLY\n"
                + "o-1,1,USD,WEEKLY\n");
    files.put(
        "contacts.csv",
        "opportunity_id,lead_id,name\n" + "o-1,l-1,Ada Byron\n" + ",,Grace Hopper\n");
    files.put(
        "leads.csv",
        "lead_id,account_id,account_name,source_id,received_date,shared_with,status,"
            + "estimated_value,currency,contact_consent\n"
            + "l-1,f,Fabrikam,aws,2026-03-01,hq,NEW,80000,,yes\n");
    PortfolioData data = read(files);
    assertProblems(
        data.problems(),
        at("expected_spend.csv", 2, "opportunity_id", ProblemKind.UNKNOWN_REFERENCE),
        at("expected_spend.csv", 3, "amount", ProblemKind.OUT_OF_RANGE),
        at("expected_spend.csv", 4, "frequency", ProblemKind.INVALID_VALUE),
        at("leads.csv", 2, "contact_consent", ProblemKind.INVALID_VALUE),
        at("leads.csv", 2, "currency", ProblemKind.MISSING_VALUE),
        at("contacts.csv", 2, "opportunity_id", ProblemKind.MISSING_VALUE),
        at("contacts.csv", 3, "opportunity_id", ProblemKind.MISSING_VALUE));
    assertEquals(List.of(), data.opportunities().get(0).expectedSpend());
  }
}

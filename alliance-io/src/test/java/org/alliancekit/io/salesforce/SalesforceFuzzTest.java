package org.alliancekit.io.salesforce;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.cosell.ExportResult;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.party.PartnerId;

/**
 * Fuzz test of the Salesforce import. An input is split at NUL bytes into files named, in turn,
 * {@code Account.csv}, {@code Opportunity.csv}, {@code OpportunityPartner.csv}, {@code
 * OpportunityHistory.csv}, {@code Lead.csv}, {@code Campaign.csv}, {@code CampaignMember.csv} and
 * {@code query.json}. The laws: nothing is thrown; every problem names one of those files and a
 * line inside it; the opportunities and leads read, exported as Data Loader CSV and read again, are
 * the same.
 *
 * <p>A normal build runs the seeds under {@code SalesforceFuzzTestInputs} in the test resources;
 * the {@code fuzzing} profile fuzzes them.
 */
class SalesforceFuzzTest {
  private static final PartnerId HOST = PartnerId.of("host");
  private static final List<String> NAMES =
      List.of(
          "Account.csv",
          "Opportunity.csv",
          "OpportunityPartner.csv",
          "OpportunityHistory.csv",
          "Lead.csv",
          "Campaign.csv",
          "CampaignMember.csv",
          "query.json");

  @FuzzTest(maxDuration = "10m")
  void salesforceExport(byte[] input) {
    String text = new String(input, UTF_8);
    String[] parts = text.split("\u0000", NAMES.size());
    Map<String, String> files = new LinkedHashMap<>();
    for (int i = 0; i < parts.length; i++) {
      files.put(NAMES.get(i), parts[i]);
    }
    PortfolioData data = SalesforceImport.read(files, Optional.empty(), Optional.empty(), HOST);
    for (Problem problem : data.problems()) {
      assertFalse(problem.message().isBlank(), () -> "a problem without a message: " + problem);
      String file = problem.file();
      assertTrue(files.containsKey(file), () -> "a problem of no input file: " + problem);
      long lines = files.get(file).lines().count() + 1;
      assertTrue(problem.line() <= lines, () -> "a problem after the last line: " + problem);
    }
    ExportResult export = SalesforceExport.write(data, HOST);
    if (export.problems().isEmpty()) {
      PortfolioData back =
          SalesforceImport.read(export.documents(), Optional.empty(), Optional.empty(), HOST);
      assertEquals(data.opportunities(), back.opportunities(), () -> export.documents().toString());
      assertEquals(data.leads(), back.leads(), () -> export.documents().toString());
    }
  }
}

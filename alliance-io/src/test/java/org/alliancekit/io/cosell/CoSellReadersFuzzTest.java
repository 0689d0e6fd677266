package org.alliancekit.io.cosell;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.List;
import java.util.Map;
import org.alliancekit.io.PortfolioData;
import org.alliancekit.io.ace.AceExport;
import org.alliancekit.io.ace.AceImport;
import org.alliancekit.io.partnercenter.PartnerCenterExport;
import org.alliancekit.io.partnercenter.PartnerCenterImport;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.party.Partner;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.party.PartnerKind;

/**
 * Fuzz test of the co-sell readers. The laws: reading any bytes throws nothing; every problem is in
 * the file read, at a line of the input (or 0) and, when it names one, at a JSON pointer; every
 * record read is exported to a document that reads back with the same id and without problems, or
 * the exporter reports why it cannot be.
 *
 * <p>A normal build runs the seeds under {@code CoSellReadersFuzzTestInputs} in the test resources;
 * the {@code fuzzing} profile fuzzes them.
 */
class CoSellReadersFuzzTest {
  private static final String FILE = "in.json";
  private static final Partner HOST =
      Partner.builder().id(PartnerId.of("host")).name("Host").addKinds(PartnerKind.ISV).build();
  private static final Partner PLATFORM =
      Partner.builder()
          .id(PartnerId.of("platform"))
          .name("Platform")
          .addKinds(PartnerKind.PLATFORM_VENDOR)
          .build();

  @FuzzTest(maxDuration = "10m")
  void ace(byte[] input) {
    String text = new String(input, UTF_8);
    PortfolioData read =
        AceImport.readDocuments(List.of(JsonInput.read(FILE, text)), HOST, PLATFORM);
    checkProblems(text, read.problems());
    Map<String, String> documents =
        AceExport.write(read.opportunities(), PLATFORM.id()).documents();
    for (Map.Entry<String, String> document : documents.entrySet()) {
      PortfolioData back =
          AceImport.readDocuments(
              List.of(JsonInput.read(document.getKey(), document.getValue())), HOST, PLATFORM);
      assertEquals(List.of(), back.problems(), document::getValue);
      assertEquals(1, back.opportunities().size());
    }
  }

  @FuzzTest(maxDuration = "10m")
  void partnerCenter(byte[] input) {
    String text = new String(input, UTF_8);
    PortfolioData read =
        PartnerCenterImport.readDocuments(List.of(JsonInput.read(FILE, text)), HOST, PLATFORM);
    checkProblems(text, read.problems());
    Map<String, String> documents =
        PartnerCenterExport.write(read.leads(), HOST.id(), PLATFORM.id()).documents();
    for (Map.Entry<String, String> document : documents.entrySet()) {
      PortfolioData back =
          PartnerCenterImport.readDocuments(
              List.of(JsonInput.read(document.getKey(), document.getValue())), HOST, PLATFORM);
      assertEquals(List.of(), back.problems(), document::getValue);
      assertEquals(1, back.leads().size());
    }
    for (var lead : read.leads()) {
      assertTrue(lead.contactConsent() || lead.contacts().isEmpty(), lead::toString);
    }
  }

  private static void checkProblems(String text, List<Problem> problems) {
    long lines = text.lines().count();
    for (Problem problem : problems) {
      assertEquals(FILE, problem.file(), problem::toString);
      // An input cut short ends on the line after its last line break.
      assertTrue(problem.line() >= 0 && problem.line() <= lines + 1, problem::toString);
      assertFalse(problem.message().isBlank(), problem::toString);
      assertTrue(problem.column().isEmpty() || problem.column().startsWith("/"), problem::toString);
    }
  }
}

package org.alliancekit.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import org.alliancekit.io.csv.PortfolioReader;
import org.alliancekit.report.sample.SamplePortfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The evidence files: the sample's verdict, hand-checkable cases and the row-order law. */
class EvidenceFilesTest {
  private static Map<String, List<String>> write(PortfolioReader.Source source, Path dir)
      throws IOException {
    PortfolioReport report =
        PortfolioAnalysis.of(ReportScorings.standard())
            .analyse(PortfolioInput.read(source), Optional.empty());
    Map<String, List<String>> files = new HashMap<>();
    for (Path file : EvidenceFiles.write(report, dir)) {
      files.put(file.getFileName().toString(), Files.readAllLines(file, UTF_8));
    }
    ReportFiles.write(report, dir);
    files.put(ReportFiles.POTENTIAL, Files.readAllLines(dir.resolve(ReportFiles.POTENTIAL), UTF_8));
    return files;
  }

  @Test
  void theSampleSupportsTheClaimWithAVisibleInterval(@TempDir Path dir) throws IOException {
    Map<String, List<String>> files = write(SamplePortfolio.source(), dir);
    List<String> model = files.get(EvidenceFiles.EVIDENCE_MODEL);
    assertEquals(
        "estimate,lag,elasticity,ci_low,ci_high,r2,relationships,observations,verdict",
        model.get(0));
    assertEquals(5, model.size(), model::toString);
    String[] lagOne = model.get(2).split(",", -1);
    assertEquals("WITHIN", lagOne[0]);
    assertEquals("1", lagOne[1]);
    assertEquals("SUPPORTED", lagOne[8], model.get(2));
    double low = Double.parseDouble(lagOne[3]);
    double high = Double.parseDouble(lagOne[4]);
    double elasticity = Double.parseDouble(lagOne[2]);
    assertTrue(0 < low && low < elasticity && elasticity < high, model.get(2));
    // The sample says for every relationship whether a sales process is agreed: each measure
    // compares the two groups.
    List<String> process = files.get(EvidenceFiles.SALES_PROCESS);
    assertEquals(5, process.size(), process::toString);
    for (String row : process.subList(1, 5)) {
      String[] cells = row.split(",", -1);
      assertTrue(!cells[1].isEmpty() && !cells[2].isEmpty() && !cells[3].isEmpty(), row);
      assertTrue(
          Double.parseDouble(cells[4]) <= Double.parseDouble(cells[3])
              && Double.parseDouble(cells[3]) <= Double.parseDouble(cells[5]),
          row);
    }
  }

  @Test
  void theCalibratedPotentialPricesTheRankedRelationshipsBesideTheirProportionalUplift(
      @TempDir Path dir) throws IOException {
    Map<String, List<String>> files = write(SamplePortfolio.source(), dir);
    List<String> calibrated = files.get(EvidenceFiles.CALIBRATED_POTENTIAL);
    Map<String, String> convertedUplift = new HashMap<>();
    for (String row :
        files.get(ReportFiles.POTENTIAL).subList(1, files.get(ReportFiles.POTENTIAL).size())) {
      String[] cells = row.split(",", -1);
      if (cells[8].equals("GBP")) {
        convertedUplift.put(cells[0], cells[6]);
      }
    }
    assertEquals(
        convertedUplift.size(), calibrated.size() - 1, "a row per relationship ranked in GBP");
    for (int i = 1; i < calibrated.size(); i++) {
      String[] cells = calibrated.get(i).split(",", -1);
      assertEquals("GBP", cells[1]);
      assertEquals(convertedUplift.get(cells[0]), cells[2], calibrated.get(i));
      BigDecimal p10 = new BigDecimal(cells[3]);
      BigDecimal p50 = new BigDecimal(cells[4]);
      BigDecimal p90 = new BigDecimal(cells[5]);
      assertTrue(p10.compareTo(p50) <= 0 && p50.compareTo(p90) <= 0, calibrated.get(i));
      assertEquals(Integer.toString(i), cells[7], "in order of rank_p50");
    }
  }

  @Test
  void twoRelationshipsAreTooFewForAnEstimate(@TempDir Path dir) throws IOException {
    Map<String, String> fixture = Fixtures.files();
    Map<String, List<String>> files =
        write(name -> Optional.ofNullable(fixture.get(name)).map(StringReader::new), dir);
    List<String> model = files.get(EvidenceFiles.EVIDENCE_MODEL);
    assertEquals(5, model.size());
    for (String row : model.subList(1, 5)) {
      assertTrue(row.endsWith(",INSUFFICIENT_DATA"), row);
      assertEquals("", row.split(",", -1)[2], row);
    }
    assertEquals(1, files.get(EvidenceFiles.CALIBRATED_POTENTIAL).size(), "header only");
    assertEquals(
        List.of(
            "measure,agreed,none,difference,ci_low,ci_high",
            "revenue_growth,,,,,",
            "win_rate,,,,,",
            "average_won_deal,,,,,",
            "cycle_days,,,,,"),
        files.get(EvidenceFiles.SALES_PROCESS));
  }

  @Test
  void shufflingTheRowsOfEveryFileChangesNoEvidenceFile(@TempDir Path dir) throws IOException {
    Map<String, List<String>> original = write(SamplePortfolio.source(), dir.resolve("a"));
    Random random = new Random(20261205);
    Map<String, String> shuffled = new HashMap<>();
    for (String file :
        List.of(
            "partners.csv",
            "relationships.csv",
            "assessments.csv",
            "opportunities.csv",
            "involvements.csv",
            "stage_history.csv",
            "revenues.csv",
            "rates.csv",
            "accounts.csv",
            "leads.csv",
            "solutions.csv",
            "competencies.csv",
            "commitments.csv",
            "registrations.csv",
            "networks.csv")) {
      List<String> lines = resourceLines(file);
      List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
      Collections.shuffle(rows, random);
      shuffled.put(file, lines.get(0) + "\n" + String.join("\n", rows) + "\n");
    }
    Map<String, List<String>> again =
        write(
            name -> Optional.ofNullable(shuffled.get(name)).map(StringReader::new),
            dir.resolve("b"));
    for (String file :
        List.of(
            EvidenceFiles.EVIDENCE_MODEL,
            EvidenceFiles.CALIBRATED_POTENTIAL,
            EvidenceFiles.SALES_PROCESS)) {
      assertEquals(original.get(file), again.get(file), file);
    }
  }

  private static List<String> resourceLines(String file) throws IOException {
    try (InputStream in =
        SamplePortfolio.class.getResourceAsStream(SamplePortfolio.RESOURCE_FOLDER + file)) {
      return new String(in.readAllBytes(), UTF_8).lines().toList();
    }
  }
}

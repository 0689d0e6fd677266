package org.alliancekit.report;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.alliancekit.analysis.AllianceAnalysis;
import org.alliancekit.io.csv.PortfolioReader;
import org.alliancekit.report.sample.SamplePortfolio;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The analysis files of the bundled sample, those of joint planning and of the partner programme
 * among them: each has content, and none changes when the rows of every input file are shuffled.
 */
class AnalysisFilesTest {
  private static final List<String> INPUT_FILES =
      List.of(
          "partners.csv",
          "accounts.csv",
          "competencies.csv",
          "relationships.csv",
          "commitments.csv",
          "assessments.csv",
          "opportunities.csv",
          "involvements.csv",
          "stage_history.csv",
          "leads.csv",
          "registrations.csv",
          "solutions.csv",
          "networks.csv",
          "revenues.csv",
          "rates.csv",
          "plans.csv",
          "budgets.csv",
          "fund_requests.csv",
          "fund_claims.csv",
          "campaigns.csv",
          "campaign_members.csv",
          "surveys.csv",
          "tiers.csv",
          "partner_tiers.csv",
          "incentives.csv",
          "solution_needs.csv");

  @Test
  void theSampleHasContentInEveryFile(@TempDir Path dir) throws IOException {
    Map<String, List<String>> files = analysisFiles(SamplePortfolio.source(), dir);
    assertEquals(
        "relationship_id,declared,observed,leads_host_to_partner,leads_partner_to_host,"
            + "opportunities_host_to_partner,opportunities_partner_to_host,co_sold,"
            + "partner_as_buyer",
        files.get(AnalysisFiles.MOTIONS).get(0));
    assertEquals(41, files.get(AnalysisFiles.MOTIONS).size(), "a row per relationship");
    Set<String> observed = column(files.get(AnalysisFiles.MOTIONS), 2);
    assertTrue(observed.contains("SELL_WITH"), observed::toString);
    assertTrue(observed.size() >= 2, observed::toString);

    Set<String> kinds = column(files.get(AnalysisFiles.FINDINGS), 2);
    for (String kind :
        List.of(
            "REVIEW_OVERDUE",
            "MISSING_SPONSOR",
            "MISSING_ALLIANCE_MANAGER",
            "COMPETENCY_EXPIRING",
            "REGISTRATION_REJECTED",
            "BUDGET_CYCLE_MISALIGNED")) {
      assertTrue(kinds.contains(kind), kind + " in " + kinds);
    }
    assertTrue(
        column(files.get(AnalysisFiles.REGISTRATION_DECISIONS), 3).contains("REJECTED"),
        "the two competing registrations of the sample: the later one is rejected");
    assertTrue(files.get(AnalysisFiles.VELOCITY).size() > 2);
    List<String> claims =
        files.get(AnalysisFiles.VALUE_STACKS).stream()
            .filter(line -> line.startsWith("claims-cloud,"))
            .toList();
    assertTrue(
        cells(claims, 5).containsAll(Set.of("quillon", "corvane", "larchmere")), claims::toString);
    Set<String> periods = column(files.get(AnalysisFiles.TRENDS), 1);
    assertTrue(
        periods.containsAll(Set.of("2024-H2", "2025-H1", "2025-H2", "2026-H1")), periods::toString);
    List<String> evidence = files.get(AnalysisFiles.EVIDENCE);
    assertEquals(3, evidence.size());
    for (String row : evidence.subList(1, 3)) {
      String[] cells = row.split(",", -1);
      assertTrue(Integer.parseInt(cells[2]) >= 3, row);
      assertTrue(!cells[3].isEmpty() && !cells[5].isEmpty(), row);
    }
  }

  @Property(tries = 4)
  void shufflingTheRowsOfEveryFileChangesNoAnalysisFile(@ForAll long seed) throws IOException {
    Path root = Files.createTempDirectory("analysis-law");
    try {
      Map<String, List<String>> original =
          analysisFiles(SamplePortfolio.source(), root.resolve("original"));
      Random random = new Random(seed);
      Map<String, String> shuffled = new HashMap<>();
      for (String file : INPUT_FILES) {
        List<String> lines = resourceLines(file);
        List<String> rows = new ArrayList<>(lines.subList(1, lines.size()));
        Collections.shuffle(rows, random);
        shuffled.put(file, lines.get(0) + "\n" + String.join("\n", rows) + "\n");
      }
      PortfolioReader.Source source =
          name -> Optional.ofNullable(shuffled.get(name)).map(StringReader::new);
      Map<String, List<String>> again = analysisFiles(source, root.resolve("shuffled"));
      assertEquals(original.keySet(), again.keySet());
      for (String file : original.keySet()) {
        List<String> expected = original.get(file);
        List<String> actual = again.get(file);
        for (int i = 0; i < Math.min(expected.size(), actual.size()); i++) {
          assertEquals(expected.get(i), actual.get(i), file + " line " + (i + 1));
        }
        assertEquals(expected.size(), actual.size(), file + " lines");
      }
    } finally {
      try (Stream<Path> paths = Files.walk(root)) {
        for (Path path : paths.sorted(Collections.reverseOrder()).toList()) {
          Files.delete(path);
        }
      }
    }
  }

  private static Map<String, List<String>> analysisFiles(PortfolioReader.Source source, Path dir)
      throws IOException {
    PortfolioReport report =
        PortfolioAnalysis.of(ReportScorings.standard())
            .analyse(PortfolioInput.read(source), Optional.empty());
    AllianceAnalysis analysis = report.analysis().orElseThrow();
    assertEquals(SamplePortfolio.AS_OF, analysis.asOf());
    Map<String, List<String>> files = new TreeMap<>();
    for (Path file : AnalysisFiles.write(analysis, dir)) {
      files.put(file.getFileName().toString(), Files.readAllLines(file, UTF_8));
    }
    for (Path file : PlanningFiles.write(analysis.planning(), dir)) {
      files.put(file.getFileName().toString(), Files.readAllLines(file, UTF_8));
    }
    for (Path file : ProgrammeFiles.write(analysis.programme().orElseThrow(), dir)) {
      files.put(file.getFileName().toString(), Files.readAllLines(file, UTF_8));
    }
    return files;
  }

  private static List<String> resourceLines(String file) throws IOException {
    try (InputStream in =
        SamplePortfolio.class.getResourceAsStream(SamplePortfolio.RESOURCE_FOLDER + file)) {
      return new String(in.readAllBytes(), UTF_8).lines().toList();
    }
  }

  /** The values of a column of a file's data rows (its lines after the header). */
  private static Set<String> column(List<String> lines, int index) {
    return cells(lines.subList(1, lines.size()), index);
  }

  private static Set<String> cells(List<String> rows, int index) {
    return rows.stream().map(row -> row.split(",", -1)[index]).collect(Collectors.toSet());
  }
}

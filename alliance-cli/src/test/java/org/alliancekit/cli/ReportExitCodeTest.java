package org.alliancekit.cli;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.alliancekit.report.Fixtures;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The exit codes of {@code report} on the inputs a user gets wrong, as the README states them, and
 * what it prints.
 */
class ReportExitCodeTest {
  private static final List<String> FIVE_FILES =
      List.of(
          "partners.csv",
          "relationships.csv",
          "assessments.csv",
          "opportunities.csv",
          "involvements.csv");

  @BeforeAll
  static void headless() {
    System.setProperty("java.awt.headless", "true");
  }

  private static Run report(Path in, Path out) {
    return Run.of("report", "--in", in.toString(), "--out", out.toString());
  }

  @Test
  void aMissingOptionalFileIsNoError(@TempDir Path dir) throws IOException {
    Map<String, String> files = Fixtures.files();
    files.remove("assessments.csv");
    Run run = report(Fixtures.write(files, dir.resolve("in")), dir.resolve("out"));

    assertEquals(ExitCodes.OK, run.code(), run::toString);
    assertTrue(Files.exists(dir.resolve("out/report.html")), run::toString);
  }

  @Test
  void emptyFilesProduceNothing(@TempDir Path dir) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String name : FIVE_FILES) {
      Files.writeString(in.resolve(name), "", UTF_8);
    }
    Run run = report(in, dir.resolve("out"));

    assertEquals(ExitCodes.FAILED, run.code(), run::toString);
    assertTrue(run.err().contains("no relationship"), run::toString);
    assertFalse(Files.exists(dir.resolve("out/report.html")), run::toString);
  }

  @Test
  void headerOnlyFilesProduceNothing(@TempDir Path dir) throws IOException {
    Map<String, String> files = Fixtures.files();
    Path in = Files.createDirectories(dir.resolve("in"));
    for (String name : FIVE_FILES) {
      String content = files.get(name);
      Files.writeString(in.resolve(name), content.substring(0, content.indexOf('\n') + 1), UTF_8);
    }
    Run run = report(in, dir.resolve("out"));

    assertEquals(ExitCodes.FAILED, run.code(), run::toString);
    assertTrue(run.err().contains("no relationship"), run::toString);
    assertTrue(run.err().contains("relationships.csv"), run::toString);
    assertFalse(Files.exists(dir.resolve("out/report.html")), run::toString);
  }

  @Test
  void aFileThatIsNotUtf8IsNamedWithAHint(@TempDir Path dir) throws IOException {
    Map<String, String> files = Fixtures.files();
    Path in = Fixtures.write(files, dir.resolve("in"));
    // "Société Générale" written in Latin-1: the é bytes are not UTF-8.
    Files.writeString(
        in.resolve("partners.csv"),
        files.get("partners.csv").replace("Acme Software", "Société Générale"),
        ISO_8859_1);
    Run run = report(in, dir.resolve("out"));

    assertEquals(ExitCodes.INPUT_PROBLEMS, run.code(), run::toString);
    String problems = Files.readString(dir.resolve("out/problems.csv"), UTF_8);
    assertTrue(problems.contains("partners.csv,3,"), problems);
    assertTrue(problems.contains("UTF-8"), problems);
    assertTrue(problems.contains("re-encode"), problems);
  }

  @Test
  void aBadInvolvementIsReportedAtItsLineAndTheOpportunityKept(@TempDir Path dir)
      throws IOException {
    Map<String, String> files = Fixtures.files();
    // Line 3 of involvements.csv names a role that does not exist.
    files.put(
        "involvements.csv",
        files.get("involvements.csv").replace("o1,globex,CO_SELLER", "o1,globex,HERO"));
    Run run = report(Fixtures.write(files, dir.resolve("in")), dir.resolve("out"));

    assertEquals(ExitCodes.INPUT_PROBLEMS, run.code(), run::toString);
    List<String> problems = Files.readAllLines(dir.resolve("out/problems.csv"), UTF_8);
    assertEquals(2, problems.size(), problems::toString);
    assertTrue(problems.get(1).startsWith("involvements.csv,3,role,"), problems::toString);
    // o1 is still forecast: Q1 GBP holds o1 (won, 100,000) and o2.
    String forecast = Files.readString(dir.resolve("out/forecast.csv"), UTF_8);
    assertTrue(forecast.contains("2026-Q1,GBP,2,"), forecast);
  }

  @Test
  void theSummaryPrintsIdsWhole(@TempDir Path dir) throws IOException {
    Map<String, String> files = Fixtures.files();
    files.replaceAll(
        (name, content) ->
            content
                .replace("r-acme", "larchmere-corporate-acme")
                .replace("r-globex", "larchmere-corporate-globex"));
    Run run = report(Fixtures.write(files, dir.resolve("in")), dir.resolve("out"));

    assertEquals(ExitCodes.OK, run.code(), run::toString);
    assertTrue(run.out().contains(" larchmere-corporate-acme "), run::toString);
    assertTrue(run.out().contains(" larchmere-corporate-globex "), run::toString);
  }

  @Test
  void anAmountFinerThanItsMinorUnitIsReportedNotRounded(@TempDir Path dir) throws IOException {
    Map<String, String> files = Fixtures.files();
    files.put(
        "relationships.csv",
        files
            .get("relationships.csv")
            .replace("2024-01-15,1000000,GBP", "2024-01-15,450000.005,GBP"));
    Run run = report(Fixtures.write(files, dir.resolve("in")), dir.resolve("out"));

    assertEquals(ExitCodes.INPUT_PROBLEMS, run.code(), run::toString);
    String problems = Files.readString(dir.resolve("out/problems.csv"), UTF_8);
    assertTrue(problems.contains("relationships.csv,2,"), problems);
    assertTrue(problems.contains("GBP 450000.005 has more decimal places"), problems);
    assertFalse(
        Files.readString(dir.resolve("out/potential.csv"), UTF_8).contains("450000"), problems);
  }
}

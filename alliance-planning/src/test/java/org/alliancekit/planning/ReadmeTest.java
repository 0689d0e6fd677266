package org.alliancekit.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Month;
import org.alliancekit.model.relationship.RelationshipId;
import org.junit.jupiter.api.Test;

/** Runs the README's planning sample and checks that the README still shows exactly this code. */
class ReadmeTest {

  @Test
  void planningSampleRuns() {
    // readme-sample:planning:begin
    // The host's fiscal year starts in January, the partner's in July.
    BudgetCycleAlignment cycles =
        BudgetCycles.align(
            RelationshipId.of("globex-acme"),
            Month.JANUARY,
            Month.JULY,
            LocalDate.of(2026, 11, 15));
    int offset = cycles.offsetMonths(); // 6
    LocalDate deadline = cycles.nextJointDeadline(); // 2026-10-01: 2027-01-01 less 3 months
    boolean finding = cycles.isMisaligned(); // true: a BUDGET_CYCLE_MISALIGNED finding
    // readme-sample:planning:end

    assertEquals(6, offset);
    assertEquals(LocalDate.of(2026, 10, 1), deadline);
    assertTrue(finding);
  }

  @Test
  void readmeShowsThePlanningSample() throws IOException {
    assertEquals(
        sample(Path.of("src/test/java/org/alliancekit/planning/ReadmeTest.java")),
        sample(Path.of("../README.md")));
  }

  private static String sample(Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    int from = text.indexOf('\n', text.indexOf("readme-sample:planning:begin")) + 1;
    int to = text.lastIndexOf('\n', text.indexOf("readme-sample:planning:end"));
    String block = text.substring(from, to).replace("```java\n", "").replace("\n```", "");
    return block.stripIndent().strip();
  }
}

package org.alliancekit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.alliancekit.report.sample.SamplePortfolio;
import org.alliancekit.report.scoring.DefaultScoring;
import org.alliancekit.report.scoring.PotentialRow;
import org.alliancekit.report.scoring.ScoredPortfolio;
import org.junit.jupiter.api.Test;

class QuickStartTest {
  private static final String OUTPUT = Printed.by(QuickStart::run);

  /** The printed ranking rows: rank, relationship, partner, score, attainable, uplift. */
  private static List<String[]> rankingRows() {
    return OUTPUT
        .lines()
        .filter(line -> line.matches("\\s+\\d+\\s{2}.*"))
        .map(line -> line.strip().split("\\s{2,}"))
        .toList();
  }

  @Test
  void printsWhatWasRead() {
    assertTrue(
        OUTPUT.startsWith(
            "Larchmere Integration Group: 40 relationships, 140 assessments, 109 opportunities,"
                + " 0 problems\nScored 32 relationships; not assessed yet: larchmere-fernlow,"),
        OUTPUT);
  }

  @Test
  void ranksTheLargestUpliftsInPoundsWorkedOutByHand() {
    // Scores and uplifts computed from the CSV lines, without the library.
    Map<String, Double> scores = HandScores.overallScores();
    Map<String, BigDecimal> revenue = HandScores.revenueInPounds();
    List<String> expectedOrder =
        scores.keySet().stream()
            .sorted(
                Comparator.comparing(
                        (String id) -> HandScores.uplift(revenue.get(id), scores.get(id)))
                    .reversed())
            .limit(QuickStart.TOP)
            .collect(Collectors.toList());

    List<String[]> rows = rankingRows();
    assertEquals(QuickStart.TOP, rows.size(), OUTPUT);
    for (int i = 0; i < rows.size(); i++) {
      String[] row = rows.get(i);
      String id = expectedOrder.get(i);
      assertEquals(String.valueOf(i + 1), row[0]);
      assertEquals(id, row[1]);
      double score = scores.get(id);
      assertEquals(String.format(Locale.ROOT, "%.1f%%", score * 100), row[3]);
      assertEquals(String.format(Locale.ROOT, "%.1f%%", (score + 1) / 2 * 100), row[4]);
      BigDecimal printed = new BigDecimal(row[5].replace(",", ""));
      BigDecimal expected = HandScores.uplift(revenue.get(id), score);
      assertTrue(
          printed.subtract(expected).abs().compareTo(new BigDecimal("0.01")) <= 0,
          id + ": printed " + printed + ", worked out " + expected);
    }
  }

  @Test
  void agreesWithTheReportsDefaultScoring() {
    ScoredPortfolio scored = DefaultScoring.standard().evaluate(SamplePortfolio.read());
    List<String[]> rows = rankingRows();
    for (int i = 0; i < rows.size(); i++) {
      PotentialRow potential = scored.potentials().get(i);
      assertEquals(potential.relationship().value(), rows.get(i)[1]);
      assertEquals(Text.number(potential.convertedUplift().orElseThrow()), rows.get(i)[5]);
    }
  }

  @Test
  void mainPrintsTheSameToStandardOutput() {
    assertEquals(OUTPUT, Printed.byMain(QuickStart::main));
  }
}

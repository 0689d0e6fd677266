package org.alliancekit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class CustomScoringRuleTest {
  private static final String OUTPUT = Printed.by(CustomScoringRule::run);
  private static final Map<String, Double> STANDARD = HandScores.overallScores();
  private static final Map<String, Double> CUSTOM = HandScores.overallScores(Map.of("Cu", 2.0));

  private static String percent(double fraction) {
    return String.format(Locale.ROOT, "%.1f%%", fraction * 100);
  }

  @Test
  void listsTheRelationshipsMovedMostWithScoresWorkedOutByHand() {
    Map<String, Map<String, Double>> factors = HandScores.factorValues();
    List<String> movedMost =
        STANDARD.keySet().stream()
            .sorted(
                Comparator.comparingDouble(
                        (String id) -> Math.abs(CUSTOM.get(id) - STANDARD.get(id)))
                    .reversed())
            .limit(CustomScoringRule.TOP)
            .collect(Collectors.toList());
    List<String[]> rows = Printed.table(OUTPUT, "Relationships the custom rule moves most:");
    assertEquals(CustomScoringRule.TOP + 1, rows.size(), OUTPUT);
    for (int i = 0; i < CustomScoringRule.TOP; i++) {
      String[] row = rows.get(i + 1);
      String id = movedMost.get(i);
      double cultural = HandScores.areaScores(factors.get(id)).get("Cu");
      assertEquals(id, row[0]);
      assertEquals(percent(cultural), row[1]);
      assertEquals(percent(STANDARD.get(id)), row[2]);
      assertEquals(percent(CUSTOM.get(id)), row[3]);
      assertEquals(
          String.format(Locale.ROOT, "%+.1f", (CUSTOM.get(id) - STANDARD.get(id)) * 100), row[4]);
    }
  }

  @Test
  void customScoreCountsCultureTwiceAmongSixEqualParts() {
    // With all five areas scored: (commercial + technical + strategic + 2 x cultural +
    // operational) / 6 = (5 x standard + cultural) / 6.
    Map<String, Double> areas =
        HandScores.areaScores(HandScores.factorValues().get("larchmere-kestrun"));
    assertEquals(5, areas.size());
    double expected = (5 * STANDARD.get("larchmere-kestrun") + areas.get("Cu")) / 6;
    assertEquals(expected, CUSTOM.get("larchmere-kestrun"), 1e-12);
  }

  @Test
  void ranksPotentialUnderEachRule() {
    Map<String, BigDecimal> revenue = HandScores.revenueInPounds();
    List<String[]> rows = Printed.table(OUTPUT, "Top potential in GBP under each rule:");
    List<String> standard = top(STANDARD, revenue);
    List<String> custom = top(CUSTOM, revenue);
    for (int i = 0; i < CustomScoringRule.TOP; i++) {
      String[] row = rows.get(i + 1);
      assertEquals(String.valueOf(i + 1), row[0]);
      assertEquals(standard.get(i), row[1]);
      assertEquals(custom.get(i), row[2]);
    }
  }

  private static List<String> top(Map<String, Double> scores, Map<String, BigDecimal> revenue) {
    return scores.keySet().stream()
        .sorted(
            Comparator.comparing((String id) -> HandScores.uplift(revenue.get(id), scores.get(id)))
                .reversed())
        .limit(CustomScoringRule.TOP)
        .collect(Collectors.toList());
  }

  @Test
  void mainPrintsTheSameToStandardOutput() {
    assertEquals(OUTPUT, Printed.byMain(CustomScoringRule::main));
  }
}

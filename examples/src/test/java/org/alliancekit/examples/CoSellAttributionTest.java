package org.alliancekit.examples;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.alliancekit.attribution.credit.CreditMotion;
import org.junit.jupiter.api.Test;

class CoSellAttributionTest {
  private static final String OUTPUT = Printed.by(CoSellAttribution::run);

  private static String number(BigDecimal value) {
    return String.format(Locale.ROOT, "%,.2f", value.setScale(2, RoundingMode.HALF_EVEN));
  }

  @Test
  void creditsEachDealToOneMotionWorkedOutFromTheCsvLines() {
    // By hand: sourced when the origin says so; influenced when the origin says so or any party
    // other than the owner takes part; direct otherwise. Amounts in pounds at 0.85 and 0.79.
    Map<String, BigDecimal> toPounds =
        Map.of("GBP", BigDecimal.ONE, "EUR", new BigDecimal("0.85"), "USD", new BigDecimal("0.79"));
    Map<String, Set<String>> parties = new HashMap<>();
    for (String[] row : HandScores.rows("involvements.csv")) {
      parties.computeIfAbsent(row[0], id -> new HashSet<>()).add(row[1]);
    }
    Map<CreditMotion, long[]> counts = new EnumMap<>(CreditMotion.class);
    Map<CreditMotion, BigDecimal[]> amounts = new EnumMap<>(CreditMotion.class);
    for (CreditMotion motion : CreditMotion.values()) {
      counts.put(motion, new long[2]);
      amounts.put(motion, new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
    }
    for (String[] row : HandScores.rows("opportunities.csv")) {
      Set<String> others = new HashSet<>(parties.getOrDefault(row[0], Set.of()));
      others.remove(row[9]);
      String origin = row[10];
      CreditMotion motion =
          origin.equals("PARTNER_SOURCED")
              ? CreditMotion.PARTNER_SOURCED
              : origin.equals("PARTNER_INFLUENCED") || !others.isEmpty()
                  ? CreditMotion.PARTNER_INFLUENCED
                  : CreditMotion.DIRECT;
      BigDecimal pounds = new BigDecimal(row[4]).multiply(toPounds.get(row[5]));
      boolean won = row[6].equals("Launched");
      counts.get(motion)[0]++;
      amounts.get(motion)[0] = amounts.get(motion)[0].add(pounds);
      if (won) {
        counts.get(motion)[1]++;
        amounts.get(motion)[1] = amounts.get(motion)[1].add(pounds);
      }
    }
    List<String[]> rows = Printed.table(OUTPUT, header());
    for (int i = 0; i < CreditMotion.values().length; i++) {
      CreditMotion motion = CreditMotion.values()[i];
      assertArrayEquals(
          new String[] {
            motion.name(),
            String.valueOf(counts.get(motion)[0]),
            number(amounts.get(motion)[0]),
            String.valueOf(counts.get(motion)[1]),
            number(amounts.get(motion)[1])
          },
          rows.get(i),
          motion.name());
    }
    assertEquals("portfolio", rows.get(3)[0]);
    assertEquals("109", rows.get(3)[1]);
  }

  private static String header() {
    return OUTPUT.lines().filter(line -> line.startsWith("motion ")).findFirst().orElseThrow();
  }

  @Test
  void splitsTheJointVentureDealByRoleWeights() {
    // GBP 1,350,000 between two co-sellers (0.3 each) and a technology provider (0.2):
    // 3/8, 3/8 and 2/8 of the amount.
    List<String[]> rows =
        Printed.table(
            OUTPUT,
            "Role-weighted split of opp-26-005, Sovereign cloud for case management"
                + " (GBP 1,350,000.00):");
    assertEquals(3, rows.size());
    assertArrayEquals(new String[] {"cortess", "CO_SELLER", "506,250.00"}, rows.get(0));
    assertArrayEquals(new String[] {"corvane", "TECHNOLOGY_PROVIDER", "337,500.00"}, rows.get(1));
    assertArrayEquals(new String[] {"tessaline", "CO_SELLER", "506,250.00"}, rows.get(2));
  }

  @Test
  void shapleyValuesAverageTheMarginalContributionsOverAllOrders() {
    // Over the six orders of {corvane, plaidwick, haldenpryce}, corvane adds 100, 100, 140, 210,
    // 150, 210 (910 / 6), plaidwick 100, 150, 60, 60, 150, 90 (610 / 6) and haldenpryce 100, 50,
    // 100, 30, 0, 0 (280 / 6); together 300, the grand coalition's value.
    List<String[]> rows =
        Printed.table(
            OUTPUT, "Shapley values of a three-partner game (won revenue in GBP thousands):");
    assertEquals(3, rows.size());
    Map<String, Integer> sixths = Map.of("corvane", 910, "plaidwick", 610, "haldenpryce", 280);
    Map<String, String> values = new HashMap<>();
    BigDecimal total = BigDecimal.ZERO;
    for (String[] row : rows) {
      values.put(row[0], row[1]);
      BigDecimal part = new BigDecimal(row[4].replace(",", ""));
      total = total.add(part);
      BigDecimal exact =
          BigDecimal.valueOf(sixths.get(row[0]) * 1000L)
              .divide(BigDecimal.valueOf(6), 10, RoundingMode.HALF_EVEN);
      assertTrue(
          part.subtract(exact).abs().compareTo(new BigDecimal("0.01")) <= 0, row[0] + " " + part);
    }
    assertEquals(
        Map.of("corvane", "151.667", "plaidwick", "101.667", "haldenpryce", "46.667"), values);
    // The split of GBP 300,000 by the Shapley shares loses and makes no penny.
    assertEquals(new BigDecimal("300000.00"), total);
  }

  @Test
  void nothingIsLeftUncredited() {
    assertTrue(OUTPUT.startsWith("Credit of 109 opportunities in GBP (0 could not be credited)"));
  }

  @Test
  void mainPrintsTheSameToStandardOutput() {
    assertEquals(OUTPUT, Printed.byMain(CoSellAttribution::main));
  }
}

package org.alliancekit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PortfolioFindingsTest {
  private static final String OUTPUT = Printed.by(PortfolioFindings::run);
  private static final String HOST = "larchmere";
  private static final LocalDate AS_OF = LocalDate.of(2026, 6, 30);

  @Test
  void analysesAsOfTheLatestDateTheSampleRecords() {
    assertTrue(OUTPUT.startsWith("As of 2026-06-30 (windows from 2025-07-01)"), OUTPUT);
  }

  /**
   * The counts printed for every relationship with an observed motion are those counted here from
   * the sample's CSV lines: leads by source and shared_with, opportunities by owner and involved
   * party, both dated in the twelve months up to 30 June 2026.
   */
  @Test
  void theMotionCountsAreThoseOfTheSampleFiles() {
    Map<String, Set<String>> involved = new HashMap<>();
    Map<String, Set<String>> coSellers = new HashMap<>();
    for (String[] row : HandScores.rows("involvements.csv")) {
      involved.computeIfAbsent(row[0], id -> new HashSet<>()).add(row[1]);
      if (row[2].equals("CO_SELLER")) {
        coSellers.computeIfAbsent(row[0], id -> new HashSet<>()).add(row[1]);
      }
    }
    int checked = 0;
    for (String line : OUTPUT.lines().toList()) {
      if (!line.contains(" declared ")) {
        continue;
      }
      String[] cells = line.trim().split("\\s+");
      String partner = cells[0].substring(HOST.length() + 1);
      int[] counts = new int[6];
      for (String[] lead : HandScores.rows("leads.csv")) {
        if (!inWindow(lead[4])) {
          continue;
        }
        Set<String> to = Set.of(lead[5].split(";"));
        if (lead[3].equals(HOST) && to.contains(partner)) {
          counts[0]++;
        } else if (lead[3].equals(partner) && to.contains(HOST)) {
          counts[1]++;
        }
      }
      for (String[] deal : HandScores.rows("opportunities.csv")) {
        if (!inWindow(deal[7])) {
          continue;
        }
        String owner = deal[9];
        Set<String> parties = involved.getOrDefault(deal[0], Set.of());
        Set<String> coSelling = coSellers.getOrDefault(deal[0], Set.of());
        if (owner.equals(HOST) && parties.contains(partner)) {
          counts[2]++;
          counts[4] += coSelling.contains(partner) ? 1 : 0;
        } else if (owner.equals(partner) && parties.contains(HOST)) {
          counts[3]++;
          counts[4] += coSelling.contains(HOST) ? 1 : 0;
        }
        counts[5] += owner.equals(HOST) && deal[1].equals(partner) ? 1 : 0;
      }
      for (int i = 0; i < 6; i++) {
        assertEquals(counts[i], Integer.parseInt(cells[5 + i]), line + " count " + i);
      }
      checked++;
    }
    assertTrue(checked >= 10, OUTPUT);
  }

  @Test
  void theLaterOfTwoCompetingRegistrationsIsRejected() {
    // reg-002 (cortess, 2026-04-01) and reg-003 (amberholt, 2026-04-02) both register opp-26-005.
    assertTrue(OUTPUT.contains("reg-003 REJECTED of amberholt"), OUTPUT);
    assertTrue(OUTPUT.contains("lost to registration reg-002 of cortess"), OUTPUT);
  }

  @Test
  void listsTheMostSevereFindingsFirst() {
    List<String> findings =
        OUTPUT
            .lines()
            .dropWhile(l -> !l.equals("Most severe findings:"))
            .skip(1)
            .takeWhile(l -> !l.isEmpty())
            .toList();
    assertEquals(5, findings.size(), OUTPUT);
    assertTrue(findings.get(0).trim().startsWith("HIGH"), findings.toString());
  }

  private static boolean inWindow(String date) {
    LocalDate day = LocalDate.parse(date);
    return day.isAfter(AS_OF.minusYears(1)) && !day.isAfter(AS_OF);
  }
}

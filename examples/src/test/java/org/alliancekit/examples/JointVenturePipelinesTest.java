package org.alliancekit.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.venture.JointVenture;
import org.alliancekit.model.venture.JointVentureId;
import org.alliancekit.model.venture.Ownership;
import org.alliancekit.report.sample.SamplePortfolio;
import org.junit.jupiter.api.Test;

class JointVenturePipelinesTest {
  private static final String OUTPUT = Printed.by(JointVenturePipelines::run);

  /** An open opportunity of the sample, read from the CSV lines. */
  private record Deal(String id, BigDecimal amount, String currency, Set<String> parties) {}

  /** The sample's open opportunities and the parties taking part in each (owner included). */
  private static List<Deal> openDeals() {
    Map<String, Set<String>> parties = new HashMap<>();
    for (String[] row : HandScores.rows("involvements.csv")) {
      parties.computeIfAbsent(row[0], id -> new HashSet<>()).add(row[1]);
    }
    List<Deal> deals = new ArrayList<>();
    for (String[] row : HandScores.rows("opportunities.csv")) {
      String stage = row[6];
      if (stage.equals("Launched") || stage.equals("Closed Lost")) {
        continue;
      }
      Set<String> taking = new HashSet<>(parties.getOrDefault(row[0], Set.of()));
      taking.add(row[9]);
      deals.add(new Deal(row[0], new BigDecimal(row[4]), row[5], taking));
    }
    return deals;
  }

  /** The hand-made membership test of each pipeline, in the comparison's order. */
  private static Map<String, Predicate<Deal>> pipelines() {
    Map<String, Predicate<Deal>> pipelines = new LinkedHashMap<>();
    pipelines.put(
        "alliance", d -> d.parties().contains("corvane") && d.parties().contains("tessaline"));
    pipelines.put("jv", d -> d.parties().contains("cortess"));
    pipelines.put(
        "jv+corvane", d -> d.parties().contains("cortess") && d.parties().contains("corvane"));
    pipelines.put(
        "jv+tessaline", d -> d.parties().contains("cortess") && d.parties().contains("tessaline"));
    return pipelines;
  }

  private static String value(List<Deal> deals) {
    Map<String, BigDecimal> sums = new TreeMap<>();
    for (Deal deal : deals) {
      sums.merge(deal.currency(), deal.amount(), BigDecimal::add);
    }
    return sums.entrySet().stream()
        .map(e -> e.getKey() + " " + String.format(Locale.ROOT, "%,.2f", e.getValue()))
        .collect(Collectors.joining(" + "));
  }

  @Test
  void eachPipelineHoldsTheOpenDealsItsPartiesTakePartIn() {
    List<Deal> open = openDeals();
    List<String[]> rows = Printed.table(OUTPUT, "Pipelines:");
    assertEquals(4, rows.size(), OUTPUT);
    int i = 0;
    for (Map.Entry<String, Predicate<Deal>> pipeline : pipelines().entrySet()) {
      List<Deal> members = open.stream().filter(pipeline.getValue()).toList();
      assertEquals(pipeline.getKey(), rows.get(i)[0]);
      assertEquals(String.valueOf(members.size()), rows.get(i)[1]);
      assertEquals(value(members), rows.get(i)[2]);
      i++;
    }
  }

  @Test
  void everyComparedDealSitsInExactlyOneRegion() {
    long compared =
        openDeals().stream()
            .filter(d -> pipelines().values().stream().anyMatch(p -> p.test(d)))
            .count();
    int inRegions =
        Printed.table(OUTPUT, "Where each opportunity sits:").stream()
            .mapToInt(row -> Integer.parseInt(row[1]))
            .sum();
    assertEquals(compared, inRegions);
  }

  @Test
  void pointsToTheAllianceBeyondTheVentureAndTheVentureBeyondTheAlliance() {
    List<Deal> open = openDeals();
    Map<String, Predicate<Deal>> pipelines = pipelines();
    Predicate<Deal> alliance = pipelines.get("alliance");
    Predicate<Deal> venture = pipelines.get("jv");
    List<Deal> beyondVenture = open.stream().filter(alliance.and(venture.negate())).toList();
    List<Deal> beyondAlliance = open.stream().filter(venture.and(alliance.negate())).toList();
    // The sample is built so that both findings of the joint-venture story hold.
    assertEquals(3, beyondVenture.size());
    assertTrue(
        OUTPUT.contains(
            "- IN_ALLIANCE_NOT_JOINT_VENTURE: 3 opportunities worth GBP 4250000 + USD 1200000"),
        OUTPUT);
    assertTrue(
        OUTPUT.contains(
            "- IN_JOINT_VENTURE_NOT_ALLIANCE: " + beyondAlliance.size() + " opportunities"),
        OUTPUT);
    BigDecimal ventureGbp = sum(open.stream().filter(venture).toList(), "GBP");
    BigDecimal allianceGbp = sum(open.stream().filter(alliance).toList(), "GBP");
    assertTrue(ventureGbp.compareTo(allianceGbp) > 0);
    assertTrue(
        OUTPUT.contains(
            "- JOINT_VENTURE_LARGER_THAN_ALLIANCE: the joint venture's pipelines hold GBP "
                + ventureGbp.toPlainString()
                + ", more than the GBP "
                + allianceGbp.toPlainString()),
        OUTPUT);
    for (String parent : List.of("corvane", "tessaline")) {
      long unshared = open.stream().filter(venture.and(d -> !d.parties().contains(parent))).count();
      assertTrue(
          OUTPUT.contains(
              "- NOT_SHARED_WITH_PARENT: " + unshared + " opportunities worth EUR 1100000 + GBP"),
          OUTPUT);
      assertTrue(OUTPUT.contains("not shared with parent " + parent), OUTPUT);
    }
    assertEquals(6, OUTPUT.lines().filter(line -> line.startsWith("- ")).count(), OUTPUT);
  }

  private static BigDecimal sum(List<Deal> deals, String currency) {
    return deals.stream()
        .filter(d -> d.currency().equals(currency))
        .map(Deal::amount)
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  @Test
  void rejectsAVentureThatOwnsItself() {
    PartnerId venture = PartnerId.of("cortess");
    JointVenture structure =
        JointVenture.builder()
            .id(JointVentureId.of("cortess"))
            .name("CorTess Sovereign Cloud")
            .addOwners(
                Ownership.of(venture, new BigDecimal("0.5")),
                Ownership.of(PartnerId.of("corvane"), new BigDecimal("0.5")))
            .build();
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                JointVenturePipelines.pipelines(
                    List.of(), venture, structure, LocalDate.of(2026, 6, 30)));
    assertEquals(
        "joint venture cortess cannot be one of its own parents [cortess, corvane]",
        e.getMessage());
  }

  @Test
  void rejectsNoParentAndAParentListedTwice() {
    PartnerId venture = PartnerId.of("cortess");
    LocalDate asOf = LocalDate.of(2026, 6, 30);
    assertEquals(
        "joint venture cortess needs at least one parent",
        assertThrows(
                IllegalArgumentException.class,
                () -> JointVenturePipelines.pipelines(List.of(), venture, List.of(), asOf))
            .getMessage());
    PartnerId parent = PartnerId.of("corvane");
    assertEquals(
        "parents [corvane, corvane] of joint venture cortess list a parent twice",
        assertThrows(
                IllegalArgumentException.class,
                () ->
                    JointVenturePipelines.pipelines(
                        List.of(), venture, List.of(parent, parent), asOf))
            .getMessage());
  }

  @Test
  void guessesTheParentsFromTheDealsSharedWithTheVenture() {
    // Corvane takes part in 8 of the venture's deals, Tessaline in 6, Transvale in 1; the host
    // delivers one, but as the host it is nobody's parent.
    assertEquals(
        List.of(SamplePortfolio.FIRST_PARENT, SamplePortfolio.SECOND_PARENT),
        JointVenturePipelines.likelyParents(SamplePortfolio.read(), SamplePortfolio.JOINT_VENTURE));
    assertEquals(
        List.of(),
        JointVenturePipelines.likelyParents(SamplePortfolio.read(), PartnerId.of("nobody")));
  }

  @Test
  void mainPrintsTheSameToStandardOutput() {
    assertEquals(OUTPUT, Printed.byMain(JointVenturePipelines::main));
  }
}

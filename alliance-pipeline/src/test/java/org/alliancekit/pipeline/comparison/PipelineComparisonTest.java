package org.alliancekit.pipeline.comparison;

import static org.alliancekit.pipeline.comparison.Fixtures.EUR;
import static org.alliancekit.pipeline.comparison.Fixtures.NORTH;
import static org.alliancekit.pipeline.comparison.Fixtures.SOUTH;
import static org.alliancekit.pipeline.comparison.Fixtures.USD;
import static org.alliancekit.pipeline.comparison.Fixtures.eur;
import static org.alliancekit.pipeline.comparison.Fixtures.ids;
import static org.alliancekit.pipeline.comparison.Fixtures.opportunity;
import static org.alliancekit.pipeline.comparison.Fixtures.pipeline;
import static org.alliancekit.pipeline.comparison.Fixtures.slice;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.ImmutableSet;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.money.CurrencyUnit;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Pipeline;
import org.alliancekit.model.pipeline.StageModels;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class PipelineComparisonTest {
  private static final PipelineComparison ALL = PipelineComparison.allOpportunities();

  // A joint venture "jv" of parents north and south, built by hand:
  //   alliance : o1 EUR 100, o2 EUR 500, o6 EUR 50
  //   jv       : o1 EUR 100, o3 EUR 300, o4 EUR 200, o5 EUR 250, o6 EUR 60 (differs from alliance)
  //   jv+north : o1 EUR 100, o3 EUR 300
  //   jv+south : o3 EUR 300 (at Committed, not Qualified), o5 EUR 250, o7 USD 40
  private static final Opportunity O1 = opportunity("o1", 100);
  private static final Opportunity O2 = opportunity("o2", 500);
  private static final Opportunity O3 = opportunity("o3", 300);
  private static final Opportunity O4 = opportunity("o4", 200);
  private static final Opportunity O5 = opportunity("o5", 250);
  private static final Opportunity O6 = opportunity("o6", 50);
  private static final Opportunity O7 = opportunity("o7", Money.of(40, "USD"), "Prospect");
  private static final JointVenturePipelines VENTURE =
      JointVenturePipelines.builder()
          .alliance(pipeline(O1, O2, O6))
          .jointVenture(pipeline(O1, O3, O4, O5, opportunity("o6", 60)))
          .putWithParent(NORTH, pipeline(O1, O3))
          .putWithParent(
              SOUTH, pipeline(O3.withStage(StageModels.coSell().get("Committed")), O5, O7))
          .build();

  @Test
  void jointVentureRegionsAreTheHandComputedVennDiagram() {
    PipelineOverlap overlap = ALL.compare(VENTURE);
    assertEquals(
        ImmutableList.of("alliance", "jv", "jv+north", "jv+south"), overlap.pipelineNames());
    // Each opportunity's set of pipelines, ordered as lists of positions (alliance=0, jv=1,
    // jv+north=2, jv+south=3): [0] o2, [0,1] o6, [0,1,2] o1, [1] o4, [1,2,3] o3, [1,3] o5, [3] o7.
    // o6 counts at its alliance amount (EUR 50), the first pipeline that holds it.
    assertEquals(
        ImmutableList.of(
            VennRegion.of(ImmutableSet.of("alliance"), slice(eur(500), "o2")),
            VennRegion.of(ImmutableSet.of("alliance", "jv"), slice(eur(50), "o6")),
            VennRegion.of(ImmutableSet.of("alliance", "jv", "jv+north"), slice(eur(100), "o1")),
            VennRegion.of(ImmutableSet.of("jv"), slice(eur(200), "o4")),
            VennRegion.of(ImmutableSet.of("jv", "jv+north", "jv+south"), slice(eur(300), "o3")),
            VennRegion.of(ImmutableSet.of("jv", "jv+south"), slice(eur(250), "o5")),
            VennRegion.of(
                ImmutableSet.of("jv+south"),
                slice(ImmutableMap.of(USD, Money.of(40, "USD")), "o7"))),
        overlap.regions());
  }

  @Test
  void jointVenturePointersFollowTheHandComputedDifferences() {
    PipelineOverlap overlap = ALL.compare(VENTURE);
    List<String> messages = overlap.pointers().stream().map(Pointer::message).toList();
    assertEquals(
        List.of(
            // alliance minus every JV pipeline: o2.
            "1 opportunity worth EUR 500 is in the alliance pipeline but in none of the joint"
                + " venture's pipelines: the alliance reaches beyond its joint venture",
            // JV pipelines together: o1 100 + o3 300 + o4 200 + o5 250 + o6 50 = EUR 900, and
            // o7 USD 40; the alliance holds o1 100 + o2 500 + o6 50 = EUR 650 and no USD.
            "the joint venture's pipelines hold EUR 900, more than the EUR 650 in the alliance"
                + " pipeline the parents share: the joint venture takes the alliance further than"
                + " the parents could go on their own",
            "the joint venture's pipelines hold USD 40, more than the USD 0 in the alliance"
                + " pipeline the parents share: the joint venture takes the alliance further than"
                + " the parents could go on their own",
            // JV pipelines minus alliance: o3 300 + o4 200 + o5 250 = EUR 750, o7 USD 40.
            "4 opportunities worth EUR 750 + USD 40 are in the joint venture's pipelines but not"
                + " in the alliance pipeline: the parents can team on them or leave them to the"
                + " joint venture",
            // jv minus jv+north: o4 200 + o5 250 + o6 50 = EUR 500.
            "3 opportunities worth EUR 500 are in the joint venture's own pipeline but not shared"
                + " with parent north",
            // jv minus jv+south: o1 100 + o4 200 + o6 50 = EUR 350.
            "3 opportunities worth EUR 350 are in the joint venture's own pipeline but not shared"
                + " with parent south",
            // jv+south minus jv: o7; jv+north minus jv is empty, so no pointer for north.
            "1 opportunity worth USD 40 is shared between the joint venture and parent south but"
                + " missing from the joint venture's own pipeline",
            "opportunity o6 carries different amounts: EUR 50 in 'alliance', EUR 60 in 'jv'",
            "opportunity o3 is at different stages: Qualified in 'jv', Qualified in 'jv+north',"
                + " Committed in 'jv+south'"),
        messages);
    assertEquals(
        List.of(
            PointerKind.IN_ALLIANCE_NOT_JOINT_VENTURE,
            PointerKind.JOINT_VENTURE_LARGER_THAN_ALLIANCE,
            PointerKind.JOINT_VENTURE_LARGER_THAN_ALLIANCE,
            PointerKind.IN_JOINT_VENTURE_NOT_ALLIANCE,
            PointerKind.NOT_SHARED_WITH_PARENT,
            PointerKind.NOT_SHARED_WITH_PARENT,
            PointerKind.SHARED_WITH_PARENT_NOT_IN_JOINT_VENTURE,
            PointerKind.AMOUNT_DIFFERS,
            PointerKind.STAGE_DIFFERS),
        overlap.pointers().stream().map(Pointer::kind).toList());
    Pointer beyond = overlap.pointers(PointerKind.IN_ALLIANCE_NOT_JOINT_VENTURE).get(0);
    assertEquals(ids("o2"), beyond.opportunities());
    assertEquals(ImmutableList.of("alliance"), beyond.pipelines());
    assertEquals(
        ids("o3", "o4", "o5", "o7"),
        overlap.pointers(PointerKind.IN_JOINT_VENTURE_NOT_ALLIANCE).get(0).opportunities());
    assertEquals(
        ImmutableList.of("jv", "jv+south"),
        overlap.pointers(PointerKind.NOT_SHARED_WITH_PARENT).get(1).pipelines());
  }

  @Test
  void queriesAddRegionsUp() {
    PipelineOverlap overlap = ALL.compare(VENTURE);
    // alliance total: o1 100 + o2 500 + o6 50.
    assertEquals(slice(eur(650), "o1", "o2", "o6"), overlap.total("alliance"));
    // alliance minus jv: o2 only.
    assertEquals(slice(eur(500), "o2"), overlap.difference("alliance", "jv"));
    // only in jv: o4.
    assertEquals(slice(eur(200), "o4"), overlap.only("jv"));
    // nothing is only in jv+north.
    assertEquals(PipelineSlice.empty(), overlap.only("jv+north"));
    assertEquals(
        slice(eur(300), "o3"), overlap.region(ImmutableSet.of("jv+south", "jv", "jv+north")));
    // in either pairwise pipeline but not in jv's own: o7.
    assertEquals(
        slice(ImmutableMap.of(USD, Money.of(40, "USD")), "o7"),
        overlap.select(ImmutableSet.of("jv+north", "jv+south"), ImmutableSet.of("jv")));
  }

  @Test
  void openComparisonLeavesClosedOpportunitiesOut() {
    // Launched is the won stage of the co-sell preset.
    Opportunity won = O2.withStage(StageModels.coSell().get("Launched"));
    Map<String, Pipeline> named = new LinkedHashMap<>();
    named.put("a", pipeline(O1, won));
    named.put("b", pipeline(O1));
    PipelineOverlap open = PipelineComparison.openOpportunities().compare(named);
    assertEquals(
        ImmutableList.of(VennRegion.of(ImmutableSet.of("a", "b"), slice(eur(100), "o1"))),
        open.regions());
    assertEquals(ImmutableList.of(), open.pointers());
    PipelineOverlap all = ALL.compare(named);
    assertEquals(slice(eur(500), "o2"), all.only("a"));
  }

  @Test
  void plainComparisonPointsAtWhatIsOnlyInOnePipeline() {
    Map<String, Pipeline> named = new LinkedHashMap<>();
    named.put("host", pipeline(O1, O2, O4));
    named.put("partner", pipeline(O1, opportunity("o2", 450), O7));
    PipelineOverlap overlap = ALL.compare(named);
    assertEquals(
        List.of(
            "1 opportunity worth EUR 200 is only in pipeline 'host'",
            "1 opportunity worth USD 40 is only in pipeline 'partner'",
            "opportunity o2 carries different amounts: EUR 500 in 'host', EUR 450 in 'partner'"),
        overlap.pointers().stream().map(Pointer::message).toList());
    assertEquals(
        List.of(
            PointerKind.ONLY_IN_ONE_PIPELINE,
            PointerKind.ONLY_IN_ONE_PIPELINE,
            PointerKind.AMOUNT_DIFFERS),
        overlap.pointers().stream().map(Pointer::kind).toList());
    // o1 100 + o2 500 (host's amount, the first pipeline).
    assertEquals(slice(eur(600), "o1", "o2"), overlap.region(ImmutableSet.of("host", "partner")));
  }

  @Test
  void rejectsFewerThanTwoPipelines() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> ALL.compare(Map.of("alone", pipeline(O1))));
    assertEquals("a comparison needs at least two pipelines, got 1", e.getMessage());
  }

  @Test
  void rejectsBlankPipelineName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ALL.compare(ImmutableMap.of(" ", pipeline(), "b", pipeline())));
    assertEquals("pipeline name ' ' must not be blank", e.getMessage());
  }

  @Test
  void rejectsControlCharactersInPipelineName() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ALL.compare(ImmutableMap.of("a\tb", pipeline(), "b", pipeline())));
    assertEquals("pipeline name 'a?b' must not contain control characters", e.getMessage());
  }

  @Test
  void rejectsQueriesForUnknownPipelines() {
    PipelineOverlap overlap = ALL.compare(VENTURE);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> overlap.only("jv+west"));
    assertEquals(
        "no pipeline named 'jv+west' in this comparison of [alliance, jv, jv+north, jv+south]",
        e.getMessage());
  }

  @Test
  void toStringSaysWhichOpportunitiesAreCompared() {
    assertEquals("PipelineComparison{all opportunities}", ALL.toString());
    assertEquals(
        "PipelineComparison{open opportunities}",
        PipelineComparison.openOpportunities().toString());
  }

  @Test
  void rejectsNullsEverywhere() {
    var tester = Fixtures.nullPointerTester().setDefault(JointVenturePipelines.class, VENTURE);
    tester.testAllPublicStaticMethods(PipelineComparison.class);
    tester.testAllPublicInstanceMethods(ALL);
  }

  // ---- laws ----

  /**
   * The regions partition the compared opportunities: each lies in exactly one region, each
   * pipeline's total is its own opportunities, and the region values add up, per currency, to the
   * sum over distinct opportunities of the amount in the first pipeline that holds them.
   */
  @Property(tries = 200)
  void regionsPartitionTheOpportunitiesWithoutDoubleCounting(
      @ForAll("namedPipelines") Map<String, Pipeline> named) {
    PipelineOverlap overlap = ALL.compare(named);
    Map<OpportunityId, Opportunity> first = new HashMap<>();
    named.values().forEach(p -> p.opportunities().forEach(o -> first.putIfAbsent(o.id(), o)));
    Set<OpportunityId> seen = new HashSet<>();
    Map<CurrencyUnit, BigDecimal> regionSums = new HashMap<>();
    for (VennRegion region : overlap.regions()) {
      for (OpportunityId id : region.opportunities()) {
        assertEquals(true, seen.add(id), "twice: " + id);
        for (Map.Entry<String, Pipeline> entry : named.entrySet()) {
          assertEquals(
              entry.getValue().opportunity(id).isPresent(),
              region.isIn(entry.getKey()),
              id + " in " + entry.getKey());
        }
      }
      region
          .value()
          .values()
          .forEach(a -> regionSums.merge(a.getCurrency(), Fixtures.number(a), BigDecimal::add));
    }
    assertEquals(first.keySet(), seen);
    Map<CurrencyUnit, BigDecimal> expected = new HashMap<>();
    first
        .values()
        .forEach(o -> expected.merge(o.currency(), Fixtures.number(o.amount()), BigDecimal::add));
    assertEquals(expected.keySet(), regionSums.keySet());
    expected.forEach((c, sum) -> assertEquals(0, sum.compareTo(regionSums.get(c)), c.toString()));
    for (Map.Entry<String, Pipeline> entry : named.entrySet()) {
      assertEquals(
          entry.getValue().opportunities().stream().map(Opportunity::id).sorted().toList(),
          overlap.total(entry.getKey()).opportunities());
    }
  }

  /** What lies in a and not b, plus what lies in both, is all of a. */
  @Property(tries = 200)
  void differenceAndIntersectionMakeUpTheWhole(
      @ForAll("namedPipelines") Map<String, Pipeline> named) {
    PipelineOverlap overlap = ALL.compare(named);
    List<String> names = new ArrayList<>(named.keySet());
    String a = names.get(0);
    String b = names.get(1);
    List<OpportunityId> both = new ArrayList<>();
    for (VennRegion region : overlap.regions()) {
      if (region.isIn(a) && region.isIn(b)) {
        both.addAll(region.opportunities());
      }
    }
    PipelineSlice difference = overlap.difference(a, b);
    assertEquals(overlap.total(a).count(), difference.count() + both.size());
  }

  /** Which opportunities share a region does not depend on the order of the pipelines. */
  @Property(tries = 200)
  void regionsDoNotDependOnPipelineOrder(@ForAll("namedPipelines") Map<String, Pipeline> named) {
    Map<String, Pipeline> reversed = new LinkedHashMap<>();
    List<String> names = new ArrayList<>(named.keySet());
    for (int i = names.size() - 1; i >= 0; i--) {
      reversed.put(names.get(i), named.get(names.get(i)));
    }
    assertEquals(membership(ALL.compare(named)), membership(ALL.compare(reversed)));
  }

  private static Map<Set<String>, List<OpportunityId>> membership(PipelineOverlap overlap) {
    Map<Set<String>, List<OpportunityId>> byNames = new HashMap<>();
    overlap.regions().forEach(r -> byNames.put(Set.copyOf(r.pipelines()), r.opportunities()));
    return byNames;
  }

  @Provide
  Arbitrary<Map<String, Pipeline>> namedPipelines() {
    // Up to 8 opportunities (o0..o7), each with one amount per pipeline it appears in.
    Arbitrary<Integer> pipelineCount = Arbitraries.integers().between(2, 4);
    return pipelineCount.flatMap(
        count ->
            Arbitraries.integers()
                .between(0, 7)
                .set()
                .ofMaxSize(6)
                .list()
                .ofSize(count)
                .flatMap(
                    memberships ->
                        Arbitraries.longs()
                            .between(0, 1_000_000)
                            .list()
                            .ofSize(count * 8)
                            .map(amounts -> build(memberships, amounts))));
  }

  private static Map<String, Pipeline> build(List<Set<Integer>> memberships, List<Long> amounts) {
    Map<String, Pipeline> named = new LinkedHashMap<>();
    for (int p = 0; p < memberships.size(); p++) {
      List<Opportunity> opportunities = new ArrayList<>();
      for (int o : memberships.get(p)) {
        long minor = amounts.get(p * 8 + o);
        opportunities.add(
            opportunity(
                "o" + o,
                Money.of(BigDecimal.valueOf(minor, 2), o % 3 == 0 ? "USD" : "EUR"),
                "Qualified"));
      }
      named.put("p" + p, pipeline(opportunities));
    }
    return named;
  }

  @Test
  void regionValuesAreExactSumsPerCurrency() {
    Map<String, Pipeline> named = new LinkedHashMap<>();
    named.put(
        "a",
        pipeline(
            opportunity("o1", Money.of(new BigDecimal("0.10"), "EUR"), "Qualified"),
            opportunity("o2", Money.of(new BigDecimal("0.20"), "EUR"), "Qualified"),
            opportunity("o3", Money.of(new BigDecimal("0.01"), "EUR"), "Qualified")));
    named.put("b", pipeline());
    // 0.10 + 0.20 + 0.01 = 0.31 exactly: no binary rounding (0.1 + 0.2 is not 0.3 in double).
    assertEquals(
        0,
        new BigDecimal("0.31")
            .compareTo(Fixtures.number(ALL.compare(named).only("a").value().get(EUR))));
  }
}

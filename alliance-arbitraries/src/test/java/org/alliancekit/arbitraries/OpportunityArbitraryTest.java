package org.alliancekit.arbitraries;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import javax.money.Monetary;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Involvement;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Origin;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.pipeline.StageModels;

class OpportunityArbitraryTest {
  private static final PartnerId OWNER = PartnerId.of("vendor");
  private static final Set<PartnerId> PARTNERS = Set.of(PartnerId.of("si"), PartnerId.of("isv"));
  private static final LocalDate FROM = LocalDate.of(2025, 1, 1);
  private static final LocalDate TO = LocalDate.of(2025, 3, 31);

  @Provide
  Arbitrary<Opportunity> opportunities() {
    return ModelArbitraries.opportunities();
  }

  @Provide
  Arbitrary<Opportunity> coSellDeals() {
    return ModelArbitraries.opportunities()
        .withId(OpportunityId.of("deal-1"))
        .owner(OWNER)
        .parties(PartnerId.of("si"), PartnerId.of("isv"))
        .stageModel(StageModels.coSell())
        .currency(Monetary.getCurrency("GBP"))
        .createdBetween(FROM, TO);
  }

  @Property(tries = 300)
  void opportunitiesMoveThroughTheirStagesInOrder(@ForAll("opportunities") Opportunity deal) {
    assertEquals(OpportunityId.of("o1"), deal.id());
    assertEquals(PartnerId.of("host"), deal.owner());
    assertFalse(deal.expectedClose().isBefore(deal.created()));
    if (!deal.isPartnerInvolved()) {
      assertEquals(Origin.DIRECT, deal.origin());
    }
    Statistics.label("history kept").collect(!deal.stageHistory().isEmpty());
    Statistics.label("outcome").collect(deal.outcome());
    Statistics.label("origin").collect(deal.origin());
    Statistics.label("outcome")
        .coverage(
            coverage -> {
              for (var outcome : org.alliancekit.model.pipeline.Outcome.values()) {
                coverage.check(outcome).count(n -> n > 0);
              }
            });
    Statistics.label("origin")
        .coverage(
            coverage -> {
              for (Origin origin : Origin.values()) {
                coverage.check(origin).count(n -> n > 0);
              }
            });
  }

  @Property(tries = 200)
  void ownerPartiesModelCurrencyAndDatesCanBeConstrained(@ForAll("coSellDeals") Opportunity deal) {
    StageModel model = StageModels.coSell();
    assertEquals(OpportunityId.of("deal-1"), deal.id());
    assertEquals(OWNER, deal.owner());
    assertTrue(PARTNERS.containsAll(deal.partners()), deal.partners().toString());
    assertEquals("GBP", deal.currency().getCurrencyCode());
    assertFalse(deal.created().isBefore(FROM) || deal.created().isAfter(TO));
    assertTrue(model.contains(deal.stage()), deal.stage().toString());
    deal.registration()
        .ifPresent(registration -> assertTrue(PARTNERS.contains(registration.registeringParty())));
    deal.solution()
        .ifPresent(
            solution ->
                assertTrue(
                    solution.parties().stream()
                        .allMatch(party -> party.equals(OWNER) || PARTNERS.contains(party))));
    for (Involvement involvement : deal.involvements()) {
      assertTrue(involvement.party().equals(OWNER) || PARTNERS.contains(involvement.party()));
    }
    List<StageChange> history = deal.stageHistory();
    if (!history.isEmpty()) {
      // The history follows the model: its first open stages in order, then maybe one closed.
      List<Stage> stages = history.stream().map(StageChange::stage).toList();
      List<Stage> open = stages.stream().filter(stage -> !stage.isClosed()).toList();
      assertEquals(model.openStages().subList(0, open.size()), open);
      assertTrue(stages.size() - open.size() <= 1);
    }
  }

  @Provide
  Arbitrary<Opportunity> skippingDeals() {
    return ModelArbitraries.opportunities()
        .stageModel(StageModels.coSell())
        .withStageHistory()
        .skippingStages();
  }

  @Property(tries = 300)
  void skippingDealsKeepAForwardHistoryThatMaySkipStages(
      @ForAll("skippingDeals") Opportunity deal) {
    StageModel model = StageModels.coSell();
    List<StageChange> history = deal.stageHistory();
    assertFalse(history.isEmpty(), deal.toString());
    assertEquals(history.get(history.size() - 1).stage(), deal.stage());
    List<Stage> stages = history.stream().map(StageChange::stage).toList();
    List<Stage> open = stages.stream().filter(stage -> !stage.isClosed()).toList();
    // Open stages in the model's order without repeats, then at most one closed stage at the end.
    for (int i = 0; i + 1 < open.size(); i++) {
      assertTrue(model.indexOf(open.get(i)) < model.indexOf(open.get(i + 1)), stages.toString());
    }
    assertTrue(stages.size() - open.size() <= 1, stages.toString());
    assertEquals(open, stages.subList(0, open.size()));
    for (int i = 0; i + 1 < history.size(); i++) {
      assertFalse(history.get(i + 1).date().isBefore(history.get(i).date()));
    }
    assertFalse(history.get(0).date().isBefore(deal.created()));
    boolean skipped = !open.isEmpty() && !open.equals(model.openStages().subList(0, open.size()));
    Statistics.label("skips a stage").collect(skipped);
    Statistics.label("closed without an open stage").collect(open.isEmpty());
    Statistics.label("skips a stage").coverage(coverage -> coverage.check(true).count(n -> n > 0));
    Statistics.label("closed without an open stage")
        .coverage(coverage -> coverage.check(true).count(n -> n > 0));
  }

  @Example
  void rejectsBadSettings() {
    OpportunityArbitrary opportunities = ModelArbitraries.opportunities();
    assertEquals(
        "creation dates 2025-03-31..2025-01-01 must not be empty",
        assertThrows(IllegalArgumentException.class, () -> opportunities.createdBetween(TO, FROM))
            .getMessage());
    assertEquals(
        "parties to choose from must not be empty",
        assertThrows(IllegalArgumentException.class, opportunities::parties).getMessage());
    assertThrows(NullPointerException.class, () -> opportunities.withId(null));
    assertThrows(NullPointerException.class, () -> opportunities.owner(null));
    assertThrows(NullPointerException.class, () -> opportunities.stageModel(null));
    assertThrows(NullPointerException.class, () -> opportunities.currency(null));
    assertThrows(NullPointerException.class, () -> opportunities.createdBetween(null, TO));
  }
}

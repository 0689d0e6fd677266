package org.alliancekit.model.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StageModelsTest {

  @Test
  void coSellHasTheSevenLifecycleStagesInOrder() {
    StageModel model = StageModels.coSell();
    assertEquals("Co-sell", model.name());
    assertEquals(
        ImmutableList.of(
            Stage.open("Prospect", 0.1),
            Stage.open("Qualified", 0.2),
            Stage.open("Technical Validation", 0.4),
            Stage.open("Business Validation", 0.6),
            Stage.open("Committed", 0.9),
            Stage.won("Launched"),
            Stage.lost("Closed Lost")),
        model.stages());
  }

  @Test
  void coSellStageNamesAndKinds() {
    List<String> described =
        StageModels.coSell().stages().stream()
            .map(stage -> stage.name() + ":" + stage.kind())
            .collect(Collectors.toList());
    assertEquals(
        List.of(
            "Prospect:OPEN",
            "Qualified:OPEN",
            "Technical Validation:OPEN",
            "Business Validation:OPEN",
            "Committed:OPEN",
            "Launched:WON",
            "Closed Lost:LOST"),
        described);
  }

  @Test
  void genericHasFourOpenStagesThenWonAndLost() {
    StageModel model = StageModels.generic();
    assertEquals("Generic", model.name());
    assertEquals(
        ImmutableList.of(
            Stage.open("Prospecting", 0.1),
            Stage.open("Qualification", 0.2),
            Stage.open("Proposal", 0.5),
            Stage.open("Negotiation", 0.8),
            Stage.won("Closed Won"),
            Stage.lost("Closed Lost")),
        model.stages());
  }

  @Test
  void presetOpenProbabilitiesStrictlyIncrease() {
    for (StageModel model : List.of(StageModels.generic(), StageModels.coSell())) {
      ImmutableList<Stage> open = model.openStages();
      for (int i = 1; i < open.size(); i++) {
        assertTrue(
            open.get(i).probability() > open.get(i - 1).probability(),
            model.name() + " at " + open.get(i).name());
      }
    }
  }

  @Test
  void presetsAreSharedInstances() {
    assertSame(StageModels.coSell(), StageModels.coSell());
    assertSame(StageModels.generic(), StageModels.generic());
  }
}

package org.alliancekit.model.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class OutcomeTest {

  @Test
  void outcomeFollowsStageKind() {
    assertEquals(Outcome.OPEN, Outcome.of(StageKind.OPEN));
    assertEquals(Outcome.WON, Outcome.of(StageKind.WON));
    assertEquals(Outcome.LOST, Outcome.of(StageKind.LOST));
  }

  @Test
  void onlyOpenIsNotClosed() {
    assertFalse(Outcome.OPEN.isClosed());
    assertTrue(Outcome.WON.isClosed());
    assertTrue(Outcome.LOST.isClosed());
    assertFalse(StageKind.OPEN.isClosed());
    assertTrue(StageKind.WON.isClosed());
    assertTrue(StageKind.LOST.isClosed());
  }

  @Test
  void opportunityOutcomeIsDerivedFromItsStage() {
    Opportunity open = Fixtures.opportunity("o-1").build();
    assertEquals(Outcome.OPEN, open.outcome());
    assertEquals(Outcome.WON, open.withStage(Fixtures.coSell("Launched")).outcome());
    assertEquals(Outcome.LOST, open.withStage(Fixtures.coSell("Closed Lost")).outcome());
    assertEquals(Outcome.OPEN, open.withStage(Stage.open("Signed", 1.0)).outcome());
  }

  @Test
  void rejectsNullKind() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Outcome.class);
  }
}

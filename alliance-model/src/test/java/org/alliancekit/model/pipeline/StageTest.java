package org.alliancekit.model.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class StageTest {

  @Test
  void factoriesSetKindAndProbability() {
    Stage proposal = Stage.open("Proposal", 0.5);
    assertEquals("Proposal", proposal.name());
    assertEquals(0.5, proposal.probability());
    assertEquals(StageKind.OPEN, proposal.kind());
    assertFalse(proposal.isClosed());

    Stage won = Stage.won("Closed Won");
    assertEquals(1.0, won.probability());
    assertEquals(StageKind.WON, won.kind());
    assertTrue(won.isClosed());

    Stage lost = Stage.lost("Closed Lost");
    assertEquals(0.0, lost.probability());
    assertEquals(StageKind.LOST, lost.kind());
    assertTrue(lost.isClosed());
  }

  @Test
  void openStageMayHaveProbabilityZeroOrOne() {
    assertEquals(0.0, Stage.open("Parked", 0.0).probability());
    assertEquals(1.0, Stage.open("Signed", 1.0).probability());
  }

  @Test
  void rejectsProbabilityAboveOne() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Stage.open("Proposal", 1.5));
    assertEquals(
        "probability 1.5 of stage Proposal must be a number between 0 and 1", e.getMessage());
  }

  @Test
  void rejectsNegativeProbability() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Stage.open("Proposal", -0.1));
    assertEquals(
        "probability -0.1 of stage Proposal must be a number between 0 and 1", e.getMessage());
  }

  @Test
  void rejectsNotANumberProbability() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Stage.open("Proposal", Double.NaN));
    assertEquals(
        "probability NaN of stage Proposal must be a number between 0 and 1", e.getMessage());
  }

  @Test
  void rejectsWonStageWithProbabilityBelowOne() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Stage.of("Closed Won", 0.9, StageKind.WON));
    assertEquals("stage Closed Won is WON, so its probability must be 1, not 0.9", e.getMessage());
  }

  @Test
  void rejectsLostStageWithProbabilityAboveZero() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> Stage.lost("Closed Lost").withProbability(0.1));
    assertEquals(
        "stage Closed Lost is LOST, so its probability must be 0, not 0.1", e.getMessage());
  }

  @Test
  void rejectsBlankName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Stage.open(" ", 0.5));
    assertEquals("stage name ' ' must not be blank", e.getMessage());
  }

  @Test
  void negativeZeroProbabilityIsStoredAsZero() {
    Stage stage = Stage.lost("Closed Lost").withProbability(-0.0);
    assertEquals(Stage.lost("Closed Lost"), stage);
    assertEquals(Double.doubleToRawLongBits(0.0), Double.doubleToRawLongBits(stage.probability()));
  }

  @Test
  void equalityIsByNameProbabilityAndKind() {
    new EqualsTester()
        .addEqualityGroup(Stage.open("Proposal", 0.5), Stage.of("Proposal", 0.5, StageKind.OPEN))
        .addEqualityGroup(Stage.open("proposal", 0.5))
        .addEqualityGroup(Stage.open("Proposal", 0.6))
        .addEqualityGroup(Stage.open("Won", 1.0))
        .addEqualityGroup(Stage.won("Won"))
        .addEqualityGroup(Stage.lost("Won"))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(Stage.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(Stage.open("Proposal", 0.5));
  }
}

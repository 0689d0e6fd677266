package org.alliancekit.model.pipeline;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StageModelTest {
  private static final Stage WORKING = Stage.open("Working", 0.3);
  private static final Stage CLOSING = Stage.open("Closing", 0.7);
  private static final Stage WON = Stage.won("Won");
  private static final Stage LOST = Stage.lost("Lost");
  private static final StageModel SIMPLE = StageModel.of("Simple", WORKING, CLOSING, WON, LOST);

  @Test
  void looksUpStagesByNameIgnoringCase() {
    assertEquals(Optional.of(CLOSING), SIMPLE.stage("closing"));
    assertEquals(Optional.of(WON), SIMPLE.stage("WON"));
    assertEquals(Optional.empty(), SIMPLE.stage("Pending"));
    assertEquals(LOST, SIMPLE.get("lost"));
  }

  @Test
  void getNamesTheMissingStageAndTheModel() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SIMPLE.get("Pending"));
    assertEquals("stage model Simple has no stage named 'Pending'", e.getMessage());
  }

  @Test
  void indexOfCountsFromZeroAndIsMinusOneForStrangers() {
    assertEquals(0, SIMPLE.indexOf(WORKING));
    assertEquals(3, SIMPLE.indexOf(LOST));
    assertEquals(-1, SIMPLE.indexOf(Stage.open("Pending", 0.3)));
  }

  @Test
  void containsOnlyStagesThatMatchInEveryAttribute() {
    assertTrue(SIMPLE.contains(CLOSING));
    assertFalse(SIMPLE.contains(Stage.open("Closing", 0.8)));
    assertFalse(SIMPLE.contains(Stage.open("closing", 0.7)));
    assertFalse(SIMPLE.contains(Stage.open("Won", 1.0)));
  }

  @Test
  void containsTheFirstStage() {
    assertTrue(SIMPLE.contains(WORKING));
  }

  @Test
  void splitsOpenAndClosedStagesInOrder() {
    assertEquals(ImmutableList.of(WORKING, CLOSING), SIMPLE.openStages());
    assertEquals(ImmutableList.of(WON, LOST), SIMPLE.closedStages());
  }

  @Test
  void laterMeansFurtherAlongTheModel() {
    assertTrue(SIMPLE.isLaterThan(CLOSING, WORKING));
    assertFalse(SIMPLE.isLaterThan(WORKING, CLOSING));
    assertFalse(SIMPLE.isLaterThan(CLOSING, CLOSING));
    assertTrue(SIMPLE.isLaterThan(WON, CLOSING));
  }

  @Test
  void isLaterThanRejectsStageOutsideTheModel() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> SIMPLE.isLaterThan(WORKING, Stage.open("Closing", 0.8)));
    assertEquals("stage Closing (OPEN, 0.8) is not in stage model Simple", e.getMessage());
  }

  @Test
  void rejectsModelWithoutOpenStage() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StageModel.of("Closed", WON, LOST));
    assertEquals("stage model Closed must have at least one open stage", e.getMessage());
  }

  @Test
  void rejectsModelWithoutClosedStage() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> StageModel.of("Endless", WORKING, CLOSING));
    assertEquals("stage model Endless must have at least one closed stage", e.getMessage());
  }

  @Test
  void rejectsEmptyModel() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> StageModel.of("Empty"));
    assertEquals("stage model Empty must have at least one open stage", e.getMessage());
  }

  @Test
  void rejectsStageNamesThatDifferOnlyInCase() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> StageModel.of("Twice", WORKING, Stage.open("WORKING", 0.5), WON));
    assertEquals(
        "stage model Twice has two stages named 'Working' and 'WORKING'; "
            + "names must be unique ignoring case",
        e.getMessage());
  }

  @Test
  void rejectsOpenStageAfterClosedStage() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> StageModel.of("Mixed", WORKING, WON, CLOSING));
    assertEquals(
        "stage model Mixed lists open stage Closing after closed stage Won; "
            + "open stages come first",
        e.getMessage());
  }

  @Test
  void openStageAfterSeveralClosedStagesNamesTheFirstClosedStage() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> StageModel.of("Mixed", WORKING, WON, LOST, CLOSING));
    assertEquals(
        "stage model Mixed lists open stage Closing after closed stage Won; "
            + "open stages come first",
        e.getMessage());
  }

  @Test
  void rejectsModelThatStartsWithClosedStages() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> StageModel.of("Backwards", WON, LOST, WORKING));
    assertEquals(
        "stage model Backwards lists open stage Working after closed stage Won; "
            + "open stages come first",
        e.getMessage());
  }

  @Test
  void acceptsSingleOpenStageFollowedBySingleClosedStage() {
    StageModel minimal = StageModel.of("Minimal", WORKING, WON);
    assertEquals(ImmutableList.of(WORKING), minimal.openStages());
    assertEquals(ImmutableList.of(WON), minimal.closedStages());
  }

  @Test
  void rejectsBlankName() {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> SIMPLE.withName(""));
    assertEquals("stage model name '' must not be blank", e.getMessage());
  }

  @Test
  void builderAndFactoriesAgree() {
    assertEquals(
        SIMPLE,
        StageModel.builder()
            .name("Simple")
            .addStages(WORKING, CLOSING)
            .addStage(WON)
            .addStage(LOST)
            .build());
    assertEquals(SIMPLE, StageModel.of("Simple", ImmutableList.of(WORKING, CLOSING, WON, LOST)));
  }

  @Test
  void equalityIsByNameAndStagesInOrder() {
    new EqualsTester()
        .addEqualityGroup(SIMPLE, StageModel.of("Simple", WORKING, CLOSING, WON, LOST))
        .addEqualityGroup(StageModel.of("Other", WORKING, CLOSING, WON, LOST))
        .addEqualityGroup(StageModel.of("Simple", CLOSING, WORKING, WON, LOST))
        .addEqualityGroup(StageModel.of("Simple", WORKING, CLOSING, LOST, WON))
        .addEqualityGroup(StageModel.of("Simple", WORKING, WON))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    Fixtures.nullPointerTester().testAllPublicStaticMethods(StageModel.class);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(SIMPLE);
    Fixtures.nullPointerTester().testAllPublicInstanceMethods(StageModel.builder());
  }
}

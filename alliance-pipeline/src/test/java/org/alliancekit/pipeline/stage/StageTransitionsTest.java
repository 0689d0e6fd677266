package org.alliancekit.pipeline.stage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.alliancekit.model.batch.BatchResult;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.party.Account;
import org.alliancekit.model.party.AccountId;
import org.alliancekit.model.party.PartnerId;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.pipeline.StageKind;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.pipeline.StageModels;
import org.javamoney.moneta.Money;
import org.junit.jupiter.api.Test;

class StageTransitionsTest {
  private static final StageModel CO_SELL = StageModels.coSell();
  private static final StageTransitions FORWARD = StageTransitions.of(CO_SELL);
  private static final StageTransitions BACKWARD = StageTransitions.allowingBackward(CO_SELL);
  private static final LocalDate JAN_1 = LocalDate.of(2024, 1, 1);

  private static Stage stage(String name) {
    return CO_SELL.get(name);
  }

  private static Opportunity.Builder opportunity(String id) {
    return Opportunity.builder()
        .id(OpportunityId.of(id))
        .account(Account.of(AccountId.of("a-1"), "Northwind"))
        .name("Claims platform")
        .amount(Money.of(1000, "EUR"))
        .stage(stage("Prospect"))
        .created(JAN_1)
        .expectedClose(LocalDate.of(2024, 6, 30))
        .owner(PartnerId.of("host"));
  }

  private static Opportunity withHistory(String id, Object... dateAndStage) {
    Opportunity.Builder builder = opportunity(id);
    Stage last = null;
    for (int i = 0; i < dateAndStage.length; i += 2) {
      last = (Stage) dateAndStage[i + 1];
      builder.addStageHistory(StageChange.of((LocalDate) dateAndStage[i], last));
    }
    return builder.stage(last).build();
  }

  @Test
  void allowsForwardMovesOfOneOrMoreStages() {
    assertTrue(FORWARD.isAllowed(stage("Prospect"), stage("Qualified")));
    assertTrue(FORWARD.isAllowed(stage("Prospect"), stage("Business Validation")));
    assertTrue(FORWARD.isAllowed(stage("Committed"), stage("Launched")));
    assertTrue(FORWARD.isAllowed(stage("Qualified"), stage("Launched")));
  }

  @Test
  void allowsLosingFromEveryOpenStage() {
    for (Stage open : CO_SELL.openStages()) {
      assertTrue(FORWARD.isAllowed(open, stage("Closed Lost")), open.name());
    }
  }

  @Test
  void listsTheMovesAllowedFromAStage() {
    assertEquals(
        ImmutableList.of(stage("Committed"), stage("Launched"), stage("Closed Lost")),
        FORWARD.allowedFrom(stage("Business Validation")));
    assertEquals(ImmutableList.of(), FORWARD.allowedFrom(stage("Launched")));
    // Backward moves allowed: every stage but Qualified itself.
    assertEquals(
        ImmutableList.of(
            stage("Prospect"),
            stage("Technical Validation"),
            stage("Business Validation"),
            stage("Committed"),
            stage("Launched"),
            stage("Closed Lost")),
        BACKWARD.allowedFrom(stage("Qualified")));
  }

  @Test
  void rejectsBackwardMoveUnlessAllowed() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FORWARD.check(stage("Committed"), stage("Qualified")));
    assertEquals(
        "stage model Co-sell does not allow a move from Committed to Qualified: moves back to an"
            + " earlier stage are not allowed",
        e.getMessage());
    BACKWARD.check(stage("Committed"), stage("Qualified"));
    assertTrue(BACKWARD.allowsBackward());
    assertFalse(FORWARD.allowsBackward());
  }

  @Test
  void rejectsMovesOutOfClosedStages() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BACKWARD.check(stage("Launched"), stage("Committed")));
    assertEquals(
        "stage model Co-sell does not allow a move from Launched to Committed: Launched is closed"
            + " and closed stages are final",
        e.getMessage());
    assertFalse(FORWARD.isAllowed(stage("Closed Lost"), stage("Launched")));
  }

  @Test
  void rejectsStayingInTheSameStage() {
    assertEquals(
        "stage model Co-sell does not allow a move from Qualified to Qualified: a move must change"
            + " the stage",
        assertThrows(
                IllegalArgumentException.class,
                () -> FORWARD.check(stage("Qualified"), stage("Qualified")))
            .getMessage());
  }

  @Test
  void closedStagesOfOtherModelsFollowTheSameRules() {
    // Open stages come first in every model, so a won stage is always forward of an open one.
    StageTransitions generic = StageTransitions.of(StageModels.generic());
    assertTrue(
        generic.isAllowed(
            StageModels.generic().get("Prospecting"), StageModels.generic().get("Closed Won")));
    assertFalse(
        generic.isAllowed(
            StageModels.generic().get("Closed Won"), StageModels.generic().get("Closed Lost")));
  }

  @Test
  void rejectsStageNotInTheModel() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> FORWARD.check(stage("Prospect"), StageModels.generic().get("Proposal")));
    assertEquals("stage Proposal (OPEN, 0.5) is not in stage model Co-sell", e.getMessage());
    // Same name, other probability: not the model's stage.
    assertEquals(
        "stage Qualified (OPEN, 0.3) is not in stage model Co-sell",
        assertThrows(
                IllegalArgumentException.class,
                () -> FORWARD.isAllowed(Stage.open("Qualified", 0.3), stage("Committed")))
            .getMessage());
  }

  @Test
  void transitionMovesTheOpportunityAndRecordsTheChange() {
    Opportunity start = opportunity("o-1").build();
    Opportunity qualified =
        FORWARD.transition(start, stage("Qualified"), LocalDate.of(2024, 1, 15));
    assertEquals(stage("Qualified"), qualified.stage());
    assertEquals(
        List.of(
            StageChange.of(JAN_1, stage("Prospect")),
            StageChange.of(LocalDate.of(2024, 1, 15), stage("Qualified"))),
        qualified.stageHistory());
    assertEquals(LocalDate.of(2024, 6, 30), qualified.expectedClose());
    Opportunity won = FORWARD.transition(qualified, stage("Launched"), LocalDate.of(2024, 3, 1));
    assertEquals(LocalDate.of(2024, 3, 1), won.expectedClose());
    assertEquals(3, won.stageHistory().size());
    assertEquals(won, FORWARD.validate(won));
  }

  @Test
  void transitionRejectsDisallowedMoveAndDateBeforeLastChange() {
    Opportunity committed =
        withHistory("o-2", JAN_1, stage("Prospect"), LocalDate.of(2024, 2, 1), stage("Committed"));
    assertEquals(
        "stage model Co-sell does not allow a move from Committed to Prospect: moves back to an"
            + " earlier stage are not allowed",
        assertThrows(
                IllegalArgumentException.class,
                () -> FORWARD.transition(committed, stage("Prospect"), LocalDate.of(2024, 3, 1)))
            .getMessage());
    assertEquals(
        "opportunity o-2 cannot move to stage Launched on 2024-01-15, before its last stage change"
            + " on 2024-02-01",
        assertThrows(
                IllegalArgumentException.class,
                () -> FORWARD.transition(committed, stage("Launched"), LocalDate.of(2024, 1, 15)))
            .getMessage());
  }

  @Test
  void validatesStageHistories() {
    Opportunity good =
        withHistory(
            "o-3",
            JAN_1,
            stage("Prospect"),
            LocalDate.of(2024, 2, 1),
            stage("Technical Validation"),
            LocalDate.of(2024, 3, 1),
            stage("Closed Lost"));
    assertEquals(good, FORWARD.validate(good));
    Opportunity backwards =
        withHistory("o-4", JAN_1, stage("Committed"), LocalDate.of(2024, 2, 1), stage("Qualified"));
    assertEquals(
        "stage history of opportunity o-4 moves from Committed to Qualified on 2024-02-01, which"
            + " stage model Co-sell does not allow: moves back to an earlier stage are not allowed",
        assertThrows(IllegalArgumentException.class, () -> FORWARD.validate(backwards))
            .getMessage());
    assertEquals(backwards, BACKWARD.validate(backwards));
  }

  @Test
  void rejectsHistoryWithStageNotInTheModel() {
    Opportunity foreign =
        withHistory(
            "o-5",
            JAN_1,
            StageModels.generic().get("Prospecting"),
            LocalDate.of(2024, 2, 1),
            stage("Qualified"));
    assertEquals(
        "stage history of opportunity o-5 enters stage Prospecting (OPEN, 0.1) on 2024-01-01,"
            + " which is not in stage model Co-sell",
        assertThrows(IllegalArgumentException.class, () -> FORWARD.validate(foreign)).getMessage());
    Opportunity current = opportunity("o-6").stage(StageModels.generic().get("Proposal")).build();
    assertEquals(
        "opportunity o-6 is at stage Proposal (OPEN, 0.5), which is not in stage model Co-sell",
        assertThrows(IllegalArgumentException.class, () -> FORWARD.validate(current)).getMessage());
  }

  @Test
  void validateAllReportsEveryBadOpportunity() {
    Opportunity good = opportunity("o-1").build();
    Opportunity backwards =
        withHistory("o-4", JAN_1, stage("Committed"), LocalDate.of(2024, 2, 1), stage("Qualified"));
    Opportunity foreign = opportunity("o-6").stage(StageModels.generic().get("Proposal")).build();
    BatchResult<Opportunity> result = FORWARD.validateAll(List.of(good, backwards, foreign, good));
    assertEquals(List.of(good, good), result.results());
    assertEquals(
        List.of(
            Problem.atRow(
                1,
                "o-4",
                ProblemKind.INVALID_VALUE,
                "stage history of opportunity o-4 moves from Committed to Qualified on 2024-02-01,"
                    + " which stage model Co-sell does not allow: moves back to an earlier stage"
                    + " are not allowed"),
            Problem.atRow(
                2,
                "o-6",
                ProblemKind.UNKNOWN_REFERENCE,
                "opportunity o-6 is at stage Proposal (OPEN, 0.5), which is not in stage model"
                    + " Co-sell")),
        result.problems());
    assertEquals(4, result.rowCount());
  }

  @Test
  void equalityIsByModelAndBackwardRule() {
    new EqualsTester()
        .addEqualityGroup(FORWARD, StageTransitions.of(StageModels.coSell()))
        .addEqualityGroup(BACKWARD)
        .addEqualityGroup(StageTransitions.of(StageModels.generic()))
        .testEquals();
    assertEquals(CO_SELL, FORWARD.model());
    assertEquals("StageTransitions{Co-sell}", FORWARD.toString());
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(StageModel.class, CO_SELL)
            .setDefault(Stage.class, stage("Qualified"))
            .setDefault(LocalDate.class, JAN_1)
            .setDefault(Opportunity.class, opportunity("o-1").build())
            .setDefault(List.class, List.of(opportunity("o-1").build()));
    tester.testAllPublicStaticMethods(StageTransitions.class);
    tester.testAllPublicInstanceMethods(FORWARD);
  }

  @Provide
  Arbitrary<Stage> coSellStages() {
    return Arbitraries.of(CO_SELL.stages());
  }

  /**
   * The rule written independently of the implementation: from an open stage, forward to any later
   * stage or to a lost stage; nothing out of a closed stage; never to the same stage.
   */
  private static boolean expected(Stage from, Stage to, boolean backward) {
    int a = CO_SELL.indexOf(from);
    int b = CO_SELL.indexOf(to);
    if (from.isClosed() || a == b) {
      return false;
    }
    return b > a || to.kind() == StageKind.LOST || (backward && !to.isClosed());
  }

  @Property
  void disallowedTransitionsAreAlwaysRejected(
      @ForAll("coSellStages") Stage from, @ForAll("coSellStages") Stage to, @ForAll boolean back) {
    StageTransitions transitions = back ? BACKWARD : FORWARD;
    boolean allowed = expected(from, to, back);
    assertEquals(allowed, transitions.isAllowed(from, to));
    assertEquals(allowed, transitions.allowedFrom(from).contains(to));
    if (!allowed) {
      IllegalArgumentException e =
          assertThrows(IllegalArgumentException.class, () -> transitions.check(from, to));
      assertTrue(
          e.getMessage()
              .startsWith(
                  "stage model Co-sell does not allow a move from "
                      + from.name()
                      + " to "
                      + to.name()
                      + ": "),
          e.getMessage());
      Opportunity at = opportunity("o-9").stage(from).build();
      assertThrows(
          IllegalArgumentException.class,
          () -> transitions.transition(at, to, LocalDate.of(2024, 2, 1)));
    } else {
      transitions.check(from, to);
      Opportunity at = opportunity("o-9").stage(from).build();
      Opportunity moved = transitions.transition(at, to, LocalDate.of(2024, 2, 1));
      assertEquals(to, moved.stage());
      assertEquals(moved, transitions.validate(moved));
    }
  }
}

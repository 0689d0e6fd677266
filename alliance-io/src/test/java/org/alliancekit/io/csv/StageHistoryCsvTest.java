package org.alliancekit.io.csv;

import static org.alliancekit.io.csv.Problems.assertProblems;
import static org.alliancekit.io.csv.Problems.at;
import static org.alliancekit.io.csv.Problems.problemAt;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.time.LocalDate;
import java.util.List;
import org.alliancekit.io.ReadResult;
import org.alliancekit.io.Samples;
import org.alliancekit.io.StageHistoryRow;
import org.alliancekit.model.batch.ProblemKind;
import org.alliancekit.model.pipeline.Opportunity;
import org.alliancekit.model.pipeline.OpportunityId;
import org.alliancekit.model.pipeline.Stage;
import org.alliancekit.model.pipeline.StageChange;
import org.alliancekit.model.pipeline.StageModel;
import org.alliancekit.model.pipeline.StageModels;
import org.junit.jupiter.api.Test;

class StageHistoryCsvTest {
  private static final String FILE = "stage_history.csv";
  private static final OpportunityId O1 = OpportunityId.of("o-1");

  private static ReadResult<StageHistoryRow> read(String text) {
    return StageHistoryCsv.read(new StringReader(text), FILE);
  }

  private static StageHistoryRow row(String opportunity, String stage, LocalDate date) {
    return StageHistoryRow.of(
        OpportunityId.of(opportunity), StageChange.of(date, StageModels.coSell().get(stage)));
  }

  @Test
  void readsOneStageChangePerRow() {
    ReadResult<StageHistoryRow> result =
        read(
            "date,Stage,opportunity_id\n"
                + "2026-01-10,prospect,o-1\n"
                + "2026-03-02,COMMITTED,o-1\n"
                + "2026-02-01,Technical Validation,o-2\n");
    assertTrue(result.isClean(), result::toString);
    assertEquals(
        ImmutableList.of(
            row("o-1", "Prospect", LocalDate.of(2026, 1, 10)),
            row("o-1", "Committed", LocalDate.of(2026, 3, 2)),
            row("o-2", "Technical Validation", LocalDate.of(2026, 2, 1))),
        result.values());
    assertEquals(
        Samples.opportunity().stageHistory(),
        result.values().stream()
            .filter(value -> value.opportunity().equals(O1))
            .map(StageHistoryRow::change)
            .collect(ImmutableList.toImmutableList()));
    assertEquals(ImmutableList.of(2L, 3L, 4L), result.lines());
  }

  @Test
  void rowsWithTheSameTextShareOneValue() {
    ReadResult<StageHistoryRow> result =
        read(
            "opportunity_id,stage,date\n"
                + "o-1,Prospect,2026-01-10\n"
                + "o-2,Prospect, 2026-01-10\n"
                + "o-1,Committed,2026-01-10\n");
    assertTrue(result.isClean(), result::toString);
    List<StageHistoryRow> rows = result.values();
    assertSame(rows.get(0).opportunity(), rows.get(2).opportunity());
    assertSame(rows.get(0).change(), rows.get(1).change());
    assertSame(rows.get(0).change().date(), rows.get(2).change().date());
    assertEquals(row("o-1", "Committed", LocalDate.of(2026, 1, 10)), rows.get(2));
  }

  @Test
  void aBadTextInASharedColumnIsReportedOnEveryRowThatHasIt() {
    ReadResult<StageHistoryRow> result =
        read(
            "opportunity_id,stage,date\n"
                + "o-1,Prospect,2026-02-30\n"
                + "o-2,Prospect,2026-01-10\n"
                + "o-3,Prospect,2026-02-30\n");
    assertProblems(
        result,
        at(FILE, 2, StageHistoryCsv.DATE, ProblemKind.INVALID_VALUE),
        at(FILE, 4, StageHistoryCsv.DATE, ProblemKind.INVALID_VALUE));
    assertEquals(
        ImmutableList.of(row("o-2", "Prospect", LocalDate.of(2026, 1, 10))), result.values());
  }

  @Test
  void readsStagesOfAGivenStageModel() {
    StageModel simple =
        StageModel.of("Simple", Stage.open("Working", 0.3), Stage.won("Won"), Stage.lost("Lost"));
    ReadResult<StageHistoryRow> result =
        StageHistoryCsv.read(
            new StringReader("opportunity_id,stage,date\no-1,won,2026-01-10\n"), FILE, simple);
    assertTrue(result.isClean(), result::toString);
    assertEquals(Stage.won("Won"), result.values().get(0).change().stage());
  }

  @Test
  void reportsEveryBadRowWithItsLineColumnAndReason() {
    ReadResult<StageHistoryRow> result =
        read(
            "opportunity_id,stage,date\n"
                + "o-1,Prospect,2026-01-10\n" // 2
                + "o-1,Won,2026-01-11\n" // 3
                + "o-1,Committed,2026-13-01\n" // 4
                + ",Committed,2026-01-12\n" // 5
                + "o-2,Launched,2026-01-12\n"); // 6
    assertProblems(
        result,
        at(FILE, 3, "stage", ProblemKind.UNKNOWN_REFERENCE),
        at(FILE, 4, "date", ProblemKind.INVALID_VALUE),
        at(FILE, 5, "opportunity_id", ProblemKind.MISSING_VALUE));
    assertEquals(ImmutableList.of(2L, 6L), result.lines());
    assertTrue(
        problemAt(result, 3, "stage")
            .message()
            .startsWith("stage 'Won' is not a stage of stage model "),
        () -> problemAt(result, 3, "stage").message());
  }

  @Test
  void writesOneRowPerStageChangeAndReadsThemBack() throws IOException {
    Opportunity rich = Samples.opportunity();
    Opportunity other =
        rich.withId(OpportunityId.of("o-2"))
            .withStageHistory(
                StageChange.of(LocalDate.of(2026, 1, 10), StageModels.coSell().get("Committed")));
    StringWriter out = new StringWriter();
    StageHistoryCsv.write(out, ImmutableList.of(rich, rich.withStageHistory(), other));
    assertEquals(
        "opportunity_id,stage,date\r\n"
            + "o-1,Prospect,2026-01-10\r\n"
            + "o-1,Committed,2026-03-02\r\n"
            + "o-2,Committed,2026-01-10\r\n",
        out.toString());
    ReadResult<StageHistoryRow> back = read(out.toString());
    assertTrue(back.isClean(), back::toString);
    assertEquals(
        ImmutableList.of(
            StageHistoryRow.of(O1, rich.stageHistory().get(0)),
            StageHistoryRow.of(O1, rich.stageHistory().get(1)),
            StageHistoryRow.of(other.id(), other.stageHistory().get(0))),
        back.values());
  }

  @Test
  void rejectsNullsEverywhere() {
    Samples.nullPointerTester()
        .setDefault(StageModel.class, StageModels.coSell())
        .setDefault(ReadResult.class, ReadResult.of(List.of(), List.of(), List.of()))
        .testAllPublicStaticMethods(StageHistoryCsv.class);
    Samples.nullPointerTester()
        .setDefault(StageChange.class, Samples.opportunity().stageHistory().get(0))
        .setDefault(OpportunityId.class, O1)
        .testAllPublicConstructors(StageHistoryRow.class);
  }
}

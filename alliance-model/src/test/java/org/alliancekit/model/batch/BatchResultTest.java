package org.alliancekit.model.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import org.junit.jupiter.api.Test;

class BatchResultTest {
  private static final Problem BAD_ROW_1 =
      Problem.atRow(1, "r-2", ProblemKind.OUT_OF_RANGE, "rating 11 for Co1 is outside scale 0..10");

  @Test
  void accountsForEveryRow() {
    BatchResult<String> result =
        BatchResult.of(ImmutableList.of("a", "c"), ImmutableList.of(BAD_ROW_1));
    assertEquals(3, result.rowCount());
    assertFalse(result.isClean());
    assertTrue(BatchResult.of(ImmutableList.of("a"), ImmutableList.of()).isClean());
  }

  @Test
  void keepsResultsAndProblemsInInputOrder() {
    Problem badRow3 = Problem.atRow(3, "r-4", ProblemKind.MISSING_VALUE, "no rating for Co2");
    BatchResult<String> result =
        BatchResult.of(ImmutableList.of("a", "c", "e"), ImmutableList.of(BAD_ROW_1, badRow3));
    assertEquals(ImmutableList.of("a", "c", "e"), result.results());
    assertEquals(ImmutableList.of(BAD_ROW_1, badRow3), result.problems());
    assertEquals(5, result.rowCount());
  }

  @Test
  void toStringCountsResultsAndListsProblems() {
    BatchResult<String> result =
        BatchResult.of(ImmutableList.of("a", "c"), ImmutableList.of(BAD_ROW_1));
    assertEquals(
        "BatchResult{results=2, problems=[row 1 (r-2) OUT_OF_RANGE: "
            + "rating 11 for Co1 is outside scale 0..10]}",
        result.toString());
  }

  @Test
  void rejectsTwoProblemsForOneRow() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> BatchResult.of(ImmutableList.of(), ImmutableList.of(BAD_ROW_1, BAD_ROW_1)));
    assertEquals("problems name 1 rows more than once", e.getMessage());
  }

  @Test
  void problemsWithoutARowDoNotCountAsRepeatedRows() {
    Problem general = Problem.of(ProblemKind.CURRENCY_MISMATCH, "no rate from JPY to EUR");
    BatchResult<String> result =
        BatchResult.of(ImmutableList.of("a"), ImmutableList.of(BAD_ROW_1, general, general));
    assertEquals(ImmutableList.of(BAD_ROW_1, general, general), result.problems());
  }

  @Test
  void equalityAndNulls() {
    new EqualsTester()
        .addEqualityGroup(
            BatchResult.of(ImmutableList.of("a"), ImmutableList.of(BAD_ROW_1)),
            BatchResult.of(ImmutableList.of("a"), ImmutableList.of(BAD_ROW_1)))
        .addEqualityGroup(BatchResult.of(ImmutableList.of("a"), ImmutableList.of()))
        .addEqualityGroup(BatchResult.of(ImmutableList.of(), ImmutableList.of(BAD_ROW_1)))
        .testEquals();
    new NullPointerTester().testAllPublicStaticMethods(BatchResult.class);
  }
}

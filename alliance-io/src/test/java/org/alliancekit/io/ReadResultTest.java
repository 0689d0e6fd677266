package org.alliancekit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.testing.EqualsTester;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;
import org.junit.jupiter.api.Test;

class ReadResultTest {
  private static final Problem WARNING =
      Problem.inFile("a.csv", 1, "extra", ProblemKind.UNKNOWN_COLUMN, "ignored");
  private static final Problem ERROR =
      Problem.inFile("a.csv", 3, "name", ProblemKind.MISSING_VALUE, "empty");

  @Test
  void splitsErrorsFromWarnings() {
    ReadResult<String> result =
        ReadResult.of(
            ImmutableList.of("x"), ImmutableList.of(2L), ImmutableList.of(WARNING, ERROR));
    assertEquals(ImmutableList.of(WARNING), result.warnings());
    assertEquals(ImmutableList.of(ERROR), result.errors());
    assertTrue(result.hasErrors());
    assertFalse(result.isClean());
  }

  @Test
  void warningsAloneAreNoErrors() {
    ReadResult<String> result =
        ReadResult.of(ImmutableList.of("x"), ImmutableList.of(2L), ImmutableList.of(WARNING));
    assertFalse(result.hasErrors());
    assertFalse(result.isClean());
    assertTrue(ReadResult.of(ImmutableList.of(), ImmutableList.of(), ImmutableList.of()).isClean());
  }

  @Test
  void rejectsLinesThatDoNotMatchValues() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () ->
                ReadResult.of(
                    ImmutableList.of("x", "y"), ImmutableList.of(2L), ImmutableList.of()));
    assertEquals(
        "read result has 2 values but 1 lines; there must be one line per value", e.getMessage());
  }

  @Test
  void rejectsLineZeroForAValue() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> ReadResult.of(ImmutableList.of("x"), ImmutableList.of(0L), ImmutableList.of()));
    assertEquals("read result line 0 must be positive", e.getMessage());
  }

  @Test
  void failedHasOnlyProblems() {
    ReadResult<String> failed = ReadResult.failed(ImmutableList.of(ERROR));
    assertEquals(ImmutableList.of(), failed.values());
    assertEquals(ImmutableList.of(ERROR), failed.problems());
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            ReadResult.of(ImmutableList.of("x"), ImmutableList.of(2L), ImmutableList.of()),
            ReadResult.of(ImmutableList.of("x"), ImmutableList.of(2L), ImmutableList.of()))
        .addEqualityGroup(
            ReadResult.of(ImmutableList.of("y"), ImmutableList.of(2L), ImmutableList.of()))
        .addEqualityGroup(
            ReadResult.of(ImmutableList.of("x"), ImmutableList.of(3L), ImmutableList.of()))
        .addEqualityGroup(
            ReadResult.of(ImmutableList.of("x"), ImmutableList.of(2L), ImmutableList.of(ERROR)))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    Samples.nullPointerTester().testAllPublicStaticMethods(ReadResult.class);
    Samples.nullPointerTester()
        .testAllPublicInstanceMethods(
            ReadResult.of(ImmutableList.of("x"), ImmutableList.of(2L), ImmutableList.of()));
  }
}

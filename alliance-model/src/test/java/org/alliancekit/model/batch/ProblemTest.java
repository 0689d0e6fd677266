package org.alliancekit.model.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import java.util.Optional;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

class ProblemTest {
  @Test
  void problemInFileHasFileLineAndColumn() {
    Problem problem =
        Problem.inFile(
            "partners.csv",
            7,
            "employees",
            ProblemKind.INVALID_VALUE,
            "employees 'x' is not a whole number");
    assertEquals(
        Optional.of(new ProblemLocation.InFile("partners.csv", 7, "employees")),
        problem.location());
    assertEquals("partners.csv", problem.file());
    assertEquals(7, problem.line());
    assertEquals("employees", problem.column());
    assertEquals(OptionalLong.empty(), problem.row());
    assertEquals("", problem.key());
    assertEquals(
        "partners.csv:7 [employees] INVALID_VALUE: employees 'x' is not a whole number",
        problem.toString());
  }

  @Test
  void problemOfWholeFileIsAtLineZeroWithoutColumn() {
    Problem problem =
        Problem.inFile("rates.csv", ProblemKind.UNREADABLE_FILE, "file rates.csv is missing");
    assertEquals(
        Problem.inFile(
            "rates.csv", 0, "", ProblemKind.UNREADABLE_FILE, "file rates.csv is missing"),
        problem);
    assertEquals("rates.csv UNREADABLE_FILE: file rates.csv is missing", problem.toString());
  }

  @Test
  void problemAtRowHasRowAndKey() {
    Problem problem = Problem.atRow(12, "r-1", ProblemKind.OUT_OF_RANGE, "rating 11 is off scale");
    assertEquals(Optional.of(new ProblemLocation.AtRow(12, "r-1")), problem.location());
    assertEquals(OptionalLong.of(12), problem.row());
    assertEquals("r-1", problem.key());
    assertEquals("", problem.file());
    assertEquals(0, problem.line());
    assertEquals("", problem.column());
    assertEquals("row 12 (r-1) OUT_OF_RANGE: rating 11 is off scale", problem.toString());
    assertEquals(
        "row 0 MISSING_VALUE: no rating",
        Problem.atRow(0, "", ProblemKind.MISSING_VALUE, "no rating").toString());
  }

  @Test
  void problemWithoutLocationHasNone() {
    Problem problem = Problem.of(ProblemKind.CURRENCY_MISMATCH, "no rate from JPY to EUR");
    assertEquals(Optional.empty(), problem.location());
    assertEquals(OptionalLong.empty(), problem.row());
    assertEquals("", problem.key());
    assertEquals("", problem.file());
    assertEquals(0, problem.line());
    assertEquals("CURRENCY_MISMATCH: no rate from JPY to EUR", problem.toString());
  }

  @Test
  void problemAtAGivenLocationEqualsTheFactoryOfItsForm() {
    assertEquals(
        Problem.atRow(3, "k", ProblemKind.DUPLICATE, "m"),
        Problem.of(new ProblemLocation.AtRow(3, "k"), ProblemKind.DUPLICATE, "m"));
    assertEquals(
        Problem.inFile("a.csv", 3, "c", ProblemKind.DUPLICATE, "m"),
        Problem.of(new ProblemLocation.InFile("a.csv", 3, "c"), ProblemKind.DUPLICATE, "m"));
  }

  @Test
  void onlyUnknownColumnAndWithheldAreWarnings() {
    for (ProblemKind kind : ProblemKind.values()) {
      assertEquals(
          kind == ProblemKind.UNKNOWN_COLUMN || kind == ProblemKind.WITHHELD,
          kind.isWarning(),
          kind.name());
      assertEquals(kind.isWarning(), Problem.of(kind, "m").isWarning(), kind.name());
    }
    assertTrue(Problem.inFile("a.csv", 1, "x", ProblemKind.UNKNOWN_COLUMN, "m").isWarning());
    assertFalse(Problem.atRow(2, "x", ProblemKind.DUPLICATE, "m").isWarning());
  }

  @Test
  void rejectsNegativeLineAndRow() {
    IllegalArgumentException line =
        assertThrows(
            IllegalArgumentException.class,
            () -> Problem.inFile("a.csv", -1, "", ProblemKind.DUPLICATE, "m"));
    assertEquals("problem line -1 must not be negative", line.getMessage());
    IllegalArgumentException row =
        assertThrows(
            IllegalArgumentException.class,
            () -> Problem.atRow(-1, "", ProblemKind.MISSING_VALUE, "x"));
    assertEquals("problem row -1 must not be negative", row.getMessage());
  }

  @Test
  void ordersNoLocationThenFilesThenRows() {
    Problem none = Problem.of(ProblemKind.UNDEFINED, "m");
    Problem a = Problem.inFile("a.csv", 9, "z", ProblemKind.DUPLICATE, "m");
    Problem b = Problem.inFile("b.csv", 1, "a", ProblemKind.DUPLICATE, "m");
    Problem b2 = Problem.inFile("b.csv", 2, "a", ProblemKind.DUPLICATE, "m");
    Problem b2z = Problem.inFile("b.csv", 2, "z", ProblemKind.DUPLICATE, "m");
    Problem row0 = Problem.atRow(0, "k", ProblemKind.DUPLICATE, "m");
    Problem row1 = Problem.atRow(1, "a", ProblemKind.DUPLICATE, "m");
    assertEquals(
        ImmutableList.of(none, a, b, b2, b2z, row0, row1),
        Ordering.natural().sortedCopy(ImmutableList.of(row1, b2z, b, row0, a, none, b2)));
  }

  @Test
  void equalityIsByKindMessageAndLocation() {
    new EqualsTester()
        .addEqualityGroup(
            Problem.inFile("a.csv", 1, "c", ProblemKind.DUPLICATE, "m"),
            Problem.inFile("a.csv", 1, "c", ProblemKind.DUPLICATE, "m"))
        .addEqualityGroup(Problem.inFile("b.csv", 1, "c", ProblemKind.DUPLICATE, "m"))
        .addEqualityGroup(Problem.inFile("a.csv", 2, "c", ProblemKind.DUPLICATE, "m"))
        .addEqualityGroup(Problem.inFile("a.csv", 1, "", ProblemKind.DUPLICATE, "m"))
        .addEqualityGroup(Problem.inFile("a.csv", 1, "c", ProblemKind.INCONSISTENT, "m"))
        .addEqualityGroup(Problem.inFile("a.csv", 1, "c", ProblemKind.DUPLICATE, "n"))
        .addEqualityGroup(
            Problem.atRow(1, "c", ProblemKind.DUPLICATE, "m"),
            Problem.atRow(1, "c", ProblemKind.DUPLICATE, "m"))
        .addEqualityGroup(Problem.atRow(2, "c", ProblemKind.DUPLICATE, "m"))
        .addEqualityGroup(Problem.atRow(1, "", ProblemKind.DUPLICATE, "m"))
        .addEqualityGroup(Problem.inFile("", 0, "", ProblemKind.DUPLICATE, "m"))
        .addEqualityGroup(
            Problem.of(ProblemKind.DUPLICATE, "m"), Problem.of(ProblemKind.DUPLICATE, "m"))
        .testEquals();
    Problem none = Problem.of(ProblemKind.DUPLICATE, "m");
    assertEquals(0, none.compareTo(Problem.of(ProblemKind.DUPLICATE, "m")));
    assertTrue(
        Problem.of(ProblemKind.DUPLICATE, "m")
                .compareTo(Problem.inFile("", 0, "", ProblemKind.DUPLICATE, "m"))
            < 0);
  }

  @Test
  void rejectsNullsEverywhere() {
    NullPointerTester tester =
        new NullPointerTester().setDefault(ProblemLocation.class, new ProblemLocation.AtRow(0, ""));
    tester.testAllPublicStaticMethods(Problem.class);
    tester.testAllPublicInstanceMethods(Problem.inFile("a.csv", 1, "", ProblemKind.DUPLICATE, "m"));
    tester.testAllPublicConstructors(ProblemLocation.InFile.class);
    tester.testAllPublicConstructors(ProblemLocation.AtRow.class);
  }
}

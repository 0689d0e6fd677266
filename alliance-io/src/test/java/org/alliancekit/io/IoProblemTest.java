package org.alliancekit.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.Ordering;
import com.google.common.testing.EqualsTester;
import org.junit.jupiter.api.Test;

class IoProblemTest {
  @Test
  void printsFileLineColumnKindAndMessage() {
    assertEquals(
        "partners.csv:7 [employees] INVALID_VALUE: employees 'x' is not a whole number",
        IoProblem.of(
                "partners.csv",
                7,
                "employees",
                IoProblemKind.INVALID_VALUE,
                "employees 'x' is not a whole number")
            .toString());
    assertEquals(
        "rates.csv UNREADABLE_FILE: file rates.csv is missing",
        IoProblem.ofFile("rates.csv", IoProblemKind.UNREADABLE_FILE, "file rates.csv is missing")
            .toString());
  }

  @Test
  void onlyUnknownColumnIsAWarning() {
    for (IoProblemKind kind : IoProblemKind.values()) {
      assertEquals(kind == IoProblemKind.UNKNOWN_COLUMN, kind.isWarning(), kind.name());
    }
    assertTrue(IoProblem.of("a.csv", 1, "x", IoProblemKind.UNKNOWN_COLUMN, "m").isWarning());
    assertFalse(IoProblem.of("a.csv", 2, "x", IoProblemKind.DUPLICATE, "m").isWarning());
  }

  @Test
  void rejectsNegativeLine() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class,
            () -> IoProblem.of("a.csv", -1, "", IoProblemKind.DUPLICATE, "m"));
    assertEquals("problem line -1 must not be negative", e.getMessage());
  }

  @Test
  void ordersByFileThenLineThenColumn() {
    IoProblem a = IoProblem.of("a.csv", 9, "z", IoProblemKind.DUPLICATE, "m");
    IoProblem b = IoProblem.of("b.csv", 1, "a", IoProblemKind.DUPLICATE, "m");
    IoProblem b2 = IoProblem.of("b.csv", 2, "a", IoProblemKind.DUPLICATE, "m");
    IoProblem b2z = IoProblem.of("b.csv", 2, "z", IoProblemKind.DUPLICATE, "m");
    assertEquals(
        ImmutableList.of(a, b, b2, b2z),
        Ordering.natural().sortedCopy(ImmutableList.of(b2z, b, a, b2)));
  }

  @Test
  void equalityIsByValue() {
    new EqualsTester()
        .addEqualityGroup(
            IoProblem.of("a.csv", 1, "c", IoProblemKind.DUPLICATE, "m"),
            IoProblem.of("a.csv", 1, "c", IoProblemKind.DUPLICATE, "m"))
        .addEqualityGroup(IoProblem.of("b.csv", 1, "c", IoProblemKind.DUPLICATE, "m"))
        .addEqualityGroup(IoProblem.of("a.csv", 2, "c", IoProblemKind.DUPLICATE, "m"))
        .addEqualityGroup(IoProblem.of("a.csv", 1, "", IoProblemKind.DUPLICATE, "m"))
        .addEqualityGroup(IoProblem.of("a.csv", 1, "c", IoProblemKind.INCONSISTENT, "m"))
        .addEqualityGroup(IoProblem.of("a.csv", 1, "c", IoProblemKind.DUPLICATE, "n"))
        .testEquals();
  }

  @Test
  void rejectsNullsEverywhere() {
    Samples.nullPointerTester().testAllPublicStaticMethods(IoProblem.class);
    Samples.nullPointerTester()
        .testAllPublicInstanceMethods(IoProblem.of("a.csv", 1, "", IoProblemKind.DUPLICATE, "m"));
  }
}

package org.alliancekit.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.alliancekit.io.IoProblem;
import org.alliancekit.io.IoProblemKind;
import org.alliancekit.io.ReadResult;

/** Assertions on the problems of a read result. */
final class Problems {
  private Problems() {}

  /** A problem without its message: where it is and what kind. */
  record At(String file, long line, String column, IoProblemKind kind) {
    static At of(IoProblem problem) {
      return new At(problem.file(), problem.line(), problem.column(), problem.kind());
    }
  }

  static At at(String file, long line, String column, IoProblemKind kind) {
    return new At(file, line, column, kind);
  }

  /** Asserts the problems' files, lines, columns and kinds, in order. */
  static void assertProblems(ReadResult<?> result, At... expected) {
    assertProblems(result.problems(), expected);
  }

  static void assertProblems(List<IoProblem> problems, At... expected) {
    assertEquals(
        ImmutableList.copyOf(expected),
        problems.stream().map(At::of).collect(ImmutableList.toImmutableList()),
        () -> "problems were " + problems);
  }

  /** Returns the only problem at the given line and column. */
  static IoProblem problemAt(ReadResult<?> result, long line, String column) {
    List<IoProblem> found =
        result.problems().stream()
            .filter(problem -> problem.line() == line && problem.column().equals(column))
            .toList();
    if (found.size() != 1) {
      fail("expected one problem at line " + line + " [" + column + "], not " + result.problems());
    }
    return found.get(0);
  }
}

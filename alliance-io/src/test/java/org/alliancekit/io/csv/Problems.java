package org.alliancekit.io.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import com.google.common.collect.ImmutableList;
import java.util.List;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;

/** Assertions on the problems of a read result. */
final class Problems {
  private Problems() {}

  /** A problem without its message: where it is and what kind. */
  record At(String file, long line, String column, ProblemKind kind) {
    static At of(Problem problem) {
      return new At(problem.file(), problem.line(), problem.column(), problem.kind());
    }
  }

  static At at(String file, long line, String column, ProblemKind kind) {
    return new At(file, line, column, kind);
  }

  /** Asserts the problems' files, lines, columns and kinds, in order. */
  static void assertProblems(ReadResult<?> result, At... expected) {
    assertProblems(result.problems(), expected);
  }

  static void assertProblems(List<Problem> problems, At... expected) {
    assertEquals(
        ImmutableList.copyOf(expected),
        problems.stream().map(At::of).collect(ImmutableList.toImmutableList()),
        () -> "problems were " + problems);
  }

  /** Returns the only problem at the given line and column. */
  static Problem problemAt(ReadResult<?> result, long line, String column) {
    List<Problem> found =
        result.problems().stream()
            .filter(problem -> problem.line() == line && problem.column().equals(column))
            .toList();
    if (found.size() != 1) {
      fail("expected one problem at line " + line + " [" + column + "], not " + result.problems());
    }
    return found.get(0);
  }
}

package org.alliancekit.io.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;

/**
 * What the reading of one file has made so far: the values with their lines and the problems. A
 * file format's collector extends it and turns each {@link Row} into values.
 *
 * @param <T> the values read
 */
abstract class Reading<T> {
  final String file;
  final List<Problem> problems = new ArrayList<>();
  private final List<T> values = new ArrayList<>();
  private final List<Long> lines = new ArrayList<>();

  Reading(String file) {
    this.file = file;
  }

  /** Reads one data row. */
  abstract void accept(Row row);

  /** Keeps a value read from the given line. */
  final void add(T value, long line) {
    values.add(value);
    lines.add(line);
  }

  /** Keeps the row's problems; true if it has any, so that it must be left out. */
  final boolean rejects(Row row) {
    problems.addAll(row.problems());
    return row.hasProblems();
  }

  /**
   * Builds a value of the model; a broken model rule is reported at the given line with column ""
   * and gives empty.
   */
  final <V> Optional<V> build(long line, Supplier<V> builder) {
    try {
      return Optional.of(builder.get());
    } catch (IllegalArgumentException | IllegalStateException e) {
      problems.add(Problem.inFile(file, line, "", ProblemKind.INVALID_VALUE, e.getMessage()));
      return Optional.empty();
    }
  }

  /**
   * Records {@link ProblemKind#DUPLICATE} at the column if the key was already read on an earlier
   * line.
   */
  static <K> void unique(Row row, String column, String what, Optional<K> key, Map<K, Long> seen) {
    key.filter(seen::containsKey)
        .ifPresent(
            known ->
                row.problem(
                    column,
                    ProblemKind.DUPLICATE,
                    what + " " + known + " is already listed on line " + seen.get(known)));
  }

  /** The values, their lines and the problems in line order. */
  ReadResult<T> result() {
    problems.sort(Comparator.comparingLong(Problem::line));
    return ReadResult.of(values, lines, problems);
  }
}

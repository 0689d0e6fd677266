package org.alliancekit.io.csv;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.alliancekit.io.ReadResult;
import org.alliancekit.model.batch.Problem;
import org.alliancekit.model.batch.ProblemKind;

/**
 * Turns the rows of one file into values, keeping each value with its line and every problem met. A
 * reader of a file format extends it with {@link #accept}; a format whose values span several rows
 * builds them in {@link #finish} instead.
 *
 * @param <T> the values read
 */
abstract class RowCollector<T> {
  private final String file;
  private final List<Problem> problems = new ArrayList<>();
  private final List<T> values = new ArrayList<>();
  private final List<Long> lines = new ArrayList<>();

  RowCollector(String file) {
    this.file = file;
  }

  /** The file name problems are reported in. */
  final String file() {
    return file;
  }

  /** The problems met so far; the table reader adds its own. */
  final List<Problem> problems() {
    return problems;
  }

  /** Reads one data row. */
  abstract void accept(Row row);

  /** Builds values that span several rows once every row is read; nothing by default. */
  void finish() {}

  /** Records the problems of a row, if it has any, and says whether it had any. */
  final boolean rejected(Row row) {
    if (row.hasProblems()) {
      problems.addAll(row.problems());
      return true;
    }
    return false;
  }

  /** Keeps a value read from the given line. */
  final void add(T value, long line) {
    values.add(value);
    lines.add(line);
  }

  /**
   * Builds a value of the model; a broken model rule is reported at the given line with the model's
   * message and no column, and gives empty.
   */
  final <V> Optional<V> build(long line, Supplier<V> builder) {
    try {
      return Optional.of(builder.get());
    } catch (IllegalArgumentException | IllegalStateException e) {
      ruleBroken(line, e);
      return Optional.empty();
    }
  }

  /** Reports a model rule broken by the row at a line, with the model's message and no column. */
  final void ruleBroken(long line, RuntimeException e) {
    problems.add(Problem.inFile(file, line, "", ProblemKind.INVALID_VALUE, e.getMessage()));
  }

  /**
   * Reports {@link ProblemKind#DUPLICATE} at the row's column when its key was seen on an earlier
   * line; {@code what} names the key in the message, such as {@code "account"}.
   */
  static <K> void checkUnique(
      Row row, Optional<K> key, Map<K, Long> seen, String column, String what) {
    key.filter(seen::containsKey)
        .ifPresent(
            value ->
                row.problem(
                    column,
                    ProblemKind.DUPLICATE,
                    what + " " + value + " is already listed on line " + seen.get(value)));
  }

  /**
   * Reports {@link ProblemKind#INCONSISTENT} at the row's column when a field of a value that spans
   * several rows differs from the value the first row gave it; {@code what} names the value, such
   * as {@code "assessment a1"}.
   */
  static void checkSame(
      Row row, String column, Object first, Object other, String what, long firstLine) {
    if (!Objects.equals(first, other)) {
      row.problem(
          column,
          ProblemKind.INCONSISTENT,
          what
              + " has "
              + column
              + " "
              + Cells.quote(String.valueOf(other))
              + " here but "
              + Cells.quote(String.valueOf(first))
              + " on line "
              + firstLine);
    }
  }

  /** The values read and the problems met, problems in the order of their lines. */
  final ReadResult<T> result() {
    finish();
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(Comparator.comparingLong(Problem::line));
    return ReadResult.of(values, lines, sorted);
  }
}

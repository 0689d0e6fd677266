package org.alliancekit.io;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static com.google.common.collect.ImmutableList.toImmutableList;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.alliancekit.model.batch.Problem;
import org.apiguardian.api.API;

/**
 * What a reader made of its input: every value it could read, in input order, with the line each
 * came from, and every {@link Problem} it met.
 *
 * <p>Reading never stops at a bad row: a row with an error is left out and reported with its file,
 * line, column and reason, and every good row still becomes (part of) a value. Warnings ({@link
 * Problem#isWarning()}) leave the data intact.
 *
 * <p>Immutable and thread-safe when {@code T} is.
 *
 * @param <T> the type of the values read
 */
@API(status = STABLE, since = "0.1")
public final class ReadResult<T> {
  private final ImmutableList<T> values;
  private final ImmutableList<Long> lines;
  private final ImmutableList<Problem> problems;

  private ReadResult(
      ImmutableList<T> values, ImmutableList<Long> lines, ImmutableList<Problem> problems) {
    this.values = values;
    this.lines = lines;
    this.problems = problems;
  }

  /**
   * Returns a result of the given values, the line each value starts at (same order and size), and
   * the problems.
   *
   * @throws IllegalArgumentException if there are not as many lines as values, or a line is not
   *     positive
   */
  public static <T> ReadResult<T> of(
      Iterable<? extends T> values, Iterable<Long> lines, Iterable<Problem> problems) {
    ImmutableList<T> good = ImmutableList.copyOf(checkNotNull(values, "values"));
    ImmutableList<Long> at = ImmutableList.copyOf(checkNotNull(lines, "lines"));
    checkArgument(
        good.size() == at.size(),
        "read result has %s values but %s lines; there must be one line per value",
        good.size(),
        at.size());
    for (long line : at) {
      checkArgument(line > 0, "read result line %s must be positive", line);
    }
    return new ReadResult<>(good, at, ImmutableList.copyOf(checkNotNull(problems, "problems")));
  }

  /** Returns a result with no values and the given problems. */
  public static <T> ReadResult<T> failed(Iterable<Problem> problems) {
    return of(ImmutableList.of(), ImmutableList.of(), problems);
  }

  /** The values read, in input order. */
  public ImmutableList<T> values() {
    return values;
  }

  /**
   * The line each value was read from, in the order of {@link #values()}; for a value built from
   * several rows (an assessment, an opportunity with its involvements) the line of its first row.
   */
  public ImmutableList<Long> lines() {
    return lines;
  }

  /** Every problem met, errors and warnings, in the order met. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /** The problems that are errors, in order. */
  public ImmutableList<Problem> errors() {
    return problems.stream().filter(problem -> !problem.isWarning()).collect(toImmutableList());
  }

  /** The problems that are warnings, in order. */
  public ImmutableList<Problem> warnings() {
    return problems.stream().filter(Problem::isWarning).collect(toImmutableList());
  }

  /** Whether any problem is an error, so that some input was left out. */
  public boolean hasErrors() {
    return problems.stream().anyMatch(problem -> !problem.isWarning());
  }

  /** Whether there was no problem at all, not even a warning. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof ReadResult<?> that
        && values.equals(that.values)
        && lines.equals(that.lines)
        && problems.equals(that.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(values, lines, problems);
  }

  @Override
  public String toString() {
    return "ReadResult{values=" + values.size() + ", problems=" + problems + "}";
  }
}

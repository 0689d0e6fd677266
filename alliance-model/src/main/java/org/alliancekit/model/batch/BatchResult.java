package org.alliancekit.model.batch;

import static com.google.common.base.Preconditions.checkArgument;
import static com.google.common.base.Preconditions.checkNotNull;
import static org.apiguardian.api.API.Status.STABLE;

import com.google.common.collect.ImmutableList;
import java.util.Arrays;
import java.util.Objects;
import java.util.OptionalLong;
import org.apiguardian.api.API;

/**
 * The outcome of batch work: every good row's result, in input order, and every bad row's {@link
 * Problem}. Together they account for every input row exactly once, so nothing is dropped.
 *
 * <p>Immutable and thread-safe when {@code T} is.
 *
 * @param <T> the per-row result type
 */
@API(status = STABLE, since = "0.1")
public final class BatchResult<T> {
  private final ImmutableList<T> results;
  private final ImmutableList<Problem> problems;

  private BatchResult(ImmutableList<T> results, ImmutableList<Problem> problems) {
    this.results = results;
    this.problems = problems;
  }

  /**
   * Returns a result holding the given good results and problems.
   *
   * @throws IllegalArgumentException if two problems are at the same row
   */
  public static <T> BatchResult<T> of(Iterable<? extends T> results, Iterable<Problem> problems) {
    ImmutableList<T> good = ImmutableList.copyOf(checkNotNull(results, "results"));
    ImmutableList<Problem> bad = ImmutableList.copyOf(checkNotNull(problems, "problems"));
    long[] rows = bad.stream().map(Problem::row).flatMapToLong(OptionalLong::stream).toArray();
    long distinctRows = Arrays.stream(rows).distinct().count();
    checkArgument(
        distinctRows == rows.length,
        "problems name %s rows more than once",
        rows.length - distinctRows);
    return new BatchResult<>(good, bad);
  }

  /** The results of the good rows, in input order. */
  public ImmutableList<T> results() {
    return results;
  }

  /** The problems of the bad rows, in input order. */
  public ImmutableList<Problem> problems() {
    return problems;
  }

  /** Whether every row was good. */
  public boolean isClean() {
    return problems.isEmpty();
  }

  /** The number of input rows accounted for: good rows plus bad rows. */
  public int rowCount() {
    return results.size() + problems.size();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof BatchResult<?> that
        && results.equals(that.results)
        && problems.equals(that.problems);
  }

  @Override
  public int hashCode() {
    return Objects.hash(results, problems);
  }

  @Override
  public String toString() {
    return "BatchResult{results=" + results.size() + ", problems=" + problems + "}";
  }
}

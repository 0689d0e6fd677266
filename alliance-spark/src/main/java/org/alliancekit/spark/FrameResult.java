package org.alliancekit.spark;

import static com.google.common.base.Preconditions.checkNotNull;

import java.util.function.UnaryOperator;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/**
 * The outcome of a computation over a DataFrame: the rows it produced and, apart, every input row
 * it could not use, with the reason.
 *
 * <p>The problems DataFrame has the columns {@code source} (which input the row came from, such as
 * {@code ratings} or {@code opportunities}), then those of a {@link
 * org.alliancekit.model.batch.Problem} at a row: {@code key} (the row's id, such as its
 * relationship or opportunity id; empty when the row has none; a distributed frame has no stable
 * row index, so the key is the row's location), {@code kind} (the name of a {@link
 * org.alliancekit.model.batch.ProblemKind}, the same kind the object API reports) and {@code
 * message} (what is wrong, naming the field, the value and the rule). No bad row is dropped
 * silently: each one that is left out of {@link #rows()} appears in {@link #problems()}.
 *
 * <p>Both DataFrames are lazy views of one plan, whose last step carries the results and the
 * problems together. Reading both runs the plan twice unless it is {@link #persist() persisted}
 * first. Immutable; the DataFrames are Spark's own.
 */
public final class FrameResult {
  private final Dataset<Row> outcome;
  private final UnaryOperator<Dataset<Row>> rowsOf;

  FrameResult(Dataset<Row> outcome, UnaryOperator<Dataset<Row>> rowsOf) {
    this.outcome = checkNotNull(outcome, "outcome");
    this.rowsOf = checkNotNull(rowsOf, "rowsOf");
  }

  /** The rows produced, in the layout that the producing method documents. */
  public Dataset<Row> rows() {
    return rowsOf.apply(outcome);
  }

  /** Every input row that could not be used: {@code source, key, kind, message}. */
  public Dataset<Row> problems() {
    return Outcomes.problems(outcome);
  }

  /**
   * Marks the plan shared by {@link #rows()} and {@link #problems()} to be kept (Spark's default
   * storage level, memory and disk) once computed, so that reading both computes it once; returns
   * the result over the kept plan.
   */
  public FrameResult persist() {
    return new FrameResult(outcome.persist(), rowsOf);
  }

  /** Releases what {@link #persist()} kept; returns this result, whose plan is then recomputed. */
  public FrameResult unpersist() {
    outcome.unpersist();
    return this;
  }

  /** Returns the column names of both DataFrames, such as {@code FrameResult{rows=[...], ...}}. */
  @Override
  public String toString() {
    return "FrameResult{rows="
        + String.join(",", rows().columns())
        + ", problems="
        + String.join(",", problems().columns())
        + "}";
  }
}

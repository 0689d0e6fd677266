package org.alliancekit.benchmarks.portfolio;

/**
 * What an implementation of the portfolio workload computed, seen the same way whatever its own
 * representation, so that {@link CrossCheck} can compare implementations. Reading an outcome is for
 * checking only and is never timed.
 */
public interface Outcome {
  /** The number of rows. */
  int rows();

  /** The overall score of a row in [0, 1], or NaN when the row was not scored. */
  double overall(int row);

  /**
   * The score of one alignment area of a row, or NaN when the area was not scored.
   *
   * @param area the area's {@link org.alliancekit.model.factor.FactorCategory} ordinal, 0 to 4
   */
  double area(int row, int area);

  /** The top rows by uplift, best first: at most {@link PortfolioWorkload#TOP} rows. */
  TopUplifts top();
}

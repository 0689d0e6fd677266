package org.alliancekit.benchmarks.portfolio;

import java.util.HashMap;
import java.util.Map;

/**
 * Checks that two implementations of the portfolio workload computed the same thing, before either
 * is timed. A failed check throws {@link IllegalStateException} naming the first disagreement, and
 * JMH then reports the benchmark as failed instead of timing a wrong answer.
 *
 * <p><b>Three strengths.</b> The object API and the columnar path run the same library arithmetic,
 * so they must agree {@linkplain #identical bit for bit}: every score, every top row, every uplift.
 * The hand-written baseline sums the same doubles in the same order as the library, so its scores
 * must be {@linkplain #identicalScores bit for bit} the library's too, while its uplifts round a
 * double quotient. The earlier simple loop and the database peer compute the same formulas with
 * their own operation order and rounding, so they are checked {@linkplain #close within
 * tolerances}:
 *
 * <ul>
 *   <li>{@link #SCORE_TOLERANCE} on every score. A score is a ratio of sums of at most 52 products
 *       of a weight (at most 3) and a value in [0, 1]; summing the same terms in another order or
 *       dividing at another step moves the result by a few units in the last place, about 1e-15,
 *       while any real difference (one rating off by one) moves a score by more than 1e-3.
 *   <li>{@link #UPLIFT_TOLERANCE_MINOR} minor unit on every uplift in the top list. The library
 *       rounds the exact decimal quotient half-even to the cent; the others round a double quotient
 *       whose error is far below a cent, so the two roundings can land one cent apart.
 *   <li>The top lists may differ in order or membership only among rows whose uplifts lie within
 *       that tolerance of each other (a near tie at the boundary of the list included).
 * </ul>
 */
public final class CrossCheck {
  /** The largest difference allowed between two scores of the same row. */
  public static final double SCORE_TOLERANCE = 1e-12;

  /** The largest difference allowed between two uplifts of the same rank, in minor units. */
  public static final long UPLIFT_TOLERANCE_MINOR = 1;

  private CrossCheck() {}

  /**
   * Checks that two outcomes agree bit for bit.
   *
   * @throws IllegalStateException naming the first disagreement
   */
  public static void identical(String nameA, Outcome a, String nameB, Outcome b) {
    compareScores(nameA, a, nameB, b, 0.0);
    TopUplifts topA = a.top();
    TopUplifts topB = b.top();
    for (int i = 0; i < Math.max(topA.size(), topB.size()); i++) {
      if (i >= topA.size()
          || i >= topB.size()
          || topA.rows()[i] != topB.rows()[i]
          || topA.upliftMinor()[i] != topB.upliftMinor()[i]) {
        throw new IllegalStateException(
            String.format(
                "top lists of %s and %s differ at rank %d: %s versus %s",
                nameA, nameB, i + 1, topA.head(i + 3), topB.head(i + 3)));
      }
    }
  }

  /**
   * Checks that two outcomes have bit-for-bit equal scores, whatever their top lists.
   *
   * @throws IllegalStateException naming the first disagreement
   */
  public static void identicalScores(String nameA, Outcome a, String nameB, Outcome b) {
    compareScores(nameA, a, nameB, b, 0.0);
  }

  /**
   * Checks that two outcomes agree within the tolerances of the class description.
   *
   * @throws IllegalStateException naming the first disagreement
   */
  public static void close(String nameA, Outcome a, String nameB, Outcome b) {
    compareScores(nameA, a, nameB, b, SCORE_TOLERANCE);
    TopUplifts topA = a.top();
    TopUplifts topB = b.top();
    if (topA.size() != topB.size()) {
      throw new IllegalStateException(
          String.format(
              "top lists of %s and %s have %d and %d rows",
              nameA, nameB, topA.size(), topB.size()));
    }
    for (int i = 0; i < topA.size(); i++) {
      if (Math.abs(topA.upliftMinor()[i] - topB.upliftMinor()[i]) > UPLIFT_TOLERANCE_MINOR) {
        throw new IllegalStateException(
            String.format(
                "uplifts at rank %d differ by more than %d minor unit: %s %s versus %s %s",
                i + 1, UPLIFT_TOLERANCE_MINOR, nameA, topA.head(i + 2), nameB, topB.head(i + 2)));
      }
    }
    onlyNearTiesDiffer(nameA, topA, nameB, topB);
    onlyNearTiesDiffer(nameB, topB, nameA, topA);
  }

  /** Every row of {@code a}'s list at another rank of {@code b}'s, or missing, is a near tie. */
  private static void onlyNearTiesDiffer(String nameA, TopUplifts a, String nameB, TopUplifts b) {
    Map<Integer, Integer> rankInB = new HashMap<>();
    for (int i = 0; i < b.size(); i++) {
      rankInB.put(b.rows()[i], i);
    }
    for (int i = 0; i < a.size(); i++) {
      int row = a.rows()[i];
      if (i < b.size() && b.rows()[i] == row) {
        continue;
      }
      Integer j = rankInB.get(row);
      long other = j != null ? b.upliftMinor()[j] : b.upliftMinor()[b.size() - 1];
      boolean nearTie =
          j != null
              ? Math.abs(a.upliftMinor()[i] - other) <= UPLIFT_TOLERANCE_MINOR
                  && Math.abs(b.upliftMinor()[i] - other) <= UPLIFT_TOLERANCE_MINOR
              : a.upliftMinor()[i] <= other + UPLIFT_TOLERANCE_MINOR;
      if (!nearTie) {
        throw new IllegalStateException(
            String.format(
                "row %d is at rank %d of %s's top list but %s in %s's, and not in a near tie",
                row, i + 1, nameA, j != null ? "at rank " + (j + 1) : "missing", nameB));
      }
    }
  }

  private static void compareScores(
      String nameA, Outcome a, String nameB, Outcome b, double tolerance) {
    if (a.rows() != b.rows()) {
      throw new IllegalStateException(
          String.format("%s has %d rows, %s has %d", nameA, a.rows(), nameB, b.rows()));
    }
    for (int row = 0; row < a.rows(); row++) {
      check(nameA, a.overall(row), nameB, b.overall(row), tolerance, row, "overall score");
      for (int area = 0; area < PortfolioWorkload.AREAS; area++) {
        check(nameA, a.area(row, area), nameB, b.area(row, area), tolerance, row, "area " + area);
      }
    }
  }

  private static void check(
      String nameA, double x, String nameB, double y, double tolerance, int row, String what) {
    boolean same =
        tolerance == 0.0
            ? Double.doubleToLongBits(x) == Double.doubleToLongBits(y)
            : (Double.isNaN(x) && Double.isNaN(y)) || Math.abs(x - y) <= tolerance;
    if (!same) {
      throw new IllegalStateException(
          String.format(
              "%s of row %d: %s gives %s, %s gives %s (tolerance %s)",
              what, row, nameA, x, nameB, y, tolerance));
    }
  }
}

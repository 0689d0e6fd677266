package org.alliancekit.scoring.benchmark;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class PermutationPValueTest {
  private static final double[] X = {1, 2, 2, 3, 5, 5, 8};
  private static final double[] Y = {3, 1, 4, 1, 5, 9, 2};

  /** Pearson's coefficient, written out plainly. */
  private static double pearson(double[] x, double[] y) {
    double mx = 0;
    double my = 0;
    for (int i = 0; i < x.length; i++) {
      mx += x[i] / x.length;
      my += y[i] / y.length;
    }
    double sxy = 0;
    double sxx = 0;
    double syy = 0;
    for (int i = 0; i < x.length; i++) {
      sxy += (x[i] - mx) * (y[i] - my);
      sxx += (x[i] - mx) * (x[i] - mx);
      syy += (y[i] - my) * (y[i] - my);
    }
    return sxy / Math.sqrt(sxx * syy);
  }

  /** How many orderings of y[k..] (y[..k] fixed) reach |r| >= threshold; permutes y in place. */
  private static int count(double[] x, double[] y, int k, double threshold) {
    if (k == y.length) {
      return Math.abs(pearson(x, y)) >= threshold ? 1 : 0;
    }
    int count = 0;
    for (int i = k; i < y.length; i++) {
      swap(y, k, i);
      count += count(x, y, k + 1, threshold);
      swap(y, k, i);
    }
    return count;
  }

  private static void swap(double[] values, int i, int j) {
    double swap = values[i];
    values[i] = values[j];
    values[j] = swap;
  }

  @Test
  void agreesWithTheExactPValueOfAllReorderings() {
    // Seven pairs with ties on both sides: the exact p-value counts all 7! = 5,040 re-pairings
    // (the test's own enumeration and plain Pearson). 20,000 random permutations estimate it
    // within four standard errors, 4 * sqrt(p (1 - p) / 20,000), plus the 1 / 20,001 of the +1.
    double observed = Math.abs(pearson(X, Y));
    double exact = count(X, Y.clone(), 0, observed - 1e-10) / 5040.0;
    double estimate = PermutationPValue.of(X, Y, 20_000, 11L);
    double tolerance = 4 * Math.sqrt(exact * (1 - exact) / 20_000) + 1.0 / 20_001;
    assertEquals(exact, estimate, tolerance);
  }

  @Test
  void leavesItsInputUnchanged() {
    double[] x = X.clone();
    double[] y = Y.clone();
    PermutationPValue.of(x, y, 100, 1L);
    assertArrayEquals(X, x);
    assertArrayEquals(Y, y);
  }

  @Test
  void theDotProductOfStandardizedValuesIsPearsonsCoefficient() {
    double[] zx = PermutationPValue.standardized(X);
    double sum = 0;
    double squares = 0;
    for (double z : zx) {
      sum += z;
      squares += z * z;
    }
    assertEquals(0, sum, 1e-12);
    assertEquals(1, squares, 1e-12);
    double r = PermutationPValue.dot(zx, PermutationPValue.standardized(Y));
    assertEquals(pearson(X, Y), r, 1e-12);
    assertEquals(PairedCoefficients.of(X, Y).pearson(), r, 1e-12);
    // Six terms: four running sums and a remainder of two. 6 + 10 + 12 + 12 + 10 + 6 = 56.
    assertEquals(
        56.0,
        PermutationPValue.dot(new double[] {1, 2, 3, 4, 5, 6}, new double[] {6, 5, 4, 3, 2, 1}));
  }

  @Test
  void rejectsNoPermutationsAndValuesThatAreAllEqual() {
    assertEquals(
        "number of permutations 0 must be at least 1",
        assertThrows(IllegalArgumentException.class, () -> PermutationPValue.of(X, Y, 0, 1L))
            .getMessage());
    assertEquals(
        "values that are all equal cannot be standardized",
        assertThrows(
                IllegalArgumentException.class,
                () -> PermutationPValue.of(X, new double[] {1, 1, 1, 1, 1, 1, 1}, 10, 1L))
            .getMessage());
    assertThrows(
        IllegalArgumentException.class, () -> PermutationPValue.of(X, new double[] {1, 2}, 10, 1L));
  }
}

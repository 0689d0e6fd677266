package org.alliancekit.scoring.benchmark;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.SplittableRandom;

/**
 * The two-sided permutation p-value of Pearson's coefficient of paired values: how often a random
 * re-pairing of the y values with the x values correlates at least as strongly, in either
 * direction, as the pairs observed.
 *
 * <p>{@code p = (1 + count(|r_perm| >= |r_obs|)) / (1 + permutations)}, so p is never 0 and at
 * least {@code 1 / (1 + permutations)}. The y values are re-paired by a Fisher-Yates shuffle drawn
 * from a {@link SplittableRandom} with the given seed, each permutation shuffling the previous one.
 * A permuted coefficient counts when its absolute value is at least the observed absolute value
 * less {@value #TIE_TOLERANCE}, so that rounding does not hide a tie (a re-pairing with the same
 * products in another order).
 *
 * <p>Both sides are standardized once ({@code (v - mean) / sqrt(sum of squared deviations)}), so
 * that each coefficient is one dot product over primitive arrays: {@code permutations x n}
 * multiply-adds and shuffle steps in all.
 */
final class PermutationPValue {
  /** How much below the observed absolute coefficient a permuted one still counts as a tie. */
  static final double TIE_TOLERANCE = 1e-10;

  private PermutationPValue() {}

  /**
   * The p-value of the pairs {@code (x[i], y[i])}; neither side may have all values equal. Leaves
   * the arrays unchanged.
   */
  static double of(double[] x, double[] y, int permutations, long seed) {
    checkArgument(
        x.length == y.length, "%s x values but %s y values; pairs need both", x.length, y.length);
    checkArgument(permutations >= 1, "number of permutations %s must be at least 1", permutations);
    double[] zx = standardized(x);
    double[] zy = standardized(y);
    double threshold = Math.abs(dot(zx, zy)) - TIE_TOLERANCE;
    SplittableRandom random = new SplittableRandom(seed);
    long atLeast = 0;
    for (int p = 0; p < permutations; p++) {
      if (Math.abs(shuffledDot(zx, zy, random)) >= threshold) {
        atLeast++;
      }
    }
    return (1.0 + atLeast) / (1.0 + permutations);
  }

  /** The values less their mean, divided by the root of their sum of squares. */
  static double[] standardized(double[] values) {
    int n = values.length;
    double sum = 0;
    for (double value : values) {
      sum += value;
    }
    double mean = sum / n;
    double[] deviations = new double[n];
    double squares = 0;
    for (int i = 0; i < n; i++) {
      deviations[i] = values[i] - mean;
      squares += deviations[i] * deviations[i];
    }
    checkArgument(squares > 0, "values that are all equal cannot be standardized");
    double norm = Math.sqrt(squares);
    for (int i = 0; i < n; i++) {
      deviations[i] /= norm;
    }
    return deviations;
  }

  /** The dot product, summed in four interleaved running sums. */
  static double dot(double[] a, double[] b) {
    double s0 = 0;
    double s1 = 0;
    double s2 = 0;
    double s3 = 0;
    int n = a.length;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      s0 += a[i] * b[i];
      s1 += a[i + 1] * b[i + 1];
      s2 += a[i + 2] * b[i + 2];
      s3 += a[i + 3] * b[i + 3];
    }
    for (; i < n; i++) {
      s0 += a[i] * b[i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  /**
   * Shuffles {@code b} in place, Fisher-Yates from the last position down, and returns the dot
   * product of {@code a} with the shuffled {@code b}: each position is multiplied as soon as its
   * value is final, so both arrays are read once per permutation.
   */
  private static double shuffledDot(double[] a, double[] b, SplittableRandom random) {
    double even = 0;
    double odd = 0;
    for (int i = b.length - 1; i > 0; i--) {
      int j = random.nextInt(i + 1);
      double value = b[j];
      b[j] = b[i];
      b[i] = value;
      if ((i & 1) == 0) {
        even += a[i] * value;
      } else {
        odd += a[i] * value;
      }
    }
    return even + odd + (b.length > 0 ? a[0] * b[0] : 0);
  }
}

package org.alliancekit.scoring.benchmark;

import java.util.Arrays;
import java.util.Comparator;
import java.util.stream.IntStream;

/** Rank computations shared by the benchmark types. */
final class Ranks {
  private Ranks() {}

  /**
   * The percentile rank of each value among all the values: {@code 100 x (below + equal / 2) / n},
   * where {@code below} counts the values strictly smaller and {@code equal} the values equal to
   * it, itself included. Values compare as numbers, so {@code -0.0} equals {@code 0.0}.
   */
  static double[] percentileRanks(double[] values) {
    int n = values.length;
    double[] sorted = new double[n];
    for (int i = 0; i < n; i++) {
      sorted[i] = values[i] + 0.0;
    }
    Arrays.sort(sorted);
    double[] ranks = new double[n];
    for (int i = 0; i < n; i++) {
      double value = values[i] + 0.0;
      int below = firstIndexNotBelow(sorted, value);
      int notAbove = firstIndexAbove(sorted, value);
      ranks[i] = 100.0 * (below + (notAbove - below) / 2.0) / n;
    }
    return ranks;
  }

  /**
   * The rank of each value from 1 (smallest) to n (largest); values that tie share the mean of the
   * ranks they span, so 10, 20, 20, 30 rank 1, 2.5, 2.5, 4.
   */
  static double[] averageRanks(double[] values) {
    int n = values.length;
    Integer[] order =
        IntStream.range(0, n)
            .boxed()
            .sorted(Comparator.comparingDouble(i -> values[i] + 0.0))
            .toArray(Integer[]::new);
    double[] ranks = new double[n];
    int start = 0;
    while (start < n) {
      int end = start + 1;
      while (end < n && values[order[end]] == values[order[start]]) {
        end++;
      }
      double rank = (start + 1 + end) / 2.0;
      for (int k = start; k < end; k++) {
        ranks[order[k]] = rank;
      }
      start = end;
    }
    return ranks;
  }

  private static int firstIndexNotBelow(double[] sorted, double value) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] < value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  private static int firstIndexAbove(double[] sorted, double value) {
    int low = 0;
    int high = sorted.length;
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (sorted[mid] <= value) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }
}

package org.alliancekit.benchmarks.portfolio;

import static com.google.common.base.Preconditions.checkArgument;

import java.util.Arrays;

/**
 * The {@code k} best rows seen so far, by a double key, without allocating per row: a bounded
 * min-heap on two primitive arrays. A row is better than another when its key is larger, or the
 * keys are equal and its row index is smaller, so the result does not depend on the order rows are
 * offered in.
 *
 * <p>Offering a row takes {@code O(log k)} time when it enters the heap and constant time when it
 * does not. Not thread-safe: each thread keeps its own and they are {@linkplain #merge merged}.
 */
public final class TopK {
  private final int capacity;
  private final double[] keys;
  private final int[] rows;
  private int size;

  /**
   * Returns an empty selection of at most {@code k} rows.
   *
   * @throws IllegalArgumentException if {@code k} is below 1
   */
  public TopK(int k) {
    checkArgument(k >= 1, "k %s must be at least 1", k);
    capacity = k;
    keys = new double[k];
    rows = new int[k];
  }

  /** Offers a row with its key; NaN keys are ignored. */
  public void offer(int row, double key) {
    if (size < capacity) {
      if (key != key) {
        return;
      }
      int child = size++;
      keys[child] = key;
      rows[child] = row;
      siftUp(child);
    } else if (better(key, row, keys[0], rows[0])) {
      keys[0] = key;
      rows[0] = row;
      siftDown(0);
    }
  }

  /** Offers every row of another selection. */
  public void merge(TopK other) {
    for (int i = 0; i < other.size; i++) {
      offer(other.rows[i], other.keys[i]);
    }
  }

  /** The number of rows held, at most {@code k}. */
  public int size() {
    return size;
  }

  /** Whether {@code k} rows are held. */
  public boolean isFull() {
    return size == capacity;
  }

  /** The key of the worst row held; negative infinity when none is held. */
  public double worstKey() {
    return size == 0 ? Double.NEGATIVE_INFINITY : keys[0];
  }

  /** The rows held, best first. */
  public int[] sortedRows() {
    Integer[] order = new Integer[size];
    for (int i = 0; i < size; i++) {
      order[i] = i;
    }
    Arrays.sort(
        order,
        (a, b) -> {
          int byKey = Double.compare(keys[b], keys[a]);
          return byKey != 0 ? byKey : Integer.compare(rows[a], rows[b]);
        });
    int[] sorted = new int[size];
    for (int i = 0; i < size; i++) {
      sorted[i] = rows[order[i]];
    }
    return sorted;
  }

  /** Whether (key, row) ranks above (otherKey, otherRow). NaN never ranks above anything. */
  static boolean better(double key, int row, double otherKey, int otherRow) {
    return key > otherKey || (key == otherKey && row < otherRow);
  }

  private void siftUp(int child) {
    while (child > 0) {
      int parent = (child - 1) >>> 1;
      if (!better(keys[parent], rows[parent], keys[child], rows[child])) {
        return;
      }
      swap(parent, child);
      child = parent;
    }
  }

  private void siftDown(int parent) {
    while (true) {
      int left = 2 * parent + 1;
      if (left >= size) {
        return;
      }
      int worst = left;
      int right = left + 1;
      if (right < size && better(keys[worst], rows[worst], keys[right], rows[right])) {
        worst = right;
      }
      if (!better(keys[parent], rows[parent], keys[worst], rows[worst])) {
        return;
      }
      swap(parent, worst);
      parent = worst;
    }
  }

  private void swap(int i, int j) {
    double key = keys[i];
    keys[i] = keys[j];
    keys[j] = key;
    int row = rows[i];
    rows[i] = rows[j];
    rows[j] = row;
  }
}

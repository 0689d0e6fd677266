package org.alliancekit.benchmarks.portfolio;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.Comparator;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TopKTest {
  @Test
  void keepsTheLargestKeysWithTiesToTheLowerRowWhateverTheOrder() {
    SplittableRandom random = new SplittableRandom(7);
    double[] keys = new double[5_000];
    for (int i = 0; i < keys.length; i++) {
      keys[i] = random.nextInt(300); // many ties
    }
    int[] expected =
        IntStream.range(0, keys.length)
            .boxed()
            .sorted(Comparator.<Integer>comparingDouble(i -> -keys[i]).thenComparingInt(i -> i))
            .limit(100)
            .mapToInt(Integer::intValue)
            .toArray();
    TopK forward = new TopK(100);
    TopK backward = new TopK(100);
    for (int i = 0; i < keys.length; i++) {
      forward.offer(i, keys[i]);
      backward.offer(keys.length - 1 - i, keys[keys.length - 1 - i]);
    }
    assertArrayEquals(expected, forward.sortedRows());
    assertArrayEquals(expected, backward.sortedRows());
  }

  @Test
  void mergedHalvesEqualOnePass() {
    TopK first = new TopK(3);
    TopK second = new TopK(3);
    double[] keys = {5, 1, 9, 9, 2, 7, 9, 0};
    for (int i = 0; i < keys.length; i++) {
      (i < 4 ? first : second).offer(i, keys[i]);
    }
    first.merge(second);
    assertArrayEquals(new int[] {2, 3, 6}, first.sortedRows());
    assertEquals(9.0, first.worstKey());
  }

  @Test
  void ignoresNaNAndHoldsFewerRowsThanK() {
    TopK top = new TopK(4);
    top.offer(0, Double.NaN);
    top.offer(1, 3);
    assertEquals(1, top.size());
    assertArrayEquals(new int[] {1}, top.sortedRows());
    assertEquals(Double.NEGATIVE_INFINITY, new TopK(2).worstKey());
    assertEquals(0, Arrays.stream(new TopK(1).sortedRows()).count());
  }
}

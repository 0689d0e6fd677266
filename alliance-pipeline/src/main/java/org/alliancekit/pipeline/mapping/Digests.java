package org.alliancekit.pipeline.mapping;

import java.util.Arrays;

/**
 * Keyed match keys held as primitive words: the 32 bytes of key {@code k} are the four big-endian
 * longs {@code words[4k]} to {@code words[4k + 3]}, which compare (unsigned, in turn) as the keys'
 * hexadecimal texts do. Lets a producer sort and group a book's keys without an object per key.
 */
final class Digests {
  /** The number of words per key. */
  static final int WORDS = 4;

  private Digests() {}

  /** Stores the first 32 bytes of {@code digest} as key {@code k} of {@code words}. */
  static void put(byte[] digest, long[] words, int k) {
    for (int w = 0; w < WORDS; w++) {
      long word = 0;
      for (int i = w * Long.BYTES; i < (w + 1) * Long.BYTES; i++) {
        word = (word << 8) | (digest[i] & 0xFF);
      }
      words[WORDS * k + w] = word;
    }
  }

  /** Key {@code k} of {@code words}. */
  static MatchKey key(long[] words, int k) {
    int at = WORDS * k;
    return MatchKey.ofWords(words[at], words[at + 1], words[at + 2], words[at + 3]);
  }

  /** Compares keys {@code a} and {@code b} of {@code words} as their texts compare. */
  static int compare(long[] words, int a, int b) {
    int at = WORDS * a;
    int bt = WORDS * b;
    for (int w = 0; w < WORDS; w++) {
      int order = Long.compareUnsigned(words[at + w], words[bt + w]);
      if (order != 0) {
        return order;
      }
    }
    return 0;
  }

  /**
   * The numbers of the first {@code size} keys of {@code words} in key order, equal keys in any
   * order. Sorts one long per key, its first word's high bits above its number, then orders each
   * run of equal high bits (equal keys, mostly) by whole keys.
   */
  static int[] order(long[] words, int size) {
    int bits = size <= 1 ? 0 : 32 - Integer.numberOfLeadingZeros(size - 1);
    long numberMask = (1L << bits) - 1;
    long[] packed = new long[size];
    for (int k = 0; k < size; k++) {
      // Flipping the sign bit makes signed order the unsigned order of the high bits.
      packed[k] = ((words[WORDS * k] & ~numberMask) | k) ^ Long.MIN_VALUE;
    }
    Arrays.sort(packed);
    int[] order = new int[size];
    for (int i = 0; i < size; i++) {
      order[i] = (int) (packed[i] & numberMask);
    }
    int runStart = 0;
    for (int i = 1; i <= size; i++) {
      if (i == size || (packed[i] & ~numberMask) != (packed[runStart] & ~numberMask)) {
        if (i - runStart > 1) {
          sortRun(words, order, runStart, i);
        }
        runStart = i;
      }
    }
    return order;
  }

  private static void sortRun(long[] words, int[] order, int from, int to) {
    Integer[] run = new Integer[to - from];
    for (int i = from; i < to; i++) {
      run[i - from] = order[i];
    }
    Arrays.sort(run, (a, b) -> compare(words, a, b));
    for (int i = from; i < to; i++) {
      order[i] = run[i - from];
    }
  }
}

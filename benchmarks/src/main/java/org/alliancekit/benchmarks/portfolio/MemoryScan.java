package org.alliancekit.benchmarks.portfolio;

/**
 * The memory-scan floor of the portfolio workload: the sum of every rating byte, sentinels
 * included. Any implementation must at least read the ratings once, so no implementation that reads
 * them from memory can be faster than this; the ratio to it shows how far an implementation is from
 * memory bandwidth.
 */
public final class MemoryScan {
  /** Bytes summed into an int before it is added to the long total: no int overflow is possible. */
  private static final int BLOCK = 1 << 20;

  private MemoryScan() {}

  /** Returns the sum of all the bytes. */
  public static long sum(byte[] bytes) {
    long total = 0;
    for (int from = 0; from < bytes.length; from += BLOCK) {
      int to = Math.min(bytes.length, from + BLOCK);
      int block = 0;
      for (int i = from; i < to; i++) {
        block += bytes[i];
      }
      total += block;
    }
    return total;
  }
}

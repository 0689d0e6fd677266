package org.alliancekit.benchmarks.analysis;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.List;
import java.util.Locale;

/**
 * The heap figures a benchmark prints: heap in use after a full collection (what is live), the peak
 * heap in use (the sum of the heap pools' peaks since the last {@link #resetPeaks()}: an upper
 * bound, since the pools may peak at different times, that counts garbage not yet collected and so
 * grows with the heap given), and the bytes the current thread has allocated.
 */
final class Heap {
  private static final long MB = 1024 * 1024;

  private Heap() {}

  /** The heap in use after two full collections: the live objects. */
  static long liveAfterGc() {
    System.gc();
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  /** Starts the peaks of every heap pool afresh. */
  static void resetPeaks() {
    heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  /** The sum of the heap pools' peak use since the last reset: an upper bound of the peak. */
  static long peakUsed() {
    return heapPools().stream().mapToLong(pool -> pool.getPeakUsage().getUsed()).sum();
  }

  /** The heap's maximum size (-Xmx). */
  static long max() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getMax();
  }

  /** The bytes the current thread has allocated so far, or -1 if the JVM does not tell. */
  static long allocatedByThisThread() {
    if (ManagementFactory.getThreadMXBean() instanceof com.sun.management.ThreadMXBean threads
        && threads.isThreadAllocatedMemorySupported()) {
      return threads.getThreadAllocatedBytes(Thread.currentThread().getId());
    }
    return -1;
  }

  /** Bytes as megabytes, for the printed lines. */
  static String mb(long bytes) {
    return String.format(Locale.ROOT, "%,d MB", bytes / MB);
  }

  private static List<MemoryPoolMXBean> heapPools() {
    return ManagementFactory.getMemoryPoolMXBeans().stream()
        .filter(pool -> pool.getType() == MemoryType.HEAP && pool.isValid())
        .toList();
  }
}

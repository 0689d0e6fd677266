package org.alliancekit.spark.bench;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;

/** Reads the results of a JMH run by benchmark name. */
final class Scores {
  private Scores() {}

  /** The primary score of the benchmark method {@code label}, or NaN if it did not run. */
  static double of(Collection<RunResult> results, String label) {
    for (RunResult result : results) {
      if (result.getPrimaryResult().getLabel().equals(label)) {
        return result.getPrimaryResult().getScore();
      }
    }
    return Double.NaN;
  }
}

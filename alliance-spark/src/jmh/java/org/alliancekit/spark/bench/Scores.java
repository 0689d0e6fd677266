package org.alliancekit.spark.bench;

import java.util.Collection;
import org.apache.spark.sql.SparkSession;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/** What the Spark benchmarks share: their Spark session, their run and reading its results. */
final class Scores {
  private Scores() {}

  /** Runs every benchmark method of {@code benchmark} with one parameter set. */
  static Collection<RunResult> run(Class<?> benchmark, String parameter, String value)
      throws RunnerException {
    return new Runner(
            new OptionsBuilder()
                .include(benchmark.getName() + ".")
                .param(parameter, value)
                .build())
        .run();
  }

  /** A Spark session on two local cores, without UI, with two shuffle partitions. */
  static SparkSession localTwoCores(String name) {
    SparkSession spark =
        SparkSession.builder()
            .master("local[2]")
            .appName(name)
            .config("spark.ui.enabled", "false")
            .config("spark.sql.shuffle.partitions", "2")
            .config("spark.driver.host", "127.0.0.1")
            .config("spark.driver.bindAddress", "127.0.0.1")
            .getOrCreate();
    spark.sparkContext().setLogLevel("WARN");
    return spark;
  }

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
